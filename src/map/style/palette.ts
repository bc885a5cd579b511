// Colours of the map, in one place so that the legend and the style agree.
export const palette = {
  water: '#d6e4ef',
  land: '#f3f0e8',
  landOutline: '#c9c2b4',
  border: '#8c8373',
  river: '#9fbfd8',
  lakeOutline: '#9fbfd8',
  karabakhArea: '#d8b98f',
  karabakhAreaOutline: '#a57f4f',
  otherDisputedOutline: '#9a8f7d',
  townText: '#5a5448',
  countryText: '#7d7466',
  capital: '#1f2933',
  venue: '#5b3f8f',
  labelHalo: '#ffffff',
} as const;
