import type { OperatorInfo } from '../../shared/accounts/contract';

/** Which door a call came through and which client (window or browser tab) sent it. */
export interface Caller {
  transport: 'electron' | 'loopback' | 'cli' | 'test';
  clientId: string;
  desk: string;
}

/** The signed-in operator of each client; kept in the main process, never trusted from a renderer. */
export class Sessions {
  readonly #byClient = new Map<string, OperatorInfo>();

  operatorOf(clientId: string): OperatorInfo | null {
    return this.#byClient.get(clientId) ?? null;
  }

  signIn(clientId: string, operator: OperatorInfo): void {
    this.#byClient.set(clientId, operator);
  }

  signOut(clientId: string): void {
    this.#byClient.delete(clientId);
  }
}
