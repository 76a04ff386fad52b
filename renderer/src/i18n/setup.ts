import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '../../../shared/i18n/messages';
import { namespaces, resourcesFor } from '../../../shared/i18n/resources';

const LANG_KEY = 'exam-desk.lang';

export function storedLanguage(): Language {
  const v = localStorage.getItem(LANG_KEY);
  return (languages as readonly string[]).includes(v ?? '') ? (v as Language) : 'zh-CN';
}

export function setLanguage(lang: Language): void {
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}

export function initI18n(): typeof i18next {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    resources: { 'zh-CN': resourcesFor('zh-CN'), en: resourcesFor('en') },
    ns: Object.keys(namespaces),
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
