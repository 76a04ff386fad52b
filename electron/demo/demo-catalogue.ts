/**
 * What the demo center offers: the center, its sponsors and subjects (with CAT-4 lifecycle
 * dates), its rooms with their seat maps and the sessions of the day, and the demo operators.
 * Pure data plus the few date rules that place the lifecycle around the demo date.
 */
import { addDays, addMonths, compareDates, parseLocalDate } from '../../shared/time/dates';
import { DEFAULT_CENTER_ZONE } from '../../shared/time/default-zone';

export const DEMO_ZONE = DEFAULT_CENTER_ZONE;
export const DEMO_DEFAULT_SEED = 20261205;

export const DEMO_CENTER = {
  code: 'SZ-NS-01',
  name: '深圳南山考试中心',
  nameEn: 'Shenzhen Nanshan Test Center',
  timeZone: DEMO_ZONE,
  city: '深圳',
} as const;

export type DemoSponsor = 'tencent' | 'ctyun';
export const DEMO_SPONSORS: { code: DemoSponsor; name: string }[] = [
  { code: 'tencent', name: 'Tencent Cloud' },
  { code: 'ctyun', name: 'CTyun' },
];

export interface DemoOperatorSpec {
  username: string;
  password: string;
  role: 'manager' | 'proctor';
  displayName: string;
}

export const DEMO_OPERATORS: DemoOperatorSpec[] = [
  { username: 'manager', password: 'demo-manager-1', role: 'manager', displayName: '王经理' },
  { username: 'proctor1', password: 'demo-proctor-1', role: 'proctor', displayName: '李监考' },
  { username: 'proctor2', password: 'demo-proctor-2', role: 'proctor', displayName: '陈监考' },
];

export type PartName = 'theory' | 'lab' | 'interview';

export interface DemoSubject {
  sponsor: DemoSponsor;
  code: string;
  name: string;
  level: string;
  profile: string;
  parts: { part: PartName; max: number; pass: number }[];
  /** Exam length of one appointment. */
  minutes: number;
  /** List price of one order, fen. */
  priceFen: number;
  /** Attempts one order buys (ORD-4: practitioner 3, ORD-5: test-center flow 1). */
  attempts: number;
  /** Retired before the demo day (CAT-4): see lifecycleOf. */
  retired?: true;
  /** Fixed on-sale date (moved earlier when the demo date is close to it, see lifecycleOf). */
  onSale: string;
}

const theory = { part: 'theory', max: 100, pass: 60 } as const;

export const DEMO_SUBJECTS: DemoSubject[] = [
  { sponsor: 'tencent', code: 'TCCA-CLOUD', name: '腾讯云计算工程师认证', level: 'TCCA', profile: 'tencent-test-center', parts: [theory], minutes: 90, priceFen: 80000, attempts: 1, onSale: '2025-04-01' },
  { sponsor: 'tencent', code: 'TCCP-ARCH', name: '腾讯云架构高级工程师认证', level: 'TCCP', profile: 'tencent-test-center', parts: [theory], minutes: 120, priceFen: 160000, attempts: 1, onSale: '2025-04-01' },
  { sponsor: 'tencent', code: 'TCCP-OPS', name: '腾讯云运维高级工程师认证', level: 'TCCP', profile: 'tencent-test-center', parts: [theory], minutes: 120, priceFen: 160000, attempts: 1, onSale: '2025-04-01' },
  {
    sponsor: 'tencent',
    code: 'TCCE-CLOUD',
    name: '腾讯云计算专家工程师认证',
    level: 'TCCE',
    profile: 'tencent-test-center',
    parts: [theory, { part: 'lab', max: 100, pass: 60 }, { part: 'interview', max: 100, pass: 60 }],
    minutes: 120,
    priceFen: 300000,
    attempts: 1,
    onSale: '2025-04-01',
  },
  {
    sponsor: 'tencent',
    code: 'TCC-PRAC',
    name: '腾讯云从业者认证',
    level: 'Practitioner',
    profile: 'tencent-practitioner',
    parts: [{ part: 'theory', max: 100, pass: 70 }],
    minutes: 90,
    priceFen: 20000,
    attempts: 3,
    onSale: '2024-05-14',
  },
  {
    sponsor: 'tencent',
    code: 'TCCA-DEV',
    name: '腾讯云开发工程师认证（旧版）',
    level: 'TCCA',
    profile: 'tencent-test-center',
    parts: [theory],
    minutes: 90,
    priceFen: 80000,
    attempts: 1,
    retired: true,
    onSale: '2022-06-01',
  },
  { sponsor: 'ctyun', code: 'ECA-DEV', name: '天翼云认证开发工程师', level: 'ECA', profile: 'ctyun', parts: [theory], minutes: 90, priceFen: 120000, attempts: 1, onSale: '2023-09-01' },
];

export function subjectByCode(code: string): DemoSubject {
  const s = DEMO_SUBJECTS.find((x) => x.code === code);
  if (!s) throw new Error(`demo catalogue: no subject ${code}`);
  return s;
}

export interface Lifecycle {
  onSale: string;
  stopSale: string | null;
  stopService: string | null;
}

/**
 * CAT-4 dates around the demo date. A subject in service went on sale at its fixed date, or 15
 * months before the demo day when that is earlier, so every order of the day falls after it. The
 * retired subject stops service on the last day of the month before the demo day and stops sale
 * 103 days before that (the gap of the 2024 retirements: 09-19 -> 12-31); its orders were all
 * placed before the stop-sale date.
 */
export function lifecycleOf(s: DemoSubject, date: string): Lifecycle {
  const floor = addMonths(date, -15);
  const onSale = compareDates(s.onSale, floor) <= 0 ? s.onSale : floor;
  if (!s.retired) return { onSale, stopSale: null, stopService: null };
  const p = parseLocalDate(date);
  const stopService = addDays(`${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-01`, -1);
  const stopSale = addDays(stopService, -103);
  const retiredOnSale = compareDates(s.onSale, addMonths(stopSale, -12)) <= 0 ? s.onSale : addMonths(stopSale, -24);
  return { onSale: retiredOnSale, stopSale, stopService };
}

export interface DemoSession {
  /** Center-local start, HH:MM. */
  time: '09:00' | '13:30';
  /** Subjects placed first, each `count` times. */
  fixed?: [code: string, count: number][];
  /** The rest of the seats, drawn by weight. */
  mix: [code: string, weight: number][];
  /** Appointments with a wheelchair (at most the room's working wheelchair seats). */
  wheelchair?: number;
  /** Appointments with 25 % extra time. */
  extraTime?: number;
}

export interface DemoRoom {
  code: string;
  name: string;
  rows: number;
  cols: number;
  /** The proctor's desk: row 0 is in front of the first row. */
  proctor: [row: number, col: number];
  outOfService: string[];
  wheelchair: string[];
  sessions: DemoSession[];
}

/** Seat label: row letter + 2-digit column, "A01" .. "F06" (same scheme in every room). */
export function seatLabel(row: number, col: number): string {
  return `${String.fromCharCode(64 + row)}${String(col).padStart(2, '0')}`;
}

export const DEMO_ROOMS: DemoRoom[] = [
  {
    code: 'A',
    name: '考场A',
    rows: 6,
    cols: 6,
    proctor: [0, 3],
    outOfService: ['A05'],
    wheelchair: ['A01'],
    sessions: [
      {
        time: '09:00',
        mix: [
          ['TCCP-ARCH', 3],
          ['TCCP-OPS', 3],
          ['TCCA-CLOUD', 3],
        ],
        wheelchair: 1,
        extraTime: 1,
      },
      {
        time: '13:30',
        fixed: [['TCCA-DEV', 4]],
        mix: [
          ['TCCA-CLOUD', 4],
          ['TCCP-OPS', 2],
        ],
        extraTime: 1,
      },
    ],
  },
  {
    code: 'B',
    name: '考场B',
    rows: 4,
    cols: 6,
    proctor: [0, 3],
    outOfService: [],
    wheelchair: ['A01'],
    sessions: [
      {
        time: '09:00',
        fixed: [['TCC-PRAC', 6]],
        mix: [
          ['ECA-DEV', 3],
          ['TCCA-CLOUD', 2],
        ],
        extraTime: 1,
      },
      {
        time: '13:30',
        mix: [
          ['ECA-DEV', 3],
          ['TCCA-CLOUD', 1],
        ],
        wheelchair: 1,
      },
    ],
  },
  {
    code: 'L',
    name: '机房L',
    rows: 4,
    cols: 5,
    proctor: [0, 3],
    outOfService: ['B03'],
    wheelchair: [],
    sessions: [
      {
        time: '09:00',
        fixed: [['TCCE-CLOUD', 6]],
        mix: [
          ['ECA-DEV', 2],
          ['TCCP-ARCH', 1],
        ],
      },
      {
        time: '13:30',
        fixed: [['TCCE-CLOUD', 5]],
        mix: [
          ['ECA-DEV', 2],
          ['TCCP-OPS', 1],
        ],
      },
    ],
  },
];

export function workingSeats(room: DemoRoom): number {
  return room.rows * room.cols - room.outOfService.length;
}

export function workingWheelchairSeats(room: DemoRoom): number {
  return room.wheelchair.filter((l) => !room.outOfService.includes(l)).length;
}

/** A session lasts as long as its longest subject. */
export function sessionMinutes(s: DemoSession): number {
  const codes = [...(s.fixed ?? []).map(([c]) => c), ...s.mix.map(([c]) => c)];
  return Math.max(...codes.map((c) => subjectByCode(c).minutes));
}
