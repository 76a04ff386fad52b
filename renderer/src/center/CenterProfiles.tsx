import { Alert, Badge, Button, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

/** The sponsors' shipped policy profiles with their effective dates; the manager ticks the ones the center applies. */
export function CenterProfiles() {
  const { t, i18n } = useTranslation('center');
  const list = useDeskQuery('center.profiles', {});
  // The ticks the manager changed; until then (and again once saved) the profiles the center applies.
  const [ticked, setTicked] = useState<string[] | null>(null);
  const chosen = ticked ?? [...new Set((list.data ?? []).filter((p) => p.chosen).map((p) => p.id))];
  const save = useDeskMutation('center.chooseProfiles', { invalidates: ['center.profiles', 'center.checklist', 'rules.profiles', 'today.overview'] });
  const toggle = (id: string) => setTicked(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);
  const done = save.data && t('profiles.saved', { count: new Set(save.data.filter((p) => p.chosen).map((p) => p.id)).size });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('profiles.hint')}
      </Text>
      {list.data && (
        <Table withTableBorder striped fz="sm" data-testid="center-profiles">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>{t('profiles.sponsor')}</Table.Th>
              <Table.Th>{t('profiles.profile')}</Table.Th>
              <Table.Th>{t('profiles.version')}</Table.Th>
              <Table.Th>{t('profiles.from')}</Table.Th>
              <Table.Th>{t('profiles.to')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((p) => (
              <Table.Tr key={`${p.id}@${p.version}`}>
                <Table.Td>
                  <Checkbox checked={chosen.includes(p.id)} onChange={() => toggle(p.id)} aria-label={`${p.id} v${p.version}`} data-testid={`choose-${p.id}`} />
                </Table.Td>
                <Table.Td>{p.sponsor}</Table.Td>
                <Table.Td>
                  {i18n.language === 'en' ? p.name.en : p.name['zh-CN']}{' '}
                  <Text span c="dimmed" ff="monospace" size="xs">
                    {p.id}
                  </Text>
                </Table.Td>
                <Table.Td>{p.version}</Table.Td>
                <Table.Td>{p.effectiveFrom}</Table.Td>
                <Table.Td>{p.effectiveTo ?? t('profiles.open')}</Table.Td>
                <Table.Td>
                  {p.inForce ? (
                    <Badge color="green" variant="light">
                      {t('profiles.inForce')}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      {t('profiles.notInForce')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Button onClick={() => save.mutate({ profiles: chosen }, { onSuccess: () => setTicked(null) })} w="fit-content" disabled={chosen.length === 0} loading={save.isPending} data-testid="profiles-save">
        {t('profiles.save')}
      </Button>
      {done && (
        <Alert color="green" data-testid="profiles-done">
          {done}
        </Alert>
      )}
      <ErrorNote error={save.error ?? list.error} />
    </Stack>
  );
}
