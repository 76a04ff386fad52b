import type { FormErrors } from '@mantine/form';
import i18next from 'i18next';
import type { z } from 'zod';
import { fieldIssues } from '../../../shared/forms/field-issues';

/**
 * A @mantine/form `validate` from a shared request schema (zod 4). Mantine 9's own
 * `schemaResolver` (Standard Schema) would show the schema's English messages; this one turns the
 * form's values into the request the desk would receive (`toRequest`), checks it with the very
 * schema the main process checks, and puts each issue on its field (`fields` renames a request
 * field to the form's) in the operator's language.
 */
export function schemaValidate<V>(schema: z.ZodType, toRequest: (values: V) => unknown = (v) => v, fields: Record<string, string> = {}) {
  return (values: V): FormErrors => {
    const errors: FormErrors = {};
    for (const [path, issue] of Object.entries(fieldIssues(schema, toRequest(values), fields))) errors[path] = i18next.t(issue.key, issue.values ?? {});
    return errors;
  };
}
