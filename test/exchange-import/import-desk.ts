import type { ImportPreview, ImportResult } from '../../shared/exchange/import-contract';
import type { IpcResult } from '../../shared/ipc/result';
import { openTestDesk } from '../support/test-core';
import { seedCenter } from './fixtures';

/** A desk with the sample's center and three rooms, a manager signed in, and the import channels. */
export async function importDesk(dir: string, now = new Date('2026-11-30T02:00:00Z')) {
  const d = await openTestDesk(dir, now);
  await seedCenter(d.core.store.db);
  const manager = await d.as('manager');
  const send = (bytes: Uint8Array | string, extra: Record<string, unknown> = {}) => ({ fileName: 'roster.csv', base64: Buffer.from(bytes).toString('base64'), ...extra });
  const preview = async (bytes: Uint8Array | string) => {
    const r = (await d.registry.invoke('exchange.importPreview', send(bytes), manager)) as IpcResult<ImportPreview>;
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const apply = async (bytes: Uint8Array | string, extra: Record<string, unknown> = {}) => (await d.registry.invoke('exchange.importApply', send(bytes, extra), manager)) as IpcResult<ImportResult>;
  return { d, manager, preview, apply, close: () => d.close() };
}

export const ok = <T>(r: IpcResult<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value;
};
