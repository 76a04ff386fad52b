import { sql, type Kysely } from 'kysely';
import { strict } from '../table';

/** FROZEN, part of migration 2026-11-25-001-initial: Rooms, their seats and exam sessions. */
export async function createRoomTables(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('rooms')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('center_id', 'integer', (c) => c.notNull().references('centers.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('rows', 'integer', (c) => c.notNull().check(sql`rows > 0`))
      .addColumn('cols', 'integer', (c) => c.notNull().check(sql`cols > 0`))
      .addColumn('proctor_row', 'integer')
      .addColumn('proctor_col', 'integer')
      .addUniqueConstraint('rooms_center_code', ['center_id', 'code']),
  ).execute();

  await strict(
    db.schema
      .createTable('seats')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('row', 'integer', (c) => c.notNull())
      .addColumn('col', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('ok')
          .check(sql`status in ('ok','out-of-service')`),
      )
      .addColumn('wheelchair', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('seats_room_label', ['room_id', 'label'])
      .addUniqueConstraint('seats_room_pos', ['room_id', 'row', 'col']),
  ).execute();

  await strict(
    db.schema
      .createTable('exam_sessions')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
      .addColumn('local_date', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('duration_min', 'integer', (c) => c.notNull().check(sql`duration_min > 0`))
      .addColumn('closed_at', 'text'),
  ).execute();
  await db.schema.createIndex('exam_sessions_date').on('exam_sessions').columns(['local_date', 'starts_at']).execute();
}
