import { Accordion, Badge, Code, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskQuery } from '../ipc/query';

/** The policy profiles the desk applies, each version with its effective range and parameters. */
export function ProfilesPanel() {
  const { t, i18n } = useTranslation('policy');
  const { data, error, isPending } = useDeskQuery('rules.profiles', {});
  if (error) return <ErrorNote error={error} />;
  if (!data) return isPending ? <Loader /> : null;
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Accordion variant="separated" data-testid="profiles">
      {data.map((p) => (
        <Accordion.Item key={`${p.id}@${p.version}`} value={`${p.id}@${p.version}`}>
          <Accordion.Control>
            <Group gap="xs">
              <Text fw={600}>{p.name[lang]}</Text>
              <Badge variant="light">{p.id}</Badge>
              <Badge variant="outline">{t('profiles.version', { version: p.version })}</Badge>
              <Text size="sm" c="dimmed">
                {t('profiles.effective', {
                  from: p.effectiveFrom.slice(0, 10),
                  to: p.effectiveTo ? p.effectiveTo.slice(0, 10) : t('profiles.open'),
                })}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Text size="sm" fw={600} mb={4}>
              {t('profiles.parameters')}
            </Text>
            <Code block>{JSON.stringify(p.parameters, null, 2)}</Code>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
