/**
 * The signed-in operator as the core needs it (who, and which role the registry checks). The
 * accounts domain's full `OperatorInfo` is merged in by the composition root
 * (electron/app/desk-services.ts), so core imports no domain module.
 */
export interface DeskOperator {
  id: number;
  role: 'proctor' | 'manager';
}

/** Which door a call came through and which client (window or browser tab) sent it. */
export interface Caller {
  transport: 'electron' | 'loopback' | 'cli' | 'test';
  clientId: string;
  desk: string;
}

/**
 * The signed-in operator of each client and whether its desk is locked; kept in the main
 * process, never trusted from a renderer. A locked desk keeps its operator but may call nothing
 * except unlocking, signing out or signing in as someone else.
 */
export class Sessions {
  readonly #byClient = new Map<string, { operator: DeskOperator; locked: boolean }>();

  operatorOf(clientId: string): DeskOperator | null {
    return this.#byClient.get(clientId)?.operator ?? null;
  }

  isLocked(clientId: string): boolean {
    return this.#byClient.get(clientId)?.locked ?? false;
  }

  signIn(clientId: string, operator: DeskOperator): void {
    this.#byClient.set(clientId, { operator, locked: false });
  }

  signOut(clientId: string): void {
    this.#byClient.delete(clientId);
  }

  lock(clientId: string): void {
    const s = this.#byClient.get(clientId);
    if (s) s.locked = true;
  }

  unlock(clientId: string): void {
    const s = this.#byClient.get(clientId);
    if (s) s.locked = false;
  }

  /** Every session of an operator (after a disable or role change they must sign in again). */
  signOutOperator(operatorId: number): void {
    for (const [client, s] of this.#byClient) if (s.operator.id === operatorId) this.#byClient.delete(client);
  }
}
