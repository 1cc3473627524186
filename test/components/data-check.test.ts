// A widget's check of a reader's data is a module of its own, loaded only when a reader gives
// data (WidgetSpec.check), and so are the words for its problems (src/format/problems.ts),
// fetched with it, not after it: the article's data never needs them, and a check that cannot
// be loaded refuses the data with a message rather than drawing it unchecked.
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { WidgetSpec } from '../../src/components/base/gba-element.js';
import { mountAt, type Widget } from '../helpers/mount.js';

// The test server serves each source file on its own, several hundred of them: the browser's
// record of what was fetched keeps 250 unless told more, so it is told before the widgets load.
const RESOURCES = 5000;
performance.setResourceTimingBufferSize(RESOURCES);
await import('../../src/all.js');

type Spec = WidgetSpec<unknown>;
type WidgetClass = { spec: Spec };

const zone = { name: { 'zh-Hans': '测试区', en: 'Test zone' }, plannedArea: 20 };

/** Gives <zone-card> a spec object of its own (loaded checks are kept per spec) for one test; returns how often its check was loaded. */
function withSpec(make: (spec: Spec) => Spec['check']) {
  const widget = customElements.get('zone-card') as unknown as WidgetClass;
  const original = widget.spec;
  const loads = { count: 0 };
  const check = make(original);
  widget.spec = {
    ...original,
    check: () => {
      loads.count++;
      return check();
    },
  };
  return { loads, restore: () => (widget.spec = original) };
}

const root = (el: Widget) => el.shadowRoot!;

/** The modules of the problems' words this page has fetched (the test server serves each source file on its own). */
function wordsFetched(): string[] {
  const names = performance.getEntriesByType('resource').map((r) => r.name);
  expect(names.length, 'the record of fetched files is full: it may have missed some').to.be.below(RESOURCES);
  expect(names.some((name) => /\/src\/components\/base\/widget-input\.[jt]s/.test(name)), 'the record misses the modules the widgets are made of').to.equal(true);
  return names.filter((name) => /\/src\/(format\/problems|data\/json-position)\.[jt]s/.test(name));
}

/** Resolves once `done()` holds, polling each frame; fails after `ms`. */
async function until(done: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!done()) {
    if (performance.now() > end) throw new Error(`never: ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('the check of a reader’s data', () => {
  afterEach(() => fixtureCleanup());

  // First in this file: the page has not yet been given data, so no words are here yet.
  it('is not loaded for the article’s data, nor the words for its problems; given data, both are fetched at once, the check once', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { loads, restore } = withSpec((spec) => () => held.then(() => spec.check()));
    try {
      const bundled = await mountAt('zone-card', { lang: 'en' }, 640, { drawn: true });
      expect(loads.count, 'loads for the article’s data').to.equal(0);
      expect(wordsFetched(), 'the problems’ words fetched for the article’s data').to.deep.equal([]);
      // The check is held on its way: the words must not wait for it (no second round trip).
      const given = mountAt('zone-card', { lang: 'en' }, 640, { data: zone, drawn: true });
      await until(() => wordsFetched().length > 0, 'the problems’ words fetched while the check is on its way');
      expect(loads.count, 'the check asked for').to.equal(1);
      release();
      expect(root(await given).querySelector('[part~="title"]')!.textContent).to.contain('Test zone');
      (bundled as Widget & { data?: unknown }).data = { ...zone, plannedArea: 30 };
      await bundled.updateComplete;
      expect(root(bundled).querySelector('[part~="title"]')!.textContent).to.contain('30');
      expect(loads.count, 'loads for two widgets given data').to.equal(1);
    } finally {
      release();
      restore();
    }
  });

  it('words the problems of bad data once loaded', async () => {
    const el = await mountAt('zone-card', { lang: 'en' }, 640, { data: { ...zone, plannedArea: 'twenty' } });
    const message = root(el).querySelector('[part~="message"]')!.textContent!;
    expect(message).to.match(/The data is not valid: data\.plannedArea should be a number \(got "twenty"\)/);
    expect(root(el).querySelector('svg.drawing'), 'nothing drawn').to.equal(null);
  });

  it('that cannot be loaded refuses the data with a message, draws nothing and throws nothing', async () => {
    const { restore } = withSpec(() => () => Promise.reject(new Error('offline')));
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const el = await mountAt('zone-card', { lang: 'en' }, 640, { data: zone });
      const message = root(el).querySelector('[role="alert"], [part~="message"]')?.textContent ?? root(el).textContent ?? '';
      expect(message).to.contain('the file that checks it could not be loaded');
      expect(root(el).querySelector('svg.drawing'), 'nothing drawn unchecked').to.equal(null);
      expect((el as Widget & { hasError: boolean }).hasError).to.equal(true);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      restore();
    }
  });
});
