import { Badge, Group, Kbd, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One step of the guided sequence: its number, its name and the key that completes it. */
export function StepHead({ n, label, keys, done, testId }: { n: number; label: string; keys?: ReactNode; done?: boolean; testId?: string }) {
  return (
    <Group gap={6} wrap="nowrap" data-testid={testId}>
      <Badge circle size="md" color={done ? 'green' : 'blue'} variant={done ? 'filled' : 'light'}>
        {n}
      </Badge>
      <Text fw={700} size="sm">
        {label}
      </Text>
      {keys && (
        <Text size="xs" c="dimmed" component="span">
          {keys}
        </Text>
      )}
    </Group>
  );
}

/** "⏎ next" as shown beside a step. */
export function KeyHint({ k, text }: { k: string; text: string }) {
  return (
    <>
      <Kbd size="xs">{k}</Kbd> {text}{' '}
    </>
  );
}
