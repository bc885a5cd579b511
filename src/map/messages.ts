import { defineMessages } from '../i18n/define-messages';

export const messages = defineMessages({
  en: {
    mapViews: 'Map views',
    map: 'Map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetBearing: 'Reset bearing to north',
    toggleAttribution: 'Toggle attribution',
    meters: 'm',
    kilometers: 'km',
  },
  ru: {
    mapViews: 'Виды карты',
    map: 'Карта',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    resetBearing: 'Повернуть на север',
    toggleAttribution: 'Показать или скрыть источники',
    meters: 'м',
    kilometers: 'км',
  },
  hy: {
    mapViews: 'Քարտեզի տեսքեր',
    map: 'Քարտեզ',
    zoomIn: 'Մոտեցնել',
    zoomOut: 'Հեռացնել',
    resetBearing: 'Ուղղել դեպի հյուսիս',
    toggleAttribution: 'Ցույց տալ կամ թաքցնել աղբյուրները',
    meters: 'մ',
    kilometers: 'կմ',
  },
  az: {
    mapViews: 'Xəritə görünüşləri',
    map: 'Xəritə',
    zoomIn: 'Yaxınlaşdır',
    zoomOut: 'Uzaqlaşdır',
    resetBearing: 'Şimala çevir',
    toggleAttribution: 'Mənbələri göstər və ya gizlət',
    meters: 'm',
    kilometers: 'km',
  },
});
