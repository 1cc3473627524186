// A widget computes its view (reads and checks its data, lays it out) when an input changes —
// data, a child script, an attribute, the language, the width — and not when the reader only
// looks: a hover, an arrow key, the data table opening. Counted on every widget of
// custom-elements.json, both ways: no work for looking, work for each input that changes.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/all.js';
import type { WidgetSpec } from '../../src/components/base/gba-element.js';
import { checkReady } from '../../src/components/base/widget-input.js';
import { manifestWidgets } from '../conformance/manifest-tags.js';
import { openTable } from './open-table.js';
import { drawnAt } from '../helpers/mount.js';

const widgets = await manifestWidgets();

type Widget = HTMLElement & {
  data: unknown;
  lang: string;
  hasError: boolean;
  updateComplete: Promise<unknown>;
  layout: (...args: unknown[]) => unknown;
};

const root = (el: Widget) => el.shadowRoot!;
const status = (el: Widget) => root(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';

/** Counts the element's layouts and its class's data checks from now on; `stop` puts the spec back. */
async function countWork(el: Widget) {
  const widget = el.constructor as unknown as { spec: WidgetSpec<unknown> };
  const spec = widget.spec;
  const counts = { layouts: 0, checks: 0 };
  const layout = el.layout;
  el.layout = function (this: Widget, ...args: unknown[]) {
    counts.layouts++;
    return layout.apply(this, args);
  };
  // A spec object of its own: loaded checks are kept per spec, so this one's is the counting one.
  widget.spec = {
    ...spec,
    check: () =>
      spec.check().then((check) => (input, problems) => {
        counts.checks++;
        check(input, problems);
      }),
  };
  await checkReady(widget.spec, { script: 'zh-Hans' });
  return { counts, stop: () => (widget.spec = spec) };
}

async function mount(tagName: string, width: number, setup: (el: Widget) => void = () => {}): Promise<{ el: Widget; box: HTMLDivElement }> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tagName) as Widget;
  setup(el);
  box.append(el);
  await drawnAt(el, width, { drawn: true });
  return { el, box };
}

describe('a widget computes its view only when an input changes', () => {
  afterEach(() => fixtureCleanup());

  for (const { tagName } of widgets) {
    it(`<${tagName}>: no layout and no check while the reader steps through every mark and opens the table; one for lang, one for width`, async () => {
      // Drawn once on its own first: a widget that fetches its bundled data (key-figure, one
      // article section) has it in by then, so that spec.bundled() below is the article's.
      await mount(tagName, 640);
      // The article's data handed back as a reader's `data`, so that its check runs too.
      const { el, box } = await mount(tagName, 640, (el) => {
        el.data = structuredClone((el.constructor as unknown as { spec: WidgetSpec<unknown> }).spec.bundled());
      });
      expect(el.hasError, `<${tagName}> draws its own data given as data`).to.equal(false);
      const marks = new Set([...root(el).querySelectorAll('[data-mark]')].map((m) => m.getAttribute('data-mark'))).size;
      expect(marks, 'marks to step through').to.be.greaterThan(0);
      const drawing = root(el).querySelector<SVGSVGElement>('svg.drawing')!;
      const { counts, stop } = await countWork(el);
      try {
        drawing.focus();
        await el.updateComplete;
        const seen = [status(el)];
        for (let i = 1; i < marks; i++) {
          drawing.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
          await el.updateComplete;
          seen.push(status(el));
        }
        expect(seen.filter((label) => label !== ''), 'every step shows its mark').to.have.length(marks);
        for (const mark of root(el).querySelectorAll('[data-mark]')) {
          mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
          await el.updateComplete;
        }
        drawing.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await el.updateComplete;
        expect(status(el), 'Escape closed the tip').to.equal('');
        await openTable(el);
        expect(root(el).querySelectorAll('table tbody tr').length, 'the table opened').to.be.greaterThan(0);
        expect(counts, 'work done for looking').to.deep.equal({ layouts: 0, checks: 0 });

        el.lang = 'en';
        await el.updateComplete;
        expect(root(el).querySelector('figure')!.getAttribute('lang')).to.equal('en');
        expect(counts, 'after lang="en"').to.deep.equal({ layouts: 1, checks: 1 });

        box.style.width = '400px';
        await drawnAt(el, 400, { drawn: true });
        expect(counts.layouts, 'after the container narrowed').to.equal(2);
      } finally {
        stop();
      }
    });
  }

  it('a child script edited after the first drawing is read again, without a call from the page', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ value: 12, unit: '项', label: { 'zh-Hans': '甲', en: 'A' }, date: '2024' });
    const { el } = await mount('key-figure', 640, (el) => el.append(script));
    expect(root(el).textContent).to.contain('12');
    const { counts, stop } = await countWork(el);
    try {
      script.textContent = JSON.stringify({ value: 345, unit: '项', label: { 'zh-Hans': '乙', en: 'B' }, date: '2024' });
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(root(el).textContent).to.contain('345');
      expect(counts).to.deep.equal({ layouts: 1, checks: 1 });
    } finally {
      stop();
    }
  });

  it('<gdp-path interactive>: the slider sets growth, and the usual update draws it once', async () => {
    const { el } = await mount('gdp-path', 640, (el) => el.setAttribute('interactive', ''));
    const slider = root(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    const { counts, stop } = await countWork(el);
    try {
      const heard: unknown[] = [];
      el.addEventListener('gba-scenario-change', (event) => heard.push((event as CustomEvent).detail));
      slider.value = '12';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect((el as Widget & { growth?: number }).growth).to.equal(12);
      expect(root(el).querySelector('[part~="scenario"]')!.textContent).to.match(/12\.0%/);
      expect(heard).to.have.length(1);
      expect(counts.layouts).to.equal(1);
    } finally {
      stop();
    }
  });
});
