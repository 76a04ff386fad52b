import { Group, Kbd, Text, TextInput } from '@mantine/core';
import { forwardRef, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanScannerInput } from '../../../shared/identity/scanner-input';

interface Props {
  value: string;
  onChange(value: string): void;
  /** Enter (a scanner's terminator): open the best match. */
  onSubmit(value: string): void;
  onArrow(direction: 1 | -1): void;
  kindLabel: string;
}

/**
 * The one field of the desk: a USB barcode/QR scanner types into it like a keyboard and ends with
 * Enter; stray control characters are stripped. It takes the focus back whenever a
 * printable key is pressed outside another field.
 */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ value, onChange, onSubmit, onArrow, kindLabel }, ref) {
  const { t } = useTranslation('checkin');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const inField = target?.closest('input, textarea, select, [contenteditable="true"], [role="combobox"]');
      if (inField || e.ctrlKey || e.metaKey || e.altKey) return;
      // Space presses a focused button or switch of the sequence; it is not the start of a search.
      if (e.key === ' ' && target?.closest('button, [role="button"], [role="radio"], [role="switch"]')) return;
      if (e.key.length === 1 || e.key === 'F2') {
        const input = typeof ref === 'object' ? ref?.current : null;
        // Selected, so a scan replaces what the field held instead of being appended (#18.1).
        if (input && document.activeElement !== input) {
          input.focus();
          input.select();
        }
        if (e.key === 'F2') e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ref]);
  return (
    <div>
      <TextInput
        ref={ref}
        size="lg"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        data-testid="checkin-search"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Tab leaves the field for the sequence (#18.2); Enter (a scanner's or a person's) opens.
          if (e.key === 'Enter') {
            e.preventDefault();
            onSubmit(cleanScannerInput(e.currentTarget.value));
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            onArrow(e.key === 'ArrowDown' ? 1 : -1);
          } else if (e.key === 'Escape') onChange('');
        }}
      />
      <Group gap={6} mt={4}>
        <Text size="xs" c="dimmed" data-testid="query-kind">
          {kindLabel}
        </Text>
        <Text size="xs" c="dimmed">
          · <Kbd>Enter</Kbd> / <Kbd>↑</Kbd> <Kbd>↓</Kbd> · <Kbd>F2</Kbd> · <Kbd>Esc</Kbd>
        </Text>
      </Group>
    </div>
  );
});
