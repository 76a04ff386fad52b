import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/exchange/import-contract';

/** A changed field in the screen's language ("exam_date/start_time" is one change). */
export function useFieldLabel(): (field: string) => string {
  const { t } = useTranslation('data');
  return (field) => t(`import.fields.${field}`, { defaultValue: field });
}

/**
 * #18.9: the bookings an import would change on today's plan, on a seat, to another person or to
 * another date, with the name and date before and after; nothing is applied until the operator
 * confirms them with the button.
 */
export function ImportConfirmList({ preview, disabled, onConfirm }: { preview: ImportPreview; disabled: boolean; onConfirm(): void }) {
  const { t } = useTranslation('data');
  const label = useFieldLabel();
  const shown = preview.toConfirm.slice(0, 100);
  return (
    <Alert color="orange" title={t('import.confirm.title', { count: preview.toConfirmCount })} data-testid="import-confirm">
      <Text size="sm" mb="xs">
        {t('import.confirm.hint')}
      </Text>
      <Table withTableBorder fz="sm" data-testid="import-confirm-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>{t('import.confirm.line')}</Table.Th>
            <Table.Th>{t('import.confirm.booking')}</Table.Th>
            <Table.Th>{t('import.confirm.why')}</Table.Th>
            <Table.Th>{t('import.confirm.before')}</Table.Th>
            <Table.Th>{t('import.confirm.after')}</Table.Th>
            <Table.Th>{t('import.confirm.changed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((c) => (
            <Table.Tr key={`${c.line}-${c.bookingId}`} data-testid={`confirm-${c.bookingId}`}>
              <Table.Td>{c.line}</Table.Td>
              <Table.Td>{c.bookingId}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.reasons.map((r) => (
                    <Badge key={r} size="sm" variant="light" color={r === 'person' || r === 'date' ? 'red' : 'orange'}>
                      {t(`import.confirm.reasons.${r}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{`${c.before.name} · ${c.before.date} ${c.before.time}`}</Table.Td>
              <Table.Td fw={500}>{`${c.after.name} · ${c.after.date} ${c.after.time}`}</Table.Td>
              <Table.Td>{c.fields.map(label).join(t('import.listSeparator'))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.toConfirmCount > shown.length && (
        <Text size="sm" mt="xs">
          {t('import.confirm.more', { count: preview.toConfirmCount - shown.length })}
        </Text>
      )}
      <Button mt="sm" color="orange" onClick={onConfirm} disabled={disabled} data-testid="import-confirm-apply">
        {t('import.confirm.apply', { count: preview.toConfirmCount })}
      </Button>
    </Alert>
  );
}
