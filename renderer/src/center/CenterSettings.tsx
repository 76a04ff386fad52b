import { Alert, Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskQuery } from '../ipc/query';
import { CenterForm } from './CenterForm';
import { CenterProfiles } from './CenterProfiles';
import { setupHref } from './setup-link';

/** Settings → Center (managers): the center's details and the policy profiles it applies. */
export function CenterSettings() {
  const { t } = useTranslation('center');
  const center = useDeskQuery('center.get', {});
  if (center.isPending) return null;
  if (center.error) return <ErrorNote error={center.error} />;
  if (!center.data) {
    return (
      <Alert color="yellow">
        <a href={setupHref('center')}>{t('checklist.go.center')}</a>
      </Alert>
    );
  }
  return (
    <Stack>
      <CenterForm center={center.data} />
      <Divider />
      <Title order={4}>{t('profiles.title')}</Title>
      <CenterProfiles />
    </Stack>
  );
}
