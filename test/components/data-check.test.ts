// A widget's check of a reader's data is a module of its own, loaded only when a reader gives
// data (WidgetSpec.check): the article's data never needs it, and a check that cannot be
// loaded refuses the data with a message rather than drawing it unchecked.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/all.js';
import type { WidgetSpec } from '../../src/components/base/gba-element.js';
import { mountAt, type Widget } from '../helpers/mount.js';

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

describe('the check of a reader’s data', () => {
  afterEach(() => fixtureCleanup());

  it('is not loaded for the article’s data, and is loaded once when data is given', async () => {
    const { loads, restore } = withSpec((spec) => spec.check);
    try {
      const bundled = await mountAt('zone-card', { lang: 'en' }, 640, { drawn: true });
      expect(loads.count, 'loads for the article’s data').to.equal(0);
      const given = await mountAt('zone-card', { lang: 'en' }, 640, { data: zone, drawn: true });
      expect(root(given).querySelector('[part~="title"]')!.textContent).to.contain('Test zone');
      (bundled as Widget & { data?: unknown }).data = { ...zone, plannedArea: 30 };
      await bundled.updateComplete;
      expect(root(bundled).querySelector('[part~="title"]')!.textContent).to.contain('30');
      expect(loads.count, 'loads for two widgets given data').to.equal(1);
    } finally {
      restore();
    }
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
