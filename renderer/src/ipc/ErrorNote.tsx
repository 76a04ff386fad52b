import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/i18n/error-text';
import { asIpcError } from './query';

/**
 * The one place an error from the desk is shown: its words in the operator's language (the code's
 * sentence, or the refusal the desk worded). `inline` for under a field or button, an alert otherwise.
 */
export function ErrorNote({ error, inline, testId }: { error: unknown; inline?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const value = asIpcError(error);
  if (!value) return null;
  const text = errorText(t, value);
  if (inline) {
    return (
      <Text size="sm" c="red" data-testid={testId ?? 'error-note'} data-code={value.code}>
        {text}
      </Text>
    );
  }
  return (
    <Alert color="red" variant="light" data-testid={testId ?? 'error-note'} data-code={value.code}>
      {text}
    </Alert>
  );
}
