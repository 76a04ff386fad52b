import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary, getErrorMessage, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import type { RouteId } from './routes';

/** What the desk shows in place of a screen that threw while rendering; header and navigation stay. */
function ScreenFailed({ error, resetErrorBoundary, route, goToday }: FallbackProps & { route: RouteId; goToday(): void }) {
  const { t } = useTranslation();
  const message = getErrorMessage(error) ?? String(error);
  return (
    <Alert color="red" variant="light" title={t('screenFailed.title')} data-testid="screen-failed" data-route={route}>
      <Stack gap="xs">
        <Text size="sm">{t('screenFailed.text')}</Text>
        <Text size="sm">
          {t('screenFailed.messageLabel')}
          <Code data-testid="screen-failed-message">{message}</Code>
        </Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => resetErrorBoundary()} autoFocus data-testid="screen-failed-retry">
            {t('screenFailed.retry')}
          </Button>
          {route !== 'today' && (
            <Button size="xs" variant="light" onClick={goToday} data-testid="screen-failed-today">
              {t('screenFailed.today')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * One render error blanks only its screen (#16): the fallback names the failure, shows the error's
 * message and offers the screen again or Today. Changing route resets it. A reset forgets the
 * answers no mounted screen uses, so the screen asks the desk again instead of re-rendering the
 * answer it failed on.
 */
export function ScreenBoundary({ route, goToday, children }: { route: RouteId; goToday(): void; children: ReactNode }) {
  const client = useQueryClient();
  return (
    <ErrorBoundary resetKeys={[route]} onReset={() => client.removeQueries({ type: 'inactive' })} fallbackRender={(props) => <ScreenFailed {...props} route={route} goToday={goToday} />}>
      {children}
    </ErrorBoundary>
  );
}
