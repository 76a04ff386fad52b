import '@mantine/charts/styles.css';
import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperator } from '../accounts/SignInGate';
import { ResultsPanel } from './ResultsPanel';
import { ScoreGrid } from './ScoreGrid';
import { SessionPicker, type Part } from '../app/SessionPicker';
import { CertificatesPanel } from './CertificatesPanel';
import { ScoreImportPanel } from './ScoreImportPanel';
import { StatsPanel } from './StatsPanel';

/** After the exam: double entry, results and certificates, statistics. */
export function ScoresScreen() {
  const { t } = useTranslation('scores');
  const { operator } = useOperator();
  const [date, setDate] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [part, setPart] = useState<Part>('theory');
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <SessionPicker date={date} onDate={setDate} sessionId={sessionId} onSession={setSessionId} part={part} onPart={setPart} />
      <Tabs defaultValue="entry" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="entry">{t('tabs.entry')}</Tabs.Tab>
          <Tabs.Tab value="results">{t('tabs.results')}</Tabs.Tab>
          <Tabs.Tab value="stats">{t('tabs.stats')}</Tabs.Tab>
          <Tabs.Tab value="certificates" data-testid="tab-certificates">
            {t('tabs.certificates')}
          </Tabs.Tab>
          {operator?.role === 'manager' && (
            <Tabs.Tab value="import" data-testid="tab-score-import">
              {t('tabs.import')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="entry">
          {sessionId ? (
            <ScoreGrid key={`${sessionId}-${part}`} sessionId={sessionId} part={part} />
          ) : (
            <Alert color="blue" variant="light" data-testid="scores-empty">
              {t('pick.empty')}
            </Alert>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="results">
          {sessionId ? (
            <ResultsPanel key={`${sessionId}-${part}`} sessionId={sessionId} part={part} />
          ) : (
            <Alert color="blue" variant="light" data-testid="scores-empty">
              {t('pick.empty')}
            </Alert>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <StatsPanel sessionId={sessionId} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates">
          <CertificatesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="import">
          <ScoreImportPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
