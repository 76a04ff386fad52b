import { Accordion, Alert, Badge, Code, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/i18n/error-text';
import { useCall } from '../ipc/use-call';

/** The policy profiles the desk applies, each version with its effective range and parameters. */
export function ProfilesPanel() {
  const { t, i18n } = useTranslation('policy');
  const { data, error, loading } = useCall('rules.profiles', {});
  if (error) return <Alert color="red">{errorText(t, error)}</Alert>;
  if (!data) return loading ? <Loader /> : null;
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
