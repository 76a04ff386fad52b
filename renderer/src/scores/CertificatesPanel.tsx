import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskQuery } from '../ipc/query';

/** RES-4: a candidate asks about their certificates: each one, when it was released and until when it is valid. */
export function CertificatesPanel() {
  const { t } = useTranslation('scores');
  const [query, setQuery] = useState('');
  // The search asked last: read when the operator asks, not on every key.
  const [asked, setAsked] = useState<string | null>(null);
  const certificates = useDeskQuery('scores.certificates', { query: asked ?? '' }, { enabled: asked !== null });
  const rows = asked !== null ? (certificates.data ?? null) : null;
  const search = () => {
    const q = query.trim();
    if (!q) return;
    if (q === asked) void certificates.refetch();
    else setAsked(q);
  };
  return (
    <>
      <Group align="flex-end" mb="sm">
        <TextInput label={t('certificates.query')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && search()} w={320} data-testid="cert-query" />
        <Button onClick={search} loading={certificates.isFetching} data-testid="cert-search">
          {t('certificates.search')}
        </Button>
      </Group>
      <ErrorNote error={certificates.error} />
      {rows && rows.length === 0 && <Text>{t('certificates.none')}</Text>}
      {rows && rows.length > 0 && (
        <Table withTableBorder striped data-testid="cert-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('certificates.candidate')}</Table.Th>
              <Table.Th>{t('certificates.subject')}</Table.Th>
              <Table.Th>{t('certificates.released')}</Table.Th>
              <Table.Th>{t('certificates.validUntil')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  {c.candidateName}{' '}
                  <Text span c="dimmed" size="sm">
                    {c.documentMasked}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {c.subjectName} ({c.subjectCode})
                </Table.Td>
                <Table.Td>{c.releasedAt.slice(0, 10)}</Table.Td>
                <Table.Td>{c.validUntil.slice(0, 10)}</Table.Td>
                <Table.Td>{c.valid ? <Badge color="green">{t('certificates.valid')}</Badge> : <Badge color="gray">{t('certificates.expired')}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
