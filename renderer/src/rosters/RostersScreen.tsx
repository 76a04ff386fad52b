import { Alert, Button, Checkbox, Group, Loader, Progress, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, FALLBACK_PACK, type DocumentKind, type PrintLang } from '../../../shared/rosters/documents';
import { ErrorNote } from '../ipc/ErrorNote';
import { latestOf } from '../ipc/latest';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { PagePreview } from './PagePreview';
import { saveBase64File } from '../app/files';
import { DayInput } from '../forms/DayInput';

/** Rosters: choose the day and documents, preview the pages, save them as PDF or print them. */
export function RostersScreen() {
  const { t, i18n } = useTranslation('rosters');
  const today = useDeskQuery('today.overview', {});
  const printers = useDeskQuery('rosters.printers', {});
  // The day and printer the operator chose; until then the desk's day and the default printer.
  const [pickedDate, setDate] = useState('');
  const date = pickedDate || today.data?.date || '';
  const [lang, setLang] = useState<PrintLang>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [docs, setDocs] = useState<DocumentKind[]>(['roster']);
  const [pickedPrinter, setPrinter] = useState<string | null>(null);
  const printer = pickedPrinter ?? (printers.data?.find((p) => p.isDefault) ?? printers.data?.[0])?.name ?? null;
  const build = useDeskMutation('rosters.preview');
  const pdf = useDeskMutation('rosters.pdf', { onSuccess: (file) => saveBase64File(file.fileName, 'application/pdf', file.base64) });
  const print = useDeskMutation('rosters.print');
  const last = latestOf(build, pdf, print);
  const request = { date, documents: docs, lang };
  // A changed choice makes the old preview stale: it shows only for the choice it was built from.
  const preview = build.data && JSON.stringify(build.variables) === JSON.stringify(request) ? build.data : null;
  const pages = preview?.pages ?? '…';
  const busy = build.isPending ? t('building') : pdf.isPending ? t('rendering', { pages }) : print.isPending ? t('printing', { pages }) : null;
  const done =
    last === pdf && pdf.data ? t('saved', { file: pdf.data.fileName, pages: pdf.data.pages }) : last === print && print.data ? t('printed', { pages: print.data.pages, printer: print.variables?.printer }) : null;
  const ready = /^\d{4}-\d{2}-\d{2}$/.test(date) && docs.length > 0 && !busy;

  const runPreview = () => ready && build.mutate(request);
  const runPdf = () => ready && pdf.mutate(request);
  const runPrint = () => ready && printer && print.mutate({ ...request, printer });
  useHotkeys([['mod+Enter', runPreview]]);

  const toggle = (k: DocumentKind, on: boolean) => setDocs((d) => (on ? DOCUMENT_KINDS.filter((x) => x === k || d.includes(x)) : d.filter((x) => x !== k)));
  const hasPrinters = (printers.data?.length ?? 0) > 0;

  if (today.isPending) return <Loader />;
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
        <Button onClick={runPreview} disabled={!ready} variant="light" data-testid="roster-preview-button">
          {t('preview')}
        </Button>
        <Button onClick={runPdf} disabled={!ready} data-testid="roster-pdf">
          {t('pdf')}
        </Button>
        {hasPrinters && (
          <>
            <Select label={t('printer')} value={printer} onChange={setPrinter} allowDeselect={false} data={printers.data!.map((p) => ({ value: p.name, label: p.displayName }))} />
            <Button onClick={runPrint} disabled={!ready || !printer} data-testid="roster-print">
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
          <Text size="sm">{busy}</Text>
          <Progress value={100} striped animated />
        </Stack>
      )}
      {done && (
        <Alert color="green" data-testid="roster-done">
          {done}
        </Alert>
      )}
      <ErrorNote error={last?.error} />
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
