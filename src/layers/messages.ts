import { defineMessages } from '../i18n/define-messages';

export const messages = defineMessages({
  en: {
    legend: 'Legend',
    events: 'Events',
    eventCategories: 'Event categories',
    ageNote:
      'Larger: the last {hours} hours before the time shown. Fainter: more than {days} days before it.',
    layers: 'Layers',
    heldArea: 'Area held by Armenian forces, 1994–2020',
    otherDisputed: 'Other breakaway or disputed area',
    border: 'International border',
    capital: 'Capital',
    venue: 'Venue of the diplomacy',
    aboutLayer: 'About the {layer}',
  },
  ru: {
    legend: 'Условные обозначения',
    events: 'События',
    eventCategories: 'Категории событий',
    ageNote:
      'Крупнее — последние {hours} ч до показанного времени. Бледнее — более чем за {days} дн. до него.',
    layers: 'Слои',
    heldArea: 'Территория под контролем армянских сил, 1994–2020',
    otherDisputed: 'Другая непризнанная или спорная территория',
    border: 'Государственная граница',
    capital: 'Столица',
    venue: 'Место переговоров',
    aboutLayer: 'О слое «{layer}»',
  },
  hy: {
    legend: 'Պայմանական նշաններ',
    events: 'Իրադարձություններ',
    eventCategories: 'Իրադարձությունների կատեգորիաներ',
    ageNote:
      'Ավելի մեծ՝ ցուցադրված պահից առաջ վերջին {hours} ժամը։ Ավելի գունատ՝ դրանից {days} օրից ավելի առաջ։',
    layers: 'Շերտեր',
    heldArea: 'Հայկական ուժերի վերահսկողության տակ գտնվող տարածք, 1994–2020',
    otherDisputed: 'Այլ չճանաչված կամ վիճելի տարածք',
    border: 'Միջազգային սահման',
    capital: 'Մայրաքաղաք',
    venue: 'Բանակցությունների վայր',
    aboutLayer: '«{layer}» շերտի մասին',
  },
  az: {
    legend: 'Şərti işarələr',
    events: 'Hadisələr',
    eventCategories: 'Hadisə kateqoriyaları',
    ageNote:
      'Daha böyük: göstərilən vaxtdan əvvəlki son {hours} saat. Daha solğun: ondan {days} gündən çox əvvəl.',
    layers: 'Laylar',
    heldArea: 'Erməni qüvvələrinin nəzarətində olan ərazi, 1994–2020',
    otherDisputed: 'Digər tanınmamış və ya mübahisəli ərazi',
    border: 'Beynəlxalq sərhəd',
    capital: 'Paytaxt',
    venue: 'Danışıqların keçirildiyi yer',
    aboutLayer: '“{layer}” layı haqqında',
  },
});
