import { aTimeout, expect, fixtureCleanup } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/all.js';
import { openTable } from '../components/open-table.js';
import { drawnAt, mountAt, settle } from '../helpers/mount.js';
import { manifestWidgets } from './manifest-tags.js';

declare const axe: typeof import('axe-core');

const widgets = await manifestWidgets();
const NONSENSE = '§nonsense§';

const mount = (tag: string, attributes: Record<string, string> = {}, width = 640) => mountAt(tag, attributes, width);

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const message = (el: Element) => el.shadowRoot!.querySelector('[part~="message"]');

/** Collects uncaught errors while `body` runs. */
async function withoutUncaughtErrors(body: () => Promise<void>): Promise<void> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    await aTimeout(10);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  expect(errors, String(errors)).to.deep.equal([]);
}

it('the manifest documents at least one widget', () => {
  expect(widgets.length).to.be.greaterThan(0);
});

for (const widget of widgets) {
  const { tagName } = widget;
  describe(`conformance: <${tagName}>`, () => {
    afterEach(() => fixtureCleanup());

    it('is registered by the all.js entry', () => {
      expect(customElements.get(tagName), tagName).to.not.equal(undefined);
    });

    it('renders different text in zh-CN, zh-HK and en', async () => {
      const texts = [];
      for (const lang of ['zh-CN', 'zh-HK', 'en']) texts.push(text(await mount(tagName, { lang })));
      expect(new Set(texts).size).to.equal(3);
      expect(texts[2]).to.match(/[A-Za-z]{3,}/);
      expect(texts[0]).to.contain('来源');
      expect(texts[1]).to.contain('來源');
      expect(texts[2]).to.contain('Source');
    });

    for (const lang of ['zh-CN', 'en']) {
      for (const theme of ['light', 'dark']) {
        it(`passes axe (WCAG 2.0/2.1/2.2 A and AA) in ${lang}, ${theme}, table closed and open`, async () => {
          const el = await mount(tagName, { lang, theme });
          // Contrast is judged on the finished drawing, not a frame of its fade-in.
          for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
          const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } } as const;
          let results = await axe.run(el, options);
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).to.deep.equal([]);
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
          await settle(el);
          // The table fades in too: judged when it is in, not halfway (a slow machine is still mid-fade).
          for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
          results = await axe.run(el, options);
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).to.deep.equal([]);
        });
      }
    }

    it('gives native controls the colour scheme of its theme, not the page’s', async () => {
      document.documentElement.style.colorScheme = 'dark';
      try {
        for (const theme of ['light', 'dark'] as const) {
          const el = await mount(tagName, { theme });
          const figure = el.shadowRoot!.querySelector('figure')!;
          expect(getComputedStyle(figure).colorScheme, theme).to.equal(theme);
        }
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });

    it('draws an SVG with role img and an accessible name, one tab stop', async () => {
      const el = await mount(tagName);
      const drawings = el.shadowRoot!.querySelectorAll('svg[role="img"]');
      expect(drawings.length).to.be.at.least(1);
      for (const drawing of drawings) expect(drawing.getAttribute('aria-label')?.trim()).to.not.equal('');
      const tabStops = el.shadowRoot!.querySelectorAll('svg[tabindex="0"]');
      expect(tabStops.length).to.equal(1);
    });

    it('has a data table holding every number the drawing marks', async () => {
      const el = await mount(tagName);
      const table = (await openTable(el)).querySelector('table');
      expect(table).to.not.equal(null);
      const drawn = [...el.shadowRoot!.querySelectorAll('svg [data-value]')].map((n) => Number(n.getAttribute('data-value')));
      expect(drawn.length, 'no mark carries data-value').to.be.greaterThan(0);
      const tabled = new Set([...table!.querySelectorAll('[data-value]')].map((n) => Number(n.getAttribute('data-value'))));
      for (const value of drawn) expect(tabled.has(value), `${value} is drawn but not in the table`).to.equal(true);
    });

    for (const attribute of widget.attributes) {
      if (attribute.type?.text === 'boolean') continue;
      it(`shows an inline message for a nonsense ${attribute.name}, and throws nothing`, async () => {
        await withoutUncaughtErrors(async () => {
          const el = await mount(tagName, { [attribute.name]: NONSENSE });
          expect(message(el), `no message for ${attribute.name}`).to.not.equal(null);
          expect(message(el)!.textContent).to.contain(NONSENSE);
          expect(el.shadowRoot!.querySelector('[part~="source"]')).to.not.equal(null);
        });
      });
    }

    for (const [name, data] of Object.entries({ string: 'nonsense', number: 42, 'wrong object': { nonsense: true }, array: [1, 2, 3] })) {
      it(`shows an inline message for malformed data (${name}), and throws nothing`, async () => {
        await withoutUncaughtErrors(async () => {
          const el = await mount(tagName);
          (el as HTMLElement & { data: unknown }).data = data;
          await settle(el);
          expect(message(el), `no message for data = ${JSON.stringify(data)}`).to.not.equal(null);
          expect(text(el).length).to.be.greaterThan(20);
        });
      });
    }

    it('makes no network request while rendering', async () => {
      const before = performance.getEntriesByType('resource').length;
      await mount(tagName, { lang: 'en' });
      await aTimeout(50);
      const after = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
      expect(after).to.deep.equal([]);
    });

    // Every width the contract names the ends of (280 and 1600 px) and the phone width (320 px),
    // in Chinese and in English, whose labels are the longest.
    for (const [width, lang] of [280, 320, 1600].flatMap((w) => (['zh-CN', 'en'] as const).map((l) => [w, l] as const))) {
      it(`fits a ${width} px container in ${lang} with nothing sticking out`, async () => {
        const el = await mount(tagName, { lang }, width);
        await drawnAt(el, width, { drawn: true });
        const box = el.parentElement!.getBoundingClientRect();
        expect(el.getBoundingClientRect().width).to.be.at.most(width + 0.5);
        // A pixel of slack: Chromium's box of an SVG text holds its ink, and a J, T or Y set at
        // x = 0 reaches under a pixel left of its origin (rounded out to one).
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const rect = node.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          expect(rect.right, `${node.tagName}.${node.getAttribute('class')} “${node.textContent?.slice(0, 30)}”`).to.be.at.most(box.right + 1);
          expect(rect.left, `${node.tagName}.${node.getAttribute('class')} “${node.textContent?.slice(0, 30)}”`).to.be.at.least(box.left - 1);
        }
      });
    }
  });
}

describe('two copies on one page', () => {
  it('loading the CDN bundle after the npm entries throws nothing and warns at most once', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await withoutUncaughtErrors(async () => {
        await import(/* @vite-ignore */ `/dist/gba-widgets.min.js?copy=${Date.now()}`);
        await import(/* @vite-ignore */ `/dist/gba-widgets.min.js?copy=again-${Date.now()}`);
      });
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.be.at.most(1);
  });
});
