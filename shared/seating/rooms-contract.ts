import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema, localDateSchema } from '../ipc/schemas';

export const CELL_KINDS = ['seat', 'gap', 'out', 'wheelchair'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export interface RoomCell {
  row: number;
  col: number;
  kind: CellKind;
  /** Seat label (A01 = row A, column 1); null for a gap. */
  label: string | null;
}

export interface RoomView {
  id: number;
  code: string;
  name: string;
  rows: number;
  cols: number;
  proctor: { row: number; col: number } | null;
  cells: RoomCell[];
  workingSeats: number;
}

const cellSchema = z.object({ row: z.number().int().min(1).max(30), col: z.number().int().min(1).max(30), kind: z.enum(CELL_KINDS) }).strict();

export const roomsContract = {
  'rooms.list': channel<RoomView[]>()({ request: z.object({}).strict(), role: 'proctor' }),
  /**
   * Creates or changes a room's seat map. A change that would remove or take out of service a seat
   * with a planned candidate in a session not yet closed is refused, naming the seats: nobody is
   * moved silently. Audited.
   */
  'rooms.save': channel<RoomView>()({
    request: z
      .object({
        roomId: idSchema.nullable(),
        code: z
          .string()
          .trim()
          .min(1)
          .max(12)
          .regex(/^[A-Za-z0-9-]+$/, 'letters, digits or dash'),
        name: z.string().trim().min(1).max(60),
        rows: z.number().int().min(1).max(30),
        cols: z.number().int().min(1).max(30),
        proctor: z
          .object({ row: z.number().int().min(0).max(31), col: z.number().int().min(0).max(31) })
          .strict()
          .nullable(),
        cells: z.array(cellSchema).max(900),
      })
      .strict(),
    role: 'manager',
  }),
  /** A new exam session in a room; refused when it overlaps another session of that room. Audited. */
  'sessions.create': channel<{ id: number; workingSeats: number }>()({
    request: z
      .object({
        roomId: idSchema,
        date: localDateSchema,
        start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:00'),
        durationMin: z.number().int().min(15).max(600),
      })
      .strict(),
    role: 'manager',
  }),
};
