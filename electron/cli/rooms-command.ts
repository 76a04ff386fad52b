import { readFileSync } from 'node:fs';
import { importRooms, parseRoomsCsv, ROOMS_CSV_HEADER } from '../center/rooms-csv';
import { stringOption } from '../core/args';
import { DomainError } from '../core/errors';
import { decodeText } from '../exchange/import/decode';
import { openStore } from '../store/open';
import type { Command } from './commands';

/** `desk rooms import`: the center's rooms as seat grids from a CSV, all or nothing. */
export const roomsCommand: Command = {
  name: 'rooms',
  summary: "rooms import: the center's rooms as seat grids from a CSV of rows and seats, all or nothing",
  usage: [
    'desk rooms import --db PATH --file ROOMS.csv',
    '',
    `The file (UTF-8 or GBK) has a header line ${ROOMS_CSV_HEADER.join(',')} and one room per line:`,
    '',
    '  code,name,rows,seats_per_row,aisles_after,out_of_service,wheelchair',
    '  R101,第一考场,5,6,3,B04 C05,A01',
    '  R102,第二考场,4,5,,,',
    '',
    '  code            room code: letters, digits or dash (at most 12)',
    '  name            room name as printed on rosters',
    '  rows            rows of seats, 1 to 26 (lettered A, B, …)',
    '  seats_per_row   seats in each row, 1 to 30',
    '  aisles_after    optional: seat counts after which an aisle runs ("3", or "2 4")',
    '  out_of_service  optional: seat labels out of service, separated by spaces or ;',
    '  wheelchair      optional: wheelchair seat labels',
    '',
    'Seat labels are as printed: the row letter and the grid column, an aisle counting as a column',
    '(with an aisle after 3 seats, row A is A01 A02 A03 | A05 A06 A07). A room whose code exists is',
    'refused; change it in the Seating screen. Every room is audited.',
  ].join('\n'),
  async run({ positional, options }) {
    const db = stringOption(options, 'db');
    const file = stringOption(options, 'file') ?? positional[1];
    if (positional[0] !== 'import' || !db || !file) {
      console.error('rooms: usage: desk rooms import --db PATH --file ROOMS.csv (see --help)');
      return 2;
    }
    let text: string;
    try {
      text = decodeText(new Uint8Array(readFileSync(file))).text;
    } catch (e) {
      console.error(`rooms: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    const { rooms, errors } = parseRoomsCsv(text);
    if (errors.length) {
      console.error(`rooms: ${errors.length} problem(s) in ${file}; nothing was imported:`);
      for (const e of errors) console.error(`  ${e}`);
      return 1;
    }
    const store = await openStore(db);
    try {
      const made = await importRooms(store.db, rooms, { operatorId: null, now: new Date(), door: 'cli' });
      for (const r of made) console.log(`room ${r.code}: ${r.seats} working seats`);
      console.log(`${made.length} rooms imported`);
      return 0;
    } catch (e) {
      if (e instanceof DomainError) {
        console.error(`rooms: ${e.message}`);
        return 1;
      }
      throw e;
    } finally {
      await store.close();
    }
  },
};
