import { Alert, Button, Checkbox, Group, Loader, Progress, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import type { RosterPreview } from '../../../shared/rosters/contract';
import { DOCUMENT_KINDS, FALLBACK_PACK, type DocumentKind, type PrintLang } from '../../../shared/rosters/documents';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { useCall } from '../ipc/use-call';
import { PagePreview } from './PagePreview';
import { saveBase64File } from '../app/files';
import { DayInput } from '../forms/DayInput';

type Busy = { text: string } | null;

/** Rosters: choose the day and documents, preview the pages, save them as PDF or print them. */
export function RostersScreen() {
  const { t, i18n } = useTranslation('rosters');
  const today = useCall('today.overview', {});
  const printers = useCall('rosters.printers', {});
  const [date, setDate] = useState('');
  const [lang, setLang] = useState<PrintLang>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [docs, setDocs] = useState<DocumentKind[]>(['roster']);
  const [printer, setPrinter] = useState<string | null>(null);
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    if (!date && today.data) setDate(today.data.date);
  }, [today.data, date]);
  useEffect(() => {
    const d = printers.data?.find((p) => p.isDefault) ?? printers.data?.[0];
    if (d && !printer) setPrinter(d.name);
  }, [printers.data, printer]);

  const request = { date, documents: docs, lang };
  const ready = /^\d{4}-\d{2}-\d{2}$/.test(date) && docs.length > 0 && !busy;

  const runPreview = async () => {
    if (!ready) return;
    setBusy({ text: t('building') });
    setDone(null);
    const r = await desk.call('rosters.preview', request);
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setError(null);
    setPreview(r.value);
  };
  const runPdf = async () => {
    if (!ready) return;
    setBusy({ text: t('rendering', { pages: preview?.pages ?? '…' }) });
    const r = await desk.call('rosters.pdf', request);
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setError(null);
    saveBase64File(r.value.fileName, 'application/pdf', r.value.base64);
    setDone(t('saved', { file: r.value.fileName, pages: r.value.pages }));
  };
  const runPrint = async () => {
    if (!ready || !printer) return;
    setBusy({ text: t('printing', { pages: preview?.pages ?? '…' }) });
    const r = await desk.call('rosters.print', { ...request, printer });
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setError(null);
    setDone(t('printed', { pages: r.value.pages, printer }));
  };
  useHotkeys([['mod+Enter', () => void runPreview()]]);

  // A changed choice makes the old preview stale.
  useEffect(() => setPreview(null), [date, lang, docs.join(',')]);

  const toggle = (k: DocumentKind, on: boolean) => setDocs((d) => (on ? DOCUMENT_KINDS.filter((x) => x === k || d.includes(x)) : d.filter((x) => x !== k)));
  const hasPrinters = (printers.data?.length ?? 0) > 0;

  if (today.loading && !today.data) return <Loader />;
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Group align="flex-end">
        <DayInput label={t('date')} value={date} onChange={setDate} data-testid="roster-date" />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('lang')}
          </Text>
          <SegmentedControl value={lang} onChange={(v) => setLang(v as PrintLang)} data={(['zh-CN', 'en'] as const).map((l) => ({ value: l, label: t(`langs.${l}`) }))} />
        </Stack>
      </Group>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={500}>{t('documents')}</Text>
          <Group gap="xs">
            <Button size="xs" variant="light" color="orange" onClick={() => setDocs([...FALLBACK_PACK])} data-testid="roster-pack" title={t('packHint')}>
              {t('pack')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setDocs([...DOCUMENT_KINDS])}>
              {t('all')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setDocs([])}>
              {t('none')}
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6}>
          {DOCUMENT_KINDS.map((k) => (
            <Checkbox key={k} label={t(`kinds.${k}`)} checked={docs.includes(k)} onChange={(e) => toggle(k, e.currentTarget.checked)} data-testid={`roster-doc-${k}`} />
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('masked')}
        </Text>
      </Stack>
      <Group align="flex-end">
        <Button onClick={() => void runPreview()} disabled={!ready} variant="light" data-testid="roster-preview-button">
          {t('preview')}
        </Button>
        <Button onClick={() => void runPdf()} disabled={!ready} data-testid="roster-pdf">
          {t('pdf')}
        </Button>
        {hasPrinters && (
          <>
            <Select label={t('printer')} value={printer} onChange={setPrinter} allowDeselect={false} data={printers.data!.map((p) => ({ value: p.name, label: p.displayName }))} />
            <Button onClick={() => void runPrint()} disabled={!ready || !printer} data-testid="roster-print">
              {t('print')}
            </Button>
          </>
        )}
      </Group>
      {!hasPrinters && printers.data && (
        <Text size="sm" c="dimmed">
          {t('noPrinters')}
        </Text>
      )}
      {docs.length === 0 && <Alert color="yellow">{t('empty')}</Alert>}
      {busy && (
        <Stack gap={4} data-testid="roster-progress">
          <Text size="sm">{busy.text}</Text>
          <Progress value={100} striped animated />
        </Stack>
      )}
      {done && (
        <Alert color="green" data-testid="roster-done">
          {done}
        </Alert>
      )}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
      {preview && (
        <Stack gap="xs">
          <Group gap="lg">
            <Text fw={700} data-testid="roster-pages">
              {t('pages', { count: preview.pages })}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {t('auditHead')}: {preview.auditHead.slice(0, 16)}…
            </Text>
          </Group>
          <Table withTableBorder striped fz="sm" data-testid="roster-parts">
            <Table.Tbody>
              {DOCUMENT_KINDS.filter((k) => preview.parts.some((p) => p.kind === k)).map((k) => {
                const parts = preview.parts.filter((p) => p.kind === k);
                return (
                  <Table.Tr key={k}>
                    <Table.Td>{t(`kinds.${k}`)}</Table.Td>
                    <Table.Td>{parts.flatMap((p) => (p.session ? [p.session] : [])).join('、')}</Table.Td>
                    <Table.Td>{t('partPages', { count: parts.reduce((n, p) => n + p.pages, 0) })}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <PagePreview html={preview.html} />
        </Stack>
      )}
    </Stack>
  );
}
