import type { ChannelName, Req, Res } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { detectTransport, type Transport } from './transport';

/** The typed client over the one contract: the renderer's only way to the main process. */
export interface DeskClient {
  call<N extends ChannelName>(channel: N, payload: Req<N>): Promise<IpcResult<Res<N>>>;
}

export function createClient(transport: Transport = detectTransport()): DeskClient {
  return {
    call: (channel, payload) => transport(channel, payload) as never,
  };
}

export const desk = createClient();
