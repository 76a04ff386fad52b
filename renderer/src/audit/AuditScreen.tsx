import { Button, Code, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActionKey } from '../../../shared/audit/action-key';
import type { Req } from '../../../shared/ipc/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskQuery } from '../ipc/query';
import { DayInput } from '../forms/DayInput';

/** Managers: who did what to which candidate, with filters by date, action, operator and candidate. */
export function AuditScreen() {
  const { t } = useTranslation('audit');
  const operators = useDeskQuery('accounts.list', {});
  const [draft, setDraft] = useState<{ from: string; to: string; action: string | null; operatorId: string | null; candidate: string }>({ from: '', to: '', action: null, operatorId: null, candidate: '' });
  const [query, setQuery] = useState<Req<'audit.list'>>({});
  const list = useDeskQuery('audit.list', query);
  const actionLabel = (code: string) => t(`auditActions:${auditActionKey(code)}`, { defaultValue: code });
  const search = () => {
    const next: Req<'audit.list'> = {
      ...(draft.from ? { from: draft.from } : {}),
      ...(draft.to ? { to: draft.to } : {}),
      ...(draft.action ? { action: draft.action } : {}),
      ...(draft.operatorId ? { operatorId: Number(draft.operatorId) } : {}),
      ...(draft.candidate.trim() ? { candidate: draft.candidate.trim() } : {}),
    };
    // The same filters again: the newest entries (a new filter is a new query and asks anyway).
    if (JSON.stringify(next) === JSON.stringify(query)) void list.refetch();
    else setQuery(next);
  };
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Text size="sm" c="dimmed">
        {t('hint')}
      </Text>
      <Group align="flex-end">
        <DayInput label={t('from')} clearable value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
        <DayInput label={t('to')} clearable value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
        <Select
          label={t('action')}
          placeholder={t('any')}
          clearable
          searchable
          value={draft.action}
          onChange={(v) => setDraft({ ...draft, action: v })}
          data={(list.data?.actions ?? []).map((a) => ({ value: a, label: actionLabel(a) }))}
          w={230}
          data-testid="audit-action"
        />
        <Select
          label={t('operator')}
          placeholder={t('any')}
          clearable
          value={draft.operatorId}
          onChange={(v) => setDraft({ ...draft, operatorId: v })}
          data={(operators.data ?? []).map((o) => ({ value: String(o.id), label: o.displayName }))}
          w={170}
        />
        <TextInput
          label={t('candidate')}
          value={draft.candidate}
          onChange={(e) => setDraft({ ...draft, candidate: e.currentTarget.value })}
          onKeyDown={(e) => e.key === 'Enter' && search()}
          w={200}
          data-testid="audit-candidate"
        />
        <Button onClick={search} data-testid="audit-search">
          {t('search')}
        </Button>
      </Group>
      <ErrorNote error={list.error ?? operators.error} />
      {list.data && list.data.entries.length === 0 && <Text>{t('empty')}</Text>}
      {list.data && list.data.entries.length > 0 && (
        <Table withTableBorder striped fz="sm" data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>#</Table.Th>
              <Table.Th w={140}>{t('at')}</Table.Th>
              <Table.Th w={110}>{t('operator')}</Table.Th>
              <Table.Th w={200}>{t('action')}</Table.Th>
              <Table.Th w={200}>{t('subject')}</Table.Th>
              <Table.Th>{t('detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.entries.map((e) => (
              <Table.Tr key={e.seq}>
                <Table.Td>{e.seq}</Table.Td>
                <Table.Td>{e.atLocal}</Table.Td>
                <Table.Td>{e.operator ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{actionLabel(e.action)}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {e.action}
                  </Text>
                </Table.Td>
                <Table.Td>{e.candidate ?? (e.subjectType ? `${e.subjectType} ${e.subjectId ?? ''}` : '')}</Table.Td>
                <Table.Td>
                  <Code fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                    {e.detail === '{}' ? '' : e.detail}
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.data?.truncated && <Text size="sm">{t('truncated')}</Text>}
    </Stack>
  );
}
