import { defineMessages } from '../i18n/define-messages';

export const messages = defineMessages({
  en: { theme: 'Colour theme', system: 'System', light: 'Light', dark: 'Dark' },
  ru: { theme: 'Цветовая тема', system: 'Системная', light: 'Светлая', dark: 'Тёмная' },
  hy: { theme: 'Գունային թեմա', system: 'Համակարգային', light: 'Բաց', dark: 'Մուգ' },
  az: { theme: 'Rəng sxemi', system: 'Sistem', light: 'Açıq', dark: 'Tünd' },
});
