import type { TFunction } from 'i18next';
import type { IpcError } from '../ipc/result';

/** A readable sentence for an error value, in the current language. */
export function errorText(t: TFunction, error: IpcError): string {
  const key = `app:errors.${error.code}`;
  // A refusal the desk words in the operator's language (shared/i18n/errors.ts); English otherwise.
  const said = error.say ? t(`errors:${error.say.key}`, { ...error.say.params, defaultValue: '' }) : '';
  // A lockout worded by the desk is the whole sentence (until when, who can help), not a detail.
  if (said && error.code === 'LOCKED_OUT') return said;
  const detail = said || (error.issues?.map((i) => `${i.path}: ${i.message}`).join('; ') ?? error.message);
  return t(key, { defaultValue: t('app:errors.generic', { message: detail }), message: detail });
}
