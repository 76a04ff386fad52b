import { recoveryContract, type RecoveryStatus, type RestoreOutcome } from '../../shared/recovery/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import { verifyPassword } from '../accounts/password';
import { KeyedMutex } from '../accounts/password-gate';
import { appendAudit } from '../audit/audit-log';
import type { Clock } from '../core/clock';
import type { Core } from '../core/context';
import type { Dispatcher } from '../core/dispatcher';
import type { Caller } from '../core/session';
import { restoreBackup } from '../exchange/backup/backup-files';
import { localDateTime } from '../today/local-time';
import { latestGoodBackup, managerOfBackup } from './latest-good-backup';
import { DEFAULT_CENTER_ZONE } from '../../shared/time/default-zone';

export interface RecoveryOptions {
  dbPath: string;
  /** Why the store was not opened (the integrity check's words). */
  problem: string;
  /** What every ordinary channel answers: the store failed its check, or its newest records vanished. */
  reason?: 'STORE_DAMAGED' | 'STORE_TAIL_MISSING';
  folder: string;
  clock: Clock;
  /** Opens the restored store and returns its core; `activate` hands the door over to it. */
  reopen(): Promise<{ core: Core; activate(): void }>;
}

const MAX_FAILURES = 5;
const LOCK_MS = 5 * 60_000;

/**
 * What a door serves when its database failed the start-up check: the store is not opened at all,
 * every ordinary channel answers STORE_DAMAGED, and a manager can restore the newest good backup
 * (told what time it is from). The damaged file is kept aside, never deleted.
 */
export class RecoveryDesk implements Dispatcher {
  private failures = 0;
  private lockedUntil = 0;
  private lockZone = DEFAULT_CENTER_ZONE;
  private restoring = false;
  /**
   * One restore attempt at a time (#14.3): the lockout is the recovery desk's own (the damaged
   * store's accounts are not read), so every attempt reads it, checks and counts in turn; the
   * scrypt check itself also waits for one of the desk's few permits.
   */
  private readonly queue = new KeyedMutex();

  constructor(private readonly opts: RecoveryOptions) {}

  async invoke(name: unknown, payload: unknown, _caller: Caller): Promise<IpcResult<unknown>> {
    if (name === 'recovery.status') return ok(await this.status());
    if (name === 'recovery.restore') {
      const parsed = recoveryContract['recovery.restore'].request.safeParse(payload);
      if (!parsed.success) return fail('VALIDATION', 'Invalid request for recovery.restore');
      return this.restore(parsed.data);
    }
    return fail(this.opts.reason ?? 'STORE_DAMAGED', `${this.opts.problem} Restore a backup first.`);
  }

  async status(): Promise<RecoveryStatus> {
    const latest = await latestGoodBackup(this.opts.folder);
    const backup = latest ? { name: latest.name, takenAt: latest.takenAt, takenLocal: latest.takenLocal, timeZone: latest.timeZone, centerName: latest.centerName, bytes: latest.bytes } : null;
    return { damaged: true, problem: this.opts.problem, database: this.opts.dbPath, folder: this.opts.folder, backup };
  }

  private restore(req: { backup: string; username: string; password: string }): Promise<IpcResult<RestoreOutcome>> {
    return this.queue.run('restore', () => this.restoreInTurn(req));
  }

  /** LOCKED_OUT with until when (the backup's center time) and who can help (#18.4). */
  private lockedOut(): IpcResult<never> {
    const until = localDateTime(new Date(this.lockedUntil), this.lockZone);
    return {
      ok: false,
      error: {
        code: 'LOCKED_OUT',
        message: `Too many wrong passwords: the restore is locked until ${until} (center time). Ask another manager of the backup, or wait.`,
        say: { key: 'recovery.lockedOut', params: { until } },
      },
    };
  }

  private async restoreInTurn(req: { backup: string; username: string; password: string }): Promise<IpcResult<RestoreOutcome>> {
    const now = this.opts.clock.now();
    if (now.getTime() < this.lockedUntil) return this.lockedOut();
    if (this.restoring) return fail('CONFLICT', 'A restore is already running.');
    const latest = await latestGoodBackup(this.opts.folder);
    if (!latest || latest.name !== req.backup) return fail('CONFLICT', 'That backup is no longer the newest good one; look again.');
    const manager = await managerOfBackup(latest.path, req.username);
    if (!manager || !(await verifyPassword(req.password, manager.password_hash))) {
      // Counted before answering, while the next attempt still waits its turn.
      if (++this.failures >= MAX_FAILURES) {
        this.failures = 0;
        this.lockedUntil = now.getTime() + LOCK_MS;
        this.lockZone = latest.timeZone;
        return this.lockedOut();
      }
      return fail('BAD_CREDENTIALS', 'A manager account of the backup and its password are needed to restore it.');
    }
    this.failures = 0;
    this.restoring = true;
    try {
      const { keptAside } = restoreBackup(latest.path, this.opts.dbPath, now);
      const { core, activate } = await this.opts.reopen();
      await core.store.db.transaction().execute((trx) =>
        appendAudit(trx, {
          at: now.toISOString(),
          operatorId: manager.id,
          action: 'store.restore',
          subjectType: 'backup',
          subjectId: latest.name,
          detail: { problem: this.opts.problem, takenAt: latest.takenAt, keptAside },
        }),
      );
      activate();
      return ok({ restoredFrom: latest.name, takenLocal: latest.takenLocal, keptAside });
    } catch (e) {
      return fail('CONFLICT', `The restore failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.restoring = false;
    }
  }
}
