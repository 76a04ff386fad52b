/**
 * Every domain keeps its own message file `shared/i18n/<domain>.ts` exporting a `DomainMessages`
 * object; `resources.ts` composes them into one i18next namespace per domain. Keys are nested
 * plain objects; values use i18next interpolation: `{{name}}`.
 */
export type MessageTree = { [key: string]: string | MessageTree };
export interface DomainMessages {
  'zh-CN': MessageTree;
  en: MessageTree;
}
export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
/** The same tree shape with any string values: a zh-CN tree typed `Shape<typeof en>` must have exactly the keys of en. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
