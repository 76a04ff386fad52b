import { Badge, Card, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Figure, Verdict } from '../../../shared/rules/verdict';

const colour = { allowed: 'green', refused: 'red', 'needs-override': 'yellow' } as const;

function figureText(f: Figure): string {
  switch (f.kind) {
    case 'instant':
      // "2026-12-05T08:30:00+08:00" -> "2026-12-05 08:30" (the zone is named beside it).
      return `${f.local.slice(0, 16).replace('T', ' ')} (${f.zone})`;
    case 'fen':
      return `¥${(f.fen / 100).toFixed(2)}`;
    case 'date':
      return f.date;
    case 'count':
      return String(f.value);
    case 'percent':
      return `${f.value}%`;
    case 'text':
      return f.value;
  }
}

/**
 * One verdict as a proctor reads it aloud: the outcome, the headline, every reason with its rule id,
 * reminders, and the numbers used. Reused by every screen that shows a rule decision.
 */
export function VerdictCard({ verdict, title }: { verdict: Verdict; title?: string }) {
  const { t } = useTranslation('policy');
  const tr = (key: string, params: Record<string, string | number>) => t(key, { ns: 'rules', ...params });
  return (
    <Card withBorder padding="md" data-testid={`verdict-${verdict.decision}`} data-outcome={verdict.outcome}>
      <Group justify="space-between" mb="xs">
        <Text fw={700}>{title ?? t(`decision.${verdict.decision}`, { defaultValue: verdict.decision })}</Text>
        <Badge color={colour[verdict.outcome]} size="lg" variant="filled">
          {t(`outcome.${verdict.outcome}`)}
        </Badge>
      </Group>
      <Text size="lg" mb="xs" data-testid="verdict-message">
        {tr(verdict.messageKey, verdict.params)}
      </Text>
      {verdict.overridable && (
        <Text size="sm" c="orange.8" mb="xs">
          {t('overridable')}
        </Text>
      )}
      <Text size="sm" fw={600}>
        {t('rules')}
      </Text>
      <List size="sm" mb="xs">
        {verdict.reasons.map((r, i) => (
          <List.Item key={i}>
            <Badge variant="light" size="sm" mr={6}>
              {r.ruleId}
            </Badge>
            {tr(r.key, r.params)}
          </List.Item>
        ))}
      </List>
      {verdict.reminders.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('reminders')}
          </Text>
          <List size="sm" mb="xs">
            {verdict.reminders.map((r, i) => (
              <List.Item key={i}>
                <Badge variant="outline" size="sm" mr={6}>
                  {r.ruleId}
                </Badge>
                {tr(r.key, r.params)}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {Object.keys(verdict.numbers).length > 0 && (
        <Table withRowBorders={false} fz="xs" verticalSpacing={2} aria-label={t('numbers')}>
          <Table.Tbody>
            {Object.entries(verdict.numbers).map(([name, f]) => (
              <Table.Tr key={name}>
                <Table.Td c="dimmed" w={160}>
                  {t(name, { ns: 'ruleFigures', defaultValue: name })}
                </Table.Td>
                <Table.Td>{figureText(f)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
