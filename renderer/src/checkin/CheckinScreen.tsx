import { Alert, Grid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinCard, FindResult } from '../../../shared/checkin/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { AdmissionPanel } from './AdmissionPanel';
import { CloseWindowPanel } from './CloseWindowPanel';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';

/**
 * The check-in desk: one always-ready search field (scanner or keyboard), results while typing,
 * and the selected candidate's verdict, identity check and admission on the right.
 */
export function CheckinScreen() {
  const { t } = useTranslation('checkin');
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<FindResult | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [selected, setSelected] = useState(0);
  const [opened, setOpened] = useState<{ card: CheckinCard; token: number } | null>(null);
  const openCount = useRef(0);
  // Every open (also a repeated scan of the same code) shows a fresh panel.
  const setOpen = (card: CheckinCard | null) => setOpened(card ? { card, token: ++openCount.current } : null);
  const open = opened?.card ?? null;
  const seq = useRef(0);

  const find = async (q: string): Promise<FindResult | null> => {
    const mine = ++seq.current;
    const r = await desk.call('checkin.find', { query: q });
    if (mine !== seq.current) return null; // a newer keystroke answered first
    if (!r.ok) {
      setError(r.error);
      return null;
    }
    setError(null);
    setFound(r.value);
    setSelected(0);
    return r.value;
  };

  // Results appear while typing (a short pause so a scanner's burst is one query).
  useEffect(() => {
    if (!query.trim()) {
      setFound(null);
      return;
    }
    const timer = setTimeout(() => void find(query), 120);
    return () => clearTimeout(timer);
  }, [query]);

  /** Enter or a scanner's terminator: open the highlighted card, or the first of a fresh search. */
  const submit = async (q: string) => {
    if (!q) return;
    if (found && found.query === q && found.cards.length > 0) {
      setOpen(found.cards[selected] ?? found.cards[0]!);
      return;
    }
    setQuery(q);
    const result = await find(q);
    if (result && result.cards.length > 0) setOpen(result.cards[0]!);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(null);
        search.current?.focus();
        search.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const kindLabel = t(`search.kind.${query.trim() ? (found?.kind ?? 'unknown') : 'empty'}`);
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Tabs defaultValue="desk" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="desk">{t('title')}</Tabs.Tab>
          <Tabs.Tab value="close">{t('closeWindow.button')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="desk">
          <Grid>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="sm">
                <SearchBox
                  ref={search}
                  value={query}
                  onChange={setQuery}
                  onSubmit={(q) => void submit(q)}
                  onArrow={(d) => setSelected((i) => Math.max(0, Math.min((found?.cards.length ?? 1) - 1, i + d)))}
                  kindLabel={kindLabel}
                />
                {error && <Alert color="red">{errorText(t, error)}</Alert>}
                {found && found.cards.length === 0 && <Alert color="gray">{t('search.noResults', { date: found.date, query: found.query })}</Alert>}
                {found && found.truncated && <Text size="sm" c="dimmed">{t('search.truncated', { count: found.cards.length })}</Text>}
                {found && <ResultList cards={found.cards} selected={selected} onOpen={(i) => setOpen(found.cards[i] ?? null)} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              {open ? (
                <AdmissionPanel
                  key={opened?.token}
                  card={open}
                  onDone={() => {
                    search.current?.focus();
                    search.current?.select();
                  }}
                />
              ) : (
                <Alert color="blue" variant="light">
                  {t('search.placeholder')}
                </Alert>
              )}
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="close">
          <CloseWindowPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
