import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SetupStep } from '../../../shared/center/contract';
import { useOperator } from '../accounts/SignInGate';
import { setupHref } from './setup-link';

/**
 * What the desk still lacks, each with a button to its set-up step (managers); a proctor is told
 * that a manager sets the center up. Renders nothing when nothing is missing.
 */
export function SetupChecklist({ missing, title }: { missing: SetupStep[]; title?: string }) {
  const { t } = useTranslation('center');
  const { operator } = useOperator();
  if (missing.length === 0) return null;
  if (operator?.role !== 'manager') {
    return missing.includes('center') ? (
      <Alert color="yellow" data-testid="setup-ask-manager">
        {t('checklist.askManager')}
      </Alert>
    ) : null;
  }
  return (
    <Alert color="yellow" title={title ?? t('checklist.title')} data-testid="setup-checklist" mb="md">
      <List spacing={6} size="sm">
        {missing.map((step) => (
          <List.Item key={step} data-testid={`missing-${step}`}>
            <Group gap="sm">
              <Text size="sm">{t(`checklist.${step}`)}</Text>
              <Button component="a" href={setupHref(step)} size="compact-sm" variant="light" data-testid={`setup-go-${step}`}>
                {t(`checklist.go.${step}`)}
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
