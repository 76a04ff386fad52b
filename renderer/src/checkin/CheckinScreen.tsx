import { Alert, Grid, Group, Stack, Switch, Tabs, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinCard } from '../../../shared/checkin/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { callOrThrow, deskKey, useDeskQuery } from '../ipc/query';
import { AdmissionPanel } from './AdmissionPanel';
import { CheckinIncidents } from './CheckinIncidents';
import { CloseWindowPanel } from './CloseWindowPanel';
import { CutoffStrip } from './CutoffStrip';
import { ResultList } from './ResultList';
import { playScanSound, setSoundOn, soundOn } from './scan-sound';
import { ScanVerdict } from './ScanVerdict';
import { SearchBox } from './SearchBox';
import { useScanRouter } from './use-scan-router';

/**
 * The check-in desk: one always-ready search field (scanner or keyboard), results while typing,
 * and the selected candidate's guided sequence on the right. After every outcome the field is
 * selected, so the next scan replaces the previous code (#18.1); a scanner's burst anywhere on
 * the page is a scan (use-scan-router.ts).
 */
export function CheckinScreen() {
  const { t } = useTranslation('checkin');
  const client = useQueryClient();
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // What the results are for: the query after a short pause, so a scanner's burst is one search.
  const [searched, setSearched] = useState('');
  const results = useDeskQuery('checkin.find', { query: searched }, { enabled: searched.trim() !== '', keepPrevious: true });
  const found = query.trim() && searched.trim() ? (results.data ?? null) : null;
  const [notFound, setNotFound] = useState<{ query: string; date: string } | null>(null);
  // The highlighted card, for the results it was chosen in (new results start at the first).
  const [highlight, setHighlight] = useState({ query: '', index: 0 });
  const selected = found && highlight.query === found.query ? highlight.index : 0;
  const [sound, setSound] = useState(soundOn());
  const [opened, setOpened] = useState<{ card: CheckinCard; token: number } | null>(null);
  const openCount = useRef(0);
  // Every open (also a repeated scan of the same code) shows a fresh panel.
  const setOpen = (card: CheckinCard | null) => {
    setNotFound(null);
    setOpened(card ? { card, token: ++openCount.current } : null);
  };
  const open = opened?.card ?? null;

  const readyForNextScan = () => {
    search.current?.focus();
    search.current?.select();
  };

  // Results appear while typing (a short pause so a scanner's burst is one query).
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    typing.current = setTimeout(() => setSearched(query), 120);
    return () => clearTimeout(typing.current);
  }, [query]);

  /** Enter or a scan: open the highlighted card, or the first of a fresh search; else "not found". */
  const scans = useRef(0);
  const submit = async (q: string) => {
    if (!q) return;
    clearTimeout(typing.current);
    if (found && found.query === q && found.cards.length > 0) {
      setOpen(found.cards[selected] ?? found.cards[0]!);
      return;
    }
    setQuery(q);
    setSearched(q);
    // A search while typing never cancels a scan; only a newer scan does. The scan asks the desk
    // afresh through the same query the results show, so its error shows there once.
    const mine = ++scans.current;
    const payload = { query: q };
    const result = await client.fetchQuery({ queryKey: deskKey('checkin.find', payload), queryFn: () => callOrThrow('checkin.find', payload) }).catch(() => null);
    if (mine !== scans.current) return;
    if (!result) return readyForNextScan();
    if (result.cards.length > 0) setOpen(result.cards[0]!);
    else {
      setOpened(null);
      setNotFound({ query: result.query, date: result.date });
      playScanSound('not-found');
    }
    readyForNextScan();
  };

  useScanRouter(search, (code) => {
    setQuery(code);
    void submit(code);
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(null);
        readyForNextScan();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const kindLabel = t(`search.kind.${query.trim() ? (found?.kind ?? 'unknown') : 'empty'}`);
  return (
    <Tabs defaultValue="desk" keepMounted={false}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Tabs.List>
          <Tabs.Tab value="desk">{t('title')}</Tabs.Tab>
          <Tabs.Tab value="close">{t('closeWindow.button')}</Tabs.Tab>
        </Tabs.List>
        <Switch
          size="sm"
          label={sound ? t('flow.sound.on') : t('flow.sound.off')}
          aria-label={t('flow.sound.label')}
          checked={sound}
          onChange={(e) => {
            setSound(e.currentTarget.checked);
            setSoundOn(e.currentTarget.checked);
          }}
          data-testid="sound-toggle"
        />
      </Group>
      <Tabs.Panel value="desk">
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="xs">
              <SearchBox
                ref={search}
                value={query}
                onChange={setQuery}
                onSubmit={(q) => void submit(q)}
                onArrow={(d) => found && setHighlight({ query: found.query, index: Math.max(0, Math.min(found.cards.length - 1, selected + d)) })}
                kindLabel={kindLabel}
              />
              <CutoffStrip />
              <ErrorNote error={query.trim() ? results.error : null} />
              {found && found.cards.length === 0 && !notFound && <Alert color="gray">{t('search.noResults', { date: found.date, query: found.query })}</Alert>}
              {found && found.truncated && (
                <Text size="sm" c="dimmed">
                  {t('search.truncated', { count: found.cards.length })}
                </Text>
              )}
              {found && <ResultList cards={found.cards} selected={selected} onOpen={(i) => setOpen(found.cards[i] ?? null)} />}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {notFound ? (
              <ScanVerdict outcome="not-found" headline={t('flow.verdict.not-found')}>
                <Text inherit>{t('flow.verdict.notFoundText', notFound)}</Text>
                <Text inherit size="sm">
                  {t('flow.scanNext')}
                </Text>
              </ScanVerdict>
            ) : open ? (
              <>
                <AdmissionPanel key={opened?.token} card={open} onDone={readyForNextScan} />
                {open.sessionId !== null && <CheckinIncidents key={`incidents-${opened?.token}`} card={open} sessionId={open.sessionId} />}
              </>
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
  );
}
