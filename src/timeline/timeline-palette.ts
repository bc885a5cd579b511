import type { Theme } from '../theme/theme';

/** The canvas colours of the timeline (the canvas cannot read CSS); they match app.css. */
export interface TimelinePalette {
  axisBackground: string;
  majorTick: string;
  minorTick: string;
  majorLabel: string;
  minorLabel: string;
  /** The ring around the selected event's mark. */
  selectedRing: string;
  /** A mark whose category has no colour. */
  unknownMark: string;
}

export const TIMELINE_PALETTES: Record<Theme, TimelinePalette> = {
  light: {
    axisBackground: '#f6f7f9',
    majorTick: '#9aa5b1',
    minorTick: '#e4e7eb',
    majorLabel: '#1f2933',
    minorLabel: '#52606d',
    selectedRing: '#1f2933',
    unknownMark: '#52606d',
  },
  dark: {
    axisBackground: '#1f2328',
    majorTick: '#6b7683',
    minorTick: '#2c3239',
    majorLabel: '#e4e7eb',
    minorLabel: '#aab4c0',
    selectedRing: '#f2f4f6',
    unknownMark: '#aab4c0',
  },
};
