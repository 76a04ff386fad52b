import type { z } from 'zod';

/** The words (a 'forms' namespace key and its values) for one field a request schema refuses. */
export interface FieldIssue {
  key: string;
  values?: Record<string, number>;
}

/** The shared schemas' own English words for a format, mapped to words in both languages. */
const FORMAT_KEYS: Record<string, string> = {
  'letters, digits, dot, dash or underscore': 'forms:format.username',
  'letters, digits or dash': 'forms:format.roomCode',
  'a time like 09:00': 'forms:format.time',
};

/** One zod issue as words the operator's language has (never the schema's English). */
export function issueKey(issue: z.core.$ZodIssue): FieldIssue {
  const known = FORMAT_KEYS[issue.message];
  if (known) return { key: known };
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? { key: 'forms:issue.required' } : { key: 'forms:issue.tooShort', values: { minimum } };
      return { key: 'forms:issue.tooSmall', values: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      return { key: issue.origin === 'string' ? 'forms:issue.tooLong' : 'forms:issue.tooBig', values: { maximum } };
    }
    case 'invalid_type':
      return { key: issue.expected === 'int' ? 'forms:issue.notWhole' : 'forms:issue.required' };
    case 'custom':
      // The shared day schema (localDateSchema) is the only custom check a form field meets.
      return { key: 'forms:issue.date' };
    default:
      return { key: 'forms:issue.invalid' };
  }
}

/**
 * What a shared request schema says of a request built from a form, by the form's field: each
 * issue lands on the field its path names (`fields` renames a request field to the form's); the
 * first issue of a field wins. Empty when the desk would accept the request.
 */
export function fieldIssues(schema: z.ZodType, request: unknown, fields: Record<string, string> = {}): Record<string, FieldIssue> {
  const parsed = schema.safeParse(request);
  if (parsed.success) return {};
  const out: Record<string, FieldIssue> = {};
  for (const issue of parsed.error.issues) {
    const [head = '', ...rest] = issue.path.map(String);
    const path = [fields[head] ?? head, ...rest].join('.');
    if (!(path in out)) out[path] = issueKey(issue);
  }
  return out;
}
