import { useCallback, useEffect, useState } from 'react';
import type { ChannelName, Req, Res } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { desk } from './client';

export interface CallState<T> {
  data: T | null;
  error: IpcError | null;
  loading: boolean;
  reload: () => void;
}

/** Calls a channel on mount (and when `payload` changes by value), with loading and error state. */
export function useCall<N extends ChannelName>(channel: N, payload: Req<N>, refreshMs?: number): CallState<Res<N>> {
  const [state, setState] = useState<{ data: Res<N> | null; error: IpcError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(payload);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void desk.call(channel, JSON.parse(key) as Req<N>).then((r) => {
      if (!live) return;
      setState(r.ok ? { data: r.value, error: null, loading: false } : { data: null, error: r.error, loading: false });
    });
    return () => {
      live = false;
    };
  }, [channel, key, tick]);
  useEffect(() => {
    if (!refreshMs) return;
    const t = setInterval(() => setTick((n) => n + 1), refreshMs);
    return () => clearInterval(t);
  }, [refreshMs]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
