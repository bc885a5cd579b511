// Generates, at build time, a check of an events file's shape from the zod schema: zod converts
// the schema to JSON Schema and Ajv compiles that to plain JavaScript (no eval at run time, so it
// runs under the app's CSP). At 100k events it takes a fraction of zod's time. What JSON Schema
// cannot say (URL rules, cross-field rules) is checked beside it in src/data/events-precheck.ts.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import type { Plugin } from 'vite';
import { z } from 'zod';
import { eventsSchema } from '../src/data/schema';

const MODULE_ID = 'virtual:events-shape-check';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The check's source: an ES module whose default export returns true when the shape is right. */
export function eventsShapeCheckSource(): string {
  // 'input': fields with defaults are optional, as in the files.
  const jsonSchema = z.toJSONSchema(eventsSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'throw',
  });
  const ajv = new Ajv({
    code: { source: true, esm: true },
    // Like zod: unknown keys are dropped, defaults filled in, lengths counted in code points,
    // patterns without the u flag. Formats are left to the patterns zod also emits.
    removeAdditional: 'all',
    useDefaults: true,
    unicodeRegExp: false,
    validateFormats: false,
    // The first problem is enough: zod runs for the messages.
    allErrors: false,
    messages: false,
    // Coordinates are [lon, lat] and any further numbers, a tuple with a rest.
    strictTuples: false,
    logger: false,
  });
  // Ajv's standalone code requires its runtime helpers the CommonJS way: here, as an import.
  const source = standaloneCode(ajv, ajv.compile(jsonSchema)).replaceAll(
    UCS2LENGTH_REQUIRE,
    'ucs2length',
  );
  if (source.includes('require(')) {
    throw new Error('The events shape check needs an Ajv runtime helper that is not imported');
  }
  return `import ucs2length from 'ajv/dist/runtime/ucs2length';\n${source}`;
}

const UCS2LENGTH_REQUIRE = 'require("ajv/dist/runtime/ucs2length").default';

export function eventsShapeCheck(): Plugin {
  return {
    name: 'line-of-contact-events-shape-check',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? eventsShapeCheckSource() : undefined),
  };
}
