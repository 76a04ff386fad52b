import { keepPreviousData, QueryClient, useMutation, useQuery, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { ChannelName, Req, Res } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { desk } from './client';

/** An error value from the desk, thrown so TanStack Query carries it to the one place that shows it. */
export class DeskCallError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'DeskCallError';
  }
}

/** Calls a channel and returns its value, or throws its error value as a DeskCallError. */
export async function callOrThrow<N extends ChannelName>(channel: N, payload: Req<N>): Promise<Res<N>> {
  const r = await desk.call(channel, payload);
  if (!r.ok) throw new DeskCallError(r.error);
  return r.value;
}

/** The error value behind anything a query or mutation threw (a bug becomes an INTERNAL value). */
export function asIpcError(error: unknown): IpcError | null {
  if (error == null) return null;
  if (error instanceof DeskCallError) return error.error;
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** Query keys are the channel and its payload: invalidating a channel reaches every payload of it. */
export function deskKey<N extends ChannelName>(channel: N, payload?: Req<N>): readonly unknown[] {
  return payload === undefined ? [channel] : [channel, payload];
}

export function createDeskQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // An error value is the desk's answer, not a network blip: asking again gives the same one.
        retry: (count, error) => !(error instanceof DeskCallError) && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 0,
      },
      mutations: { retry: false },
    },
  });
}

export interface DeskQueryOptions {
  /** Polling, in ms (the desk clock ticks; counts change at other desks). */
  refetchInterval?: number;
  enabled?: boolean;
  /** While a new payload's answer is on its way, keep showing the previous payload's (search as you type). */
  keepPrevious?: boolean;
  /**
   * How long an answer counts as fresh, in ms (default 0): a screen that mounts (or switches to a
   * payload) while the cached answer is younger does not ask again. Invalidation still refetches.
   */
  staleTime?: number;
}

/** Reads a channel: cached by channel + payload, refetched when a mutation invalidates the channel. */
export function useDeskQuery<N extends ChannelName>(channel: N, payload: Req<N>, options: DeskQueryOptions = {}): UseQueryResult<Res<N>, DeskCallError> {
  return useQuery<Res<N>, DeskCallError>({
    queryKey: deskKey(channel, payload),
    queryFn: () => callOrThrow(channel, payload),
    refetchInterval: options.refetchInterval,
    enabled: options.enabled,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    ...(options.staleTime !== undefined ? { staleTime: options.staleTime } : {}),
  });
}

export interface DeskMutationOptions<N extends ChannelName> {
  /** The channels whose answers this write changes; their queries are refetched after success. */
  invalidates?: readonly ChannelName[];
  onSuccess?: (value: Res<N>, payload: Req<N>) => void;
}

/** Writes through a channel; on success refetches the channels it affects. */
export function useDeskMutation<N extends ChannelName>(channel: N, options: DeskMutationOptions<N> = {}): UseMutationResult<Res<N>, DeskCallError, Req<N>> {
  const client = useQueryClient();
  return useMutation<Res<N>, DeskCallError, Req<N>>({
    mutationFn: (payload) => callOrThrow(channel, payload),
    onSuccess: async (value, payload) => {
      options.onSuccess?.(value, payload);
      await Promise.all((options.invalidates ?? []).map((c) => client.invalidateQueries({ queryKey: [c] })));
    },
  });
}
