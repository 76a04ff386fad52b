import type { ChannelName, Req, Res } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { asIpcError, useDeskQuery } from './query';

export interface CallState<T> {
  data: T | null;
  error: IpcError | null;
  loading: boolean;
  reload: () => void;
}

/** @deprecated Being replaced by useDeskQuery (renderer/src/ipc/query.ts); kept only while screens move. */
export function useCall<N extends ChannelName>(channel: N, payload: Req<N>, refreshMs?: number): CallState<Res<N>> {
  const q = useDeskQuery(channel, payload, { refetchInterval: refreshMs });
  return {
    data: q.data ?? null,
    error: asIpcError(q.error),
    loading: q.isFetching,
    reload: () => void q.refetch(),
  };
}
