import { Group, Progress, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../shared/exchange/import-contract';
import { useDeskQuery } from '../ipc/query';

const POLL_MS = 250;

/**
 * Runs an import call under a fresh job id and asks the desk how far it has got every quarter
 * second (a polled query) until the call returns; the import itself runs in the main process (file
 * reading in a worker thread), so the answers keep coming while it works.
 */
export function useImportJob() {
  const [jobId, setJobId] = useState<string | null>(null);
  const polled = useDeskQuery('exchange.importProgress', { jobId: jobId ?? '' }, { enabled: jobId !== null, refetchInterval: POLL_MS });
  const run = useCallback(async <T,>(call: (jobId: string) => Promise<T>): Promise<T> => {
    const id = crypto.randomUUID();
    setJobId(id);
    try {
      return await call(id);
    } finally {
      setJobId(null);
    }
  }, []);
  const progress: ImportProgress | null = jobId !== null ? (polled.data ?? null) : null;
  return { progress, run };
}

/** The import's phase in words, its count, and a bar of the whole job's percentage. */
export function ImportProgressBar({ label, progress }: { label: string; progress: ImportProgress | null }) {
  const { t } = useTranslation('data');
  const percent = progress?.percent ?? 0;
  return (
    <Stack gap={4} data-testid="import-progress" maw={560}>
      <Text size="sm">{label}</Text>
      <Progress value={progress ? Math.max(2, percent) : 100} striped animated={!progress} aria-label={label} aria-valuenow={percent} data-testid="import-progress-bar" />
      {progress && (
        <Group justify="space-between">
          <Text size="xs" c="dimmed" data-testid="import-phase">
            {t(`import.phase.${progress.phase}`, { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}
          </Text>
          <Text size="xs" fw={600} data-testid="import-percent">
            {percent}%
          </Text>
        </Group>
      )}
      {progress?.phase === 'writing' && (
        <Text size="xs" c="dimmed">
          {t('import.waitOthers')}
        </Text>
      )}
    </Stack>
  );
}
