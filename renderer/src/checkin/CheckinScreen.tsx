import { Alert, Grid, Group, Stack, Switch, Tabs, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinCard } from '../../../shared/checkin/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { callOrThrow, deskKey, useDeskQuery } from '../ipc/query';
import { AdmissionPanel, loadIdCheckForm } from './AdmissionPanel';
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
  // A scan's answer seeds this query (below): switching to it right after is not another request.
  const results = useDeskQuery('checkin.find', { query: searched }, { enabled: searched.trim() !== '', keepPrevious: true, staleTime: 1000 });
  const found = query.trim() && searched.trim() ? (results.data ?? null) : null;
  const [notFound, setNotFound] = useState<{ query: string; date: string } | null>(null);
  // The highlighted card, for the results it was chosen in (new results start at the first).
  const [highlight, setHighlight] = useState({ query: '', index: 0 });
  const selected = found && highlight.query === found.query ? highlight.index : 0;
  const [sound, setSound] = useState(soundOn());
  // `scanned`: the scan's answer carried this card's verdict (it is in the cache, asked for just now).
  const [opened, setOpened] = useState<{ card: CheckinCard; token: number; scanned: boolean } | null>(null);
  const openCount = useRef(0);
  // Every open (also a repeated scan of the same code) shows a fresh panel.
  const setOpen = (card: CheckinCard | null, scanned = false) => {
    setNotFound(null);
    setOpened(card ? { card, token: ++openCount.current, scanned } : null);
  };
  const open = opened?.card ?? null;

  // Stable, so the memoized panel is not rendered again for every key typed in the search field.
  const readyForNextScan = useCallback(() => {
    search.current?.focus();
    search.current?.select();
  }, []);
  // The identity form's script loads with the desk, so a verdict never waits for it.
  useEffect(() => void loadIdCheckForm(), []);

  // Results appear while typing (a short pause so a scanner's burst is one query).
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The text of the scan on its way: its answer fills the results, so the pause does not ask again.
  const pendingScan = useRef<string | null>(null);
  useEffect(() => {
    typing.current = setTimeout(() => {
      if (pendingScan.current !== query) setSearched(query);
    }, 120);
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
    // A search while typing never cancels a scan; only a newer scan does. One request answers
    // both the cards and the first card's verdict (checkin.scan); they go into the cache the
    // results and the panel read, so neither asks again before the verdict is painted.
    const mine = ++scans.current;
    pendingScan.current = q;
    const result = await callOrThrow('checkin.scan', { query: q }).catch(() => null);
    if (mine !== scans.current) return;
    pendingScan.current = null;
    if (!result) {
      // The results ask the desk themselves, so the error shows there once.
      setSearched(q);
      return readyForNextScan();
    }
    client.setQueryData(deskKey('checkin.find', { query: q }), result.find);
    if (result.view) client.setQueryData(deskKey('checkin.verdict', { appointmentId: result.view.appointmentId }), result.view);
    setSearched(q);
    const first = result.find.cards[0];
    if (first) setOpen(first, result.view?.appointmentId === first.appointmentId);
    else {
      setOpened(null);
      setNotFound({ query: result.find.query, date: result.find.date });
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
  }, [readyForNextScan]);

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
                <AdmissionPanel key={opened?.token} card={open} scanned={opened?.scanned ?? false} onDone={readyForNextScan} />
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
