import { z } from 'zod';
import { channel } from '../ipc/channel';
import { DEFAULT_CENTER_ZONE } from '../time/default-zone';
import { isValidTimeZone } from '../time/zoned';

/** The steps of a center's first-run set-up, in the order the set-up screen walks them. */
export const SETUP_STEPS = ['center', 'rooms', 'proctors', 'backup', 'retention'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const DEFAULT_ZONE = DEFAULT_CENTER_ZONE;

/** The center as a manager sets it up and edits it. */
export interface CenterView {
  code: string;
  name: string;
  nameEn: string;
  address: string;
  city: string;
  timeZone: string;
  /** Chosen profile ids; empty: the center applies every shipped profile. */
  profiles: string[];
  /** What is already scheduled: while any, the time zone cannot change (local dates and times were fixed in it). */
  scheduled: { sessions: number; appointments: number };
}

/** A shipped policy profile version, with its effective range (center-local dates) and whether the center applies it. */
export interface ProfileChoice {
  id: string;
  version: number;
  name: { 'zh-CN': string; en: string };
  sponsor: string;
  effectiveFrom: string;
  /** Center-local date the version ends (exclusive), or null while open-ended. */
  effectiveTo: string | null;
  /** In force at the desk's clock. */
  inForce: boolean;
  chosen: boolean;
}

/** What a desk still lacks before its first exam day (each a step of the set-up screen). */
export interface SetupChecklist {
  missing: SetupStep[];
}

/** Where backups could go: a removable drive when one is mounted, else the default folder beside the database. */
export interface BackupSuggestion {
  current: string;
  defaultFolder: string;
  drives: string[];
  suggested: string;
}

/** An IANA time zone the runtime knows (Asia/Shanghai, Asia/Hong_Kong, …). */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((zone) => isValidTimeZone(zone) && (zone.includes('/') || zone === 'UTC'), 'an IANA time zone such as Asia/Shanghai');

export const centerCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(20)
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'letters, digits or dash');

const editable = {
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().max(100).default(''),
  address: z.string().trim().max(300).default(''),
  city: z.string().trim().max(60).default(''),
  timeZone: timeZoneSchema.default(DEFAULT_ZONE),
};

const profileIdsSchema = z.array(z.string().min(1).max(60)).max(50);

export const centerContract = {
  /** The center of this desk, or null before set-up. */
  'center.get': channel<CenterView | null>()({ request: z.object({}).strict(), role: 'proctor' }),
  /** What is still missing (center, rooms, proctors, backup folder, retention); Today lists it. */
  'center.checklist': channel<SetupChecklist>()({ request: z.object({}).strict(), role: 'proctor' }),
  /** First run: creates the center, the sponsors of the chosen profiles and the choice itself; refused once a center exists. Audited. */
  'center.setup': channel<CenterView>()({
    request: z.object({ code: centerCodeSchema, ...editable, profiles: profileIdsSchema.default([]) }).strict(),
    role: 'manager',
  }),
  /** Name, English name, address, city; the time zone only while nothing is scheduled. Audited. */
  'center.update': channel<CenterView>()({
    request: z.object(editable).strict(),
    role: 'manager',
  }),
  /** The shipped profiles with their effective dates, and which the center applies. */
  'center.profiles': channel<ProfileChoice[]>()({ request: z.object({}).strict(), role: 'manager' }),
  /** Chooses the profiles the center applies (at least one). Audited. */
  'center.chooseProfiles': channel<ProfileChoice[]>()({
    request: z.object({ profiles: profileIdsSchema.min(1) }).strict(),
    role: 'manager',
  }),
  /** Mounted removable drives (under /media, /run/media, /Volumes or drive letters) for the backup folder. */
  'center.backupSuggestion': channel<BackupSuggestion>()({ request: z.object({}).strict(), role: 'manager' }),
};
