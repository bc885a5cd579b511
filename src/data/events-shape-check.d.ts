declare module 'virtual:events-shape-check' {
  /**
   * True when the value has the shape of an events file. Generated from the schema at build time
   * (scripts/events-shape-check.ts). Fills in defaults and drops unknown keys in place, as zod does
   * in its copy.
   */
  const checkEventsShape: (value: unknown) => boolean;
  export default checkEventsShape;
}
