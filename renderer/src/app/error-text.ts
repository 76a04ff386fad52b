import type { TFunction } from 'i18next';
import type { IpcError } from '../../../shared/ipc/result';

/** A readable sentence for an error value, in the current language. */
export function errorText(t: TFunction, error: IpcError): string {
  const key = `app:errors.${error.code}`;
  const detail = error.issues?.map((i) => `${i.path}: ${i.message}`).join('; ') ?? error.message;
  return t(key, { defaultValue: t('app:errors.generic', { message: error.message }), message: detail });
}
