// Kept apart from the schema so that code loaded with the first paint (the URL codec) does not
// pull in the validator and zod, which load with the data.

/** The event categories every dataset uses, in display order. */
export const CATEGORIES = [
  'hostility',
  'ceasefire',
  'diplomacy',
  'statement',
  'call',
  'humanitarian',
] as const;
