import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuidedStory } from '../data/schema';
import { validateDataset, type RawDataset } from '../data/validate-dataset';
import { findStory, layersAt, resolveStep, stepIndex, type StoryContext } from './story-steps';

const story: GuidedStory = {
  id: 'test',
  title: 'Test',
  steps: [
    { time: '2016-04-02T00:00:00+04:00', view: 'karabakh', layers: ['a'], caption: 'One.' },
    { event: '2016-04-02-talish', caption: 'Two.' },
    { event: '2016-04-05-moscow-ceasefire', view: 'caucasus', layers: ['a', 'b'], caption: '3' },
    { time: '2016-04-05T12:00:00+04:00', caption: 'Four.' },
  ],
};
const ctx: StoryContext = {
  eventStarts: new Map([
    ['2016-04-02-talish', Date.parse('2016-04-02T00:00:00+04:00')],
    ['2016-04-05-moscow-ceasefire', Date.parse('2016-04-05T12:00:00+04:00')],
  ]),
  defaultView: 'karabakh',
};

describe('resolving a story step into UI changes', () => {
  it('a time step: no selection, the time, its view and layers', () => {
    expect(resolveStep(story, 0, ctx)).toEqual({
      selectedId: null,
      time: Date.parse('2016-04-01T20:00Z'),
      viewId: 'karabakh',
      layers: ['a'],
    });
  });

  it('an event step: the event at its start, the camera to the event, the layers so far', () => {
    expect(resolveStep(story, 1, ctx)).toEqual({
      selectedId: '2016-04-02-talish',
      time: Date.parse('2016-04-02T00:00:00+04:00'),
      viewId: null,
      layers: ['a'],
    });
  });

  it('an event step with a view keeps the view; a time step without one looks at the default view', () => {
    expect(resolveStep(story, 2, ctx).viewId).toBe('caucasus');
    expect(resolveStep(story, 3, ctx)).toMatchObject({ viewId: 'karabakh', layers: ['a', 'b'] });
  });

  it('layers carry over from the last step that set them, else the defaults (null)', () => {
    expect([0, 1, 2, 3].map((i) => layersAt(story, i))).toEqual([
      ['a'],
      ['a'],
      ['a', 'b'],
      ['a', 'b'],
    ]);
    expect(layersAt({ ...story, steps: story.steps.slice(1, 2) }, 0)).toBeNull();
  });

  it('refuses a step that does not exist', () => {
    expect(() => resolveStep(story, 4, ctx)).toThrow(RangeError);
  });

  it('steps within the story and stops at both ends', () => {
    expect(stepIndex(story, 0, -1)).toBeNull();
    expect(stepIndex(story, 0, 1)).toBe(1);
    expect(stepIndex(story, 3, 1)).toBeNull();
    expect(stepIndex(story, 3, -1)).toBe(2);
    expect(findStory([story], 'test')).toBe(story);
    expect(findStory([story], 'nope')).toBeUndefined();
    expect(findStory(undefined, 'test')).toBeUndefined();
  });
});

describe('the stories of the shipped dataset', () => {
  const dir = join(import.meta.dirname, '../../public/data');
  const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const manifest = read('dataset.json') as { layers: { id: string; file: string }[] };
  const raw: RawDataset = {
    manifest,
    events: read('events.geojson'),
    places: read('places.geojson'),
    layers: Object.fromEntries(manifest.layers.map((l) => [l.id, read(l.file)])),
  };
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const { dataset } = result;
  const shipped: StoryContext = {
    eventStarts: new Map(dataset.events.map((e) => [e.id, Date.parse(e.properties.start)])),
    defaultView: dataset.manifest.defaultView,
  };
  const times = (s: GuidedStory) => s.steps.map((_, i) => resolveStep(s, i, shipped).time);
  const get = (id: string) => {
    const s = findStory(dataset.manifest.stories, id);
    if (!s) throw new Error(`no story ${id}`);
    return s;
  };

  it('“Four days in April” walks through 2–5 April in time order', () => {
    const t = times(get('four-days-in-april'));
    expect(t).toEqual([...t].sort((a, b) => a - b));
    for (const ms of t) {
      expect(ms).toBeGreaterThanOrEqual(Date.parse('2016-04-02T00:00:00+04:00'));
      expect(ms).toBeLessThanOrEqual(Date.parse('2016-04-05T23:59:59+04:00'));
    }
  });

  it('“The road to Vienna” goes from Bern through the Moscow ceasefire and Vienna to St Petersburg', () => {
    const s = get('road-to-vienna');
    const t = times(s);
    expect(t).toEqual([...t].sort((a, b) => a - b));
    const events = s.steps.map((step) => step.event);
    expect(events[0]).toBe('2015-12-19-bern-summit');
    expect(events.at(-1)).toBe('2016-06-20-st-petersburg-summit');
    expect(events.indexOf('2016-04-05-moscow-ceasefire')).toBeLessThan(
      events.indexOf('2016-05-16-vienna-summit'),
    );
  });

  it('captions are short: at most two sentences', () => {
    for (const s of dataset.manifest.stories ?? []) {
      for (const step of s.steps) {
        const sentences = step.caption.split(/[.!?](?:\s|$)/).filter((x) => x.trim());
        expect(sentences.length, step.caption).toBeLessThanOrEqual(2);
        expect(step.caption.length, step.caption).toBeLessThanOrEqual(260);
      }
    }
  });
});
