import { defineMessages } from './define-messages';

export const messages = defineMessages({
  en: { language: 'Language' },
  ru: { language: 'Язык' },
  hy: { language: 'Լեզու' },
  az: { language: 'Dil' },
});
