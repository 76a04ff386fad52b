import { Alert, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A screen that a later issue builds says so plainly, and shows no fake data. */
export function LaterScreen({ screen, issue }: { screen: string; issue: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} mb="md">
        {screen}
      </Title>
      <Alert color="gray" title={t('later.title')} data-testid="later-screen">
        {t('later.body', { screen, issue })}
      </Alert>
    </>
  );
}
