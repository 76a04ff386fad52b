import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDay } from '../../../shared/forms/typed-day';

type Props = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** The center's day, 'YYYY-MM-DD'; '' when none is chosen. */
  value?: string;
  onChange(day: string): void;
  'data-testid'?: string;
};

/**
 * A day as the center writes it, YYYY-MM-DD, in both languages (not the browser's mm/dd/yyyy):
 * typed on the keyboard (also 2026/12/05, 2026.12.05, 20261205) or picked from a calendar in the
 * operator's language. The calendar opens on focus and closes as soon as a whole day is typed,
 * on Enter or Escape, and when the field is left, so it never covers the next field.
 */
export function DayInput({ value, onChange, onKeyDown, onFocus, onBlur, onClick, popoverProps, ...rest }: Props) {
  const { t, i18n } = useTranslation('forms');
  const zh = i18n.language === 'zh-CN';
  const [open, setOpen] = useState(false);
  return (
    <DatesProvider settings={{ locale: zh ? 'zh-cn' : 'en', firstDayOfWeek: 1 }}>
      <DateInput
        placeholder={t('day.placeholder')}
        monthLabelFormat={zh ? 'YYYY年M月' : 'MMMM YYYY'}
        {...rest}
        valueFormat="YYYY-MM-DD"
        dateParser={parseTypedDay}
        value={value || null}
        onChange={(day) => {
          setOpen(false);
          onChange(day ?? '');
        }}
        onFocus={(e) => {
          setOpen(true);
          onFocus?.(e);
        }}
        onClick={(e) => {
          setOpen(true);
          onClick?.(e);
        }}
        onBlur={(e) => {
          setOpen(false);
          onBlur?.(e);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'Escape') setOpen(false);
          if (e.key === 'ArrowDown' && e.altKey) setOpen(true);
          onKeyDown?.(e);
        }}
        popoverProps={{ ...popoverProps, opened: open }}
      />
    </DatesProvider>
  );
}
