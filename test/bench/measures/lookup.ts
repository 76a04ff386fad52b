import { lookupKey } from '../../../shared/names/query-kind';
import { documentHash } from '../../../electron/checkin/document-hash';
import { measure, withFloor, type Figure } from '../measure';
import type { Measure } from './index';

/**
 * Candidate lookup on the check-in path: the raw indexed SQLite query is the floor; the figure
 * through the real IPC handler (checkin.find) is compared with it when that channel exists.
 */
export const lookupMeasure: Measure = {
  name: 'candidate lookup',
  async run(ctx) {
    const sqlite = ctx.core.store.sqlite;
    const { sampleCodes, sampleDocuments, sampleNames } = ctx.center;
    const byCode = sqlite.prepare('select a.id from appointments a where a.admission_code = ?');
    const byHash = sqlite.prepare('select c.id from candidates c where c.id_hash = ?');
    const byName = sqlite.prepare("select c.id from candidates c where c.name >= ? and c.name < ? || '\uffff' limit 20");
    const byInitials = sqlite.prepare("select c.id from candidates c where c.initials >= ? and c.initials < ? || '\uffff' limit 20");
    const at = <T>(xs: T[], i: number) => xs[i % xs.length]!;
    const floors: Record<string, Figure> = {
      code: await measure('lookup.code.rawSql', (i) => byCode.all(at(sampleCodes, i)), { runs: 200 }),
      document: await measure('lookup.document.rawSql', (i) => byHash.all(documentHash(ctx.core.hashKey, at(sampleDocuments, i))), { runs: 200 }),
      namePrefix: await measure('lookup.namePrefix.rawSql', (i) => byName.all(at(sampleNames, i).slice(0, 1), at(sampleNames, i).slice(0, 1)), { runs: 200 }),
      initials: await measure(
        'lookup.initials.rawSql',
        (i) => {
          const k = lookupKey(at(sampleNames, i)).key;
          return byInitials.all(k, k);
        },
        { runs: 200 },
      ),
    };
    const figures = Object.values(floors);
    if (!ctx.registry.channelNames().includes('checkin.find')) {
      figures.push({ name: 'lookup.viaIpc', runs: 0, medianMs: Number.NaN, p95Ms: Number.NaN, targetMs: 30, note: 'checkin.find not built yet (issue #4)' });
      return figures;
    }
    const manager = { transport: 'test' as const, clientId: 'bench', desk: 'bench' };
    const op = await ctx.core.store.db.selectFrom('operators').select(['id', 'username', 'display_name', 'role']).executeTakeFirst();
    if (op) ctx.core.sessions.signIn('bench', { id: op.id, username: op.username, displayName: op.display_name, role: op.role });
    const find = (query: string) => ctx.registry.invoke('checkin.find', { query }, manager);
    const queries: Record<string, (i: number) => string> = {
      code: (i) => at(sampleCodes, i),
      document: (i) => at(sampleDocuments, i),
      namePrefix: (i) => at(sampleNames, i),
      initials: (i) => lookupKey(at(sampleNames, i)).key,
    };
    for (const [kind, q] of Object.entries(queries)) {
      const f = await measure(`lookup.${kind}.viaIpc`, (i) => find(q(i)), { runs: 200, targetMs: 30 });
      figures.push(withFloor(f, floors[kind]!));
    }
    figures.push(await measure('search.keystroke.top20', (i) => find(at(sampleNames, i).slice(0, 1 + (i % 2))), { runs: 200, targetMs: 50 }));
    return figures;
  },
};
