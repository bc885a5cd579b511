import { describe, expect, it } from 'vitest';
import { parseUrl } from './url-codec';
import { resolveUrlState, type UrlContext } from './resolve-url-state';

const ctx: UrlContext = {
  eventStarts: new Map([['2016-04-02-talish', Date.parse('2016-04-02T00:00:00+04:00')]]),
  span: {
    start: Date.parse('2015-12-01T00:00:00+04:00'),
    end: Date.parse('2016-07-01T00:00:00+04:00'),
  },
  layerIds: ['line-of-contact', 'axes-2016-04'],
  isActor: (name) => name === 'Harlem Désir',
  stories: [
    {
      id: 'road-to-vienna',
      title: 'The road to Vienna',
      steps: [
        { event: '2016-04-02-talish', caption: 'One.' },
        { time: '2016-04-05T12:00:00+04:00', caption: 'Two.' },
      ],
    },
  ],
};
const resolve = (search: string) => {
  const { state, problems } = parseUrl(search);
  return resolveUrlState(state, problems, ctx);
};

describe('resolveUrlState', () => {
  it('keeps a fully valid link as it is, with no notice', () => {
    const { link, notices } = resolve(
      '?event=2016-04-02-talish&t=2016-04-02T03:00Z&layers=axes-2016-04&map=8/40.3/46.7&actor=Harlem%20D%C3%A9sir&q=shelling',
    );
    expect(notices).toEqual([]);
    expect(link).toEqual({
      eventId: '2016-04-02-talish',
      time: Date.parse('2016-04-02T03:00Z'),
      layers: ['axes-2016-04'],
      map: { zoom: 8, lat: 40.3, lon: 46.7 },
      actor: 'Harlem Désir',
      query: 'shelling',
    });
  });

  it('drops an unknown event with a notice and keeps the rest', () => {
    const { link, notices } = resolve('?event=2016-04-31-nothing&t=2016-04-02T03:00Z');
    expect(link).toEqual({ time: Date.parse('2016-04-02T03:00Z') });
    expect(notices).toEqual([expect.stringContaining('no event “2016-04-31-nothing”')]);
  });

  it('drops a time outside the story and says what is shown instead', () => {
    const { link, notices } = resolve('?event=2016-04-02-talish&t=2020-09-27T05:00Z');
    expect(link).toEqual({ eventId: '2016-04-02-talish' });
    expect(notices[0]).toMatch(/outside the story.*showing the event’s start/);
  });

  it('keeps the known layers of a list and names the unknown ones', () => {
    const { link, notices } = resolve('?layers=axes-2016-04,roads');
    expect(link.layers).toEqual(['axes-2016-04']);
    expect(notices).toEqual(['Unknown layers ignored: roads.']);
    expect(resolve('?layers=roads').notices).toContain('Showing the default layers.');
  });

  it('turns malformed values into notices', () => {
    const { link, notices } = resolve('?t=tomorrow&map=1/2&event=x');
    expect(link).toEqual({});
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/^Ignored event=“x”/);
  });

  it('reads a story step (1-based) as the story and the step index', () => {
    const { link, notices } = resolve('?story=road-to-vienna&step=2&t=2016-04-02T03:00Z');
    expect(notices).toEqual([]);
    expect(link.story).toEqual({ id: 'road-to-vienna', index: 1 });
    expect(resolve('?story=road-to-vienna').link.story).toEqual({ id: 'road-to-vienna', index: 0 });
  });

  it('drops an unknown story with a notice and keeps the rest', () => {
    const { link, notices } = resolve('?story=no-such-story&step=2&event=2016-04-02-talish');
    expect(link).toEqual({ eventId: '2016-04-02-talish' });
    expect(notices).toEqual([expect.stringContaining('no story “no-such-story”')]);
  });

  it('shows the first step for a step out of range, and says so', () => {
    const { link, notices } = resolve('?story=road-to-vienna&step=9');
    expect(link.story).toEqual({ id: 'road-to-vienna', index: 0 });
    expect(notices).toEqual([expect.stringMatching(/has 2 steps, not 9; showing step 1/)]);
  });

  it('ignores a step without a story, and writes its notices in the reader’s language', () => {
    expect(resolve('?step=3').notices).toEqual([expect.stringContaining('no story was given')]);
    const { state, problems } = parseUrl('?story=nothing');
    expect(resolveUrlState(state, problems, ctx, 'ru').notices).toEqual([
      expect.stringContaining('нет сюжета «nothing»'),
    ]);
  });
});
