import { Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { centerlinkContract } from '../../../shared/centerlink/contract';
import { schemaValidate } from '../forms/schema-resolver';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation } from '../ipc/query';

/** What a join or a leave changes on screen: the badge, the panel and the manager's tables. */
export const LINK_CHANNELS = ['centerlink.status', 'centerlink.desks', 'centerlink.leases', 'centerlink.conflicts'] as const;

interface JoinValues {
  url: string;
  desk: string;
  password: string;
}

const toRequest = (v: JoinValues) => ({ url: v.url, desk: v.desk, ...(v.password ? { password: v.password } : {}) });

/**
 * Settings → Center server on a desk that works alone (#19): a manager joins it to a center. The
 * password has its own field (it never shows in the address); Enter in any field joins.
 */
export function JoinCenterForm() {
  const { t } = useTranslation('centerlink');
  const form = useForm<JoinValues>({
    initialValues: { url: '', desk: '', password: '' },
    validate: schemaValidate<JoinValues>(centerlinkContract['centerlink.join'].request, toRequest),
  });
  const join = useDeskMutation('centerlink.join', { invalidates: LINK_CHANNELS });
  return (
    <form onSubmit={form.onSubmit((v) => join.mutate(toRequest(v)))} data-testid="centerlink-join-form" noValidate>
      <Stack maw={640} gap="sm">
        <Title order={4}>{t('join.title')}</Title>
        <TextInput
          label={t('join.url')}
          placeholder={t('join.urlHint')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          data-testid="centerlink-join-url"
          {...form.getInputProps('url')}
        />
        <Group grow align="flex-start">
          <TextInput label={t('join.desk')} description={t('join.deskHint')} autoComplete="off" spellCheck={false} data-testid="centerlink-join-desk" {...form.getInputProps('desk')} />
          <PasswordInput label={t('join.password')} description={t('join.passwordHint')} autoComplete="off" data-testid="centerlink-join-password" {...form.getInputProps('password')} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('join.help')}
        </Text>
        <ErrorNote error={join.error} testId="centerlink-join-error" />
        <Group>
          <Button type="submit" loading={join.isPending} data-testid="centerlink-join-submit">
            {t('join.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
