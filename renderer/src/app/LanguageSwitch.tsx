import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/messages';
import { setLanguage } from '../i18n/setup';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(v) => setLanguage(v as Language)}
      data={[
        { value: 'zh-CN', label: t('language.zh') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
