import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../ipc/query';
import { DayInput } from '../forms/DayInput';

export type Part = 'theory' | 'lab' | 'interview';

/** Date, session and part: what every scores tab works on. */
export function SessionPicker({
  date,
  onDate,
  sessionId,
  onSession,
  part,
  onPart,
}: {
  date: string | null;
  onDate(d: string): void;
  sessionId: number | null;
  onSession(id: number | null): void;
  part?: Part;
  onPart?(p: Part): void;
}) {
  const { t } = useTranslation('scores');
  const day = useDeskQuery('today.overview', date ? { date } : {});
  return (
    <Group align="flex-end">
      <DayInput label={t('pick.date')} value={date ?? day.data?.date ?? ''} onChange={onDate} />
      <Select
        label={t('pick.session')}
        w={460}
        comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
        data-testid="scores-session"
        value={sessionId ? String(sessionId) : null}
        onChange={(v) => onSession(v ? Number(v) : null)}
        data={(day.data?.sessions ?? []).map((s) => ({ value: String(s.id), label: `${s.startLocal.slice(11)} ${s.roomName} · ${s.subjects.join(', ')}` }))}
      />
      {part && onPart && (
        <Select
          label={t('pick.part')}
          w={160}
          value={part}
          allowDeselect={false}
          onChange={(v) => v && onPart(v as Part)}
          data={(['theory', 'lab', 'interview'] as const).map((p) => ({ value: p, label: t(`part.${p}`) }))}
        />
      )}
    </Group>
  );
}
