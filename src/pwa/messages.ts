import { defineMessages } from '../i18n/define-messages';

export const messages = defineMessages({
  en: {
    notices: 'App updates',
    updateAvailable: 'A new version is available.',
    reload: 'Reload',
    dismiss: 'Dismiss',
    offlineReady: 'The app now also works offline.',
  },
  ru: {
    notices: 'Обновления приложения',
    updateAvailable: 'Доступна новая версия.',
    reload: 'Перезагрузить',
    dismiss: 'Закрыть',
    offlineReady: 'Теперь приложение работает и без сети.',
  },
  hy: {
    notices: 'Հավելվածի թարմացումներ',
    updateAvailable: 'Հասանելի է նոր տարբերակ։',
    reload: 'Վերաբեռնել',
    dismiss: 'Փակել',
    offlineReady: 'Հավելվածն այժմ աշխատում է նաև առանց ցանցի։',
  },
  az: {
    notices: 'Tətbiq yeniləmələri',
    updateAvailable: 'Yeni versiya mövcuddur.',
    reload: 'Yenidən yüklə',
    dismiss: 'Bağla',
    offlineReady: 'Tətbiq indi şəbəkəsiz də işləyir.',
  },
});
