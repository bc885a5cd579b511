import { DARK_SURFACE } from '../../theme/contrast';
import type { Theme } from '../../theme/theme';

// Colours of the map, in one place so that the legend and the style agree.
export interface MapPalette {
  water: string;
  land: string;
  landOutline: string;
  border: string;
  river: string;
  lakeOutline: string;
  karabakhArea: string;
  karabakhAreaOutline: string;
  otherDisputedOutline: string;
  townText: string;
  countryText: string;
  capital: string;
  venue: string;
  /** Behind labels and around marks: the opposite of the text, so both read on any ground. */
  labelHalo: string;
}

const light: MapPalette = {
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
};

// Dark: a night map with the same structure (land lighter than water), muted basemap lines and
// light labels on dark halos, so that the Line of Contact and the events stay the brightest marks.
const dark: MapPalette = {
  water: '#111b26',
  land: DARK_SURFACE,
  landOutline: '#464a51',
  border: '#9a917f',
  river: '#2c4a63',
  lakeOutline: '#2c4a63',
  karabakhArea: '#7a6140',
  karabakhAreaOutline: '#c79d66',
  otherDisputedOutline: '#8d8474',
  townText: '#c9c3b8',
  countryText: '#a49c8f',
  capital: '#eceae6',
  venue: '#bea7ec',
  labelHalo: '#15181c',
};

export const MAP_PALETTES: Record<Theme, MapPalette> = { light, dark };
