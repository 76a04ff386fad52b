import { AppShell, Badge, Button, Group, Loader, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInGate, useOperator } from '../accounts/SignInGate';
import { CenterBadge } from '../centerlink/CenterBadge';
import { ConflictAlert } from '../centerlink/ConflictAlert';
import { LanguageSwitch } from './LanguageSwitch';
import { LaterScreen } from './LaterScreen';
import { ScreenBoundary } from './ScreenBoundary';
import { StaleDeskPrompt } from './StaleDeskPrompt';
import { routes, useRoute, type RouteId } from './routes';
import { screens } from './screens';

function Screen({ route }: { route: RouteId }) {
  const { t } = useTranslation();
  const Component = screens[route];
  // A lazy screen's script may still be on its way: a small loader until it arrives (#16).
  if (Component)
    return (
      <Suspense fallback={<Loader aria-label={t('loading')} data-testid="screen-loading" />}>
        <Component />
      </Suspense>
    );
  const r = routes.find((x) => x.id === route)!;
  return <LaterScreen screen={t(`nav.${route}`)} issue={r.issue ?? 0} />;
}

function Shell() {
  const { t } = useTranslation();
  const [route, go] = useRoute();
  const { operator, signOut, lock } = useOperator();
  // Keyboard-first: Alt+1..9 and Alt+0 open the screens in navigation order; Ctrl+L locks the desk.
  // Only the first ten routes have a digit (an eleventh would take Alt+1 from Today).
  useHotkeys([...routes.slice(0, 10).map((r, i) => [`alt+${(i + 1) % 10}`, () => go(r.id)] as [string, () => void]), ['mod+L', lock]], []);
  // (The empty list: these shortcuts also work while the always-focused search field has focus.)
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 210, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={3}>{t('appName')}</Title>
          <Group gap="sm">
            <CenterBadge />
            {operator && (
              <Badge variant="light" size="lg" data-testid="operator-badge">
                {t('signIn.signedInAs', {
                  name: operator.displayName,
                  role: t(`signIn.roles.${operator.role}`),
                })}
              </Badge>
            )}
            <LanguageSwitch />
            <Button variant="subtle" size="xs" onClick={lock} data-testid="lock-button">
              {t('signIn.lock')}
            </Button>
            <Button variant="subtle" size="xs" onClick={signOut}>
              {t('signIn.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          {routes.map((r, i) => (
            <NavLink key={r.id} href={`#/${r.id}`} active={route === r.id} label={t(`nav.${r.id}`)} rightSection={i < 10 ? <Text size="xs" c="dimmed">{`Alt+${(i + 1) % 10}`}</Text> : null} data-testid={`nav-${r.id}`} />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <ConflictAlert />
        <ScreenBoundary route={route} goToday={() => go('today')}>
          <Screen route={route} />
        </ScreenBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

export function App() {
  return (
    <>
      <StaleDeskPrompt />
      <SignInGate>
        <Shell />
      </SignInGate>
    </>
  );
}
