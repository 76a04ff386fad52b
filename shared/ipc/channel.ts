import type { z } from 'zod';

/** Who may call a channel. A manager can do everything a proctor can. */
export type Role = 'public' | 'proctor' | 'manager';

export interface ChannelSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  readonly role: Role;
  /** Phantom: the response type, carried for the typed client. Never set at run time. */
  readonly response?: Res;
}

/** Declares a channel: its request schema (zod), the role it needs and its response type. */
export function channel<Res>() {
  return <Req extends z.ZodType>(spec: { request: Req; role: Role }): ChannelSpec<Req, Res> => spec;
}

export type AnyChannel = ChannelSpec<z.ZodType, unknown>;
export type RequestOf<C> = C extends ChannelSpec<infer Req, unknown> ? z.input<Req> : never;
export type ParsedRequestOf<C> = C extends ChannelSpec<infer Req, unknown> ? z.output<Req> : never;
export type ResponseOf<C> = C extends ChannelSpec<z.ZodType, infer Res> ? Res : never;

export function roleAllows(needed: Role, held: 'proctor' | 'manager' | null): boolean {
  if (needed === 'public') return true;
  if (held === null) return false;
  return needed === 'proctor' || held === 'manager';
}
