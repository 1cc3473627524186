import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { MarkNavigationController } from '../../src/controllers/mark-navigation-controller.js';
import { SizeController } from '../../src/controllers/size-controller.js';

class ProbeElement extends LitElement {
  size = new SizeController(this, 1);
  locale = new LocaleController(this);
  updates = 0;
  /** The width each update drew at. */
  widths: number[] = [];
  override updated() {
    this.updates++;
    this.widths.push(this.size.width);
  }
}
customElements.define('probe-element', ProbeElement);

describe('SizeController', () => {
  it('follows the container’s width, not the window’s', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 333px"><probe-element style="display:block"></probe-element></div>`);
    const probe = wrap.querySelector('probe-element') as ProbeElement;
    await waitUntil(() => probe.size.width === 333, 'width never reached 333');
    wrap.style.width = '512px';
    await waitUntil(() => probe.size.width === 512, 'width never followed the container');
  });
});

describe('SizeController before the first render', () => {
  it('draws the first frame at the container’s width (content box), not at the fallback', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 333.6px"><probe-element style="display:block; padding: 0 7px; border: 2px solid"></probe-element></div>`,
    );
    const probe = wrap.querySelector('probe-element') as ProbeElement;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // 333.6 − 2 × 7 padding − 2 × 2 border, floored as the ResizeObserver floors it: no second render.
    expect(probe.widths).to.deep.equal([315]);
  });

  it('keeps a server’s ssr-width for the first render, so hydration draws what the server drew', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 333px"><probe-element ssr-width="500" style="display:block"></probe-element></div>`);
    const probe = wrap.querySelector('probe-element') as ProbeElement;
    await waitUntil(() => probe.widths.includes(333), 'never followed the container');
    expect(probe.widths[0]).to.equal(500);
  });
});

describe('SizeController on a resize', () => {
  const frames = (n: number) => new Promise<void>((resolve) => {
    const tick = () => (--n <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });

  /** A probe two viewports below the fold, measured once at 333 px and told by its IntersectionObserver that it is far. */
  async function farProbe(): Promise<{ wrap: HTMLDivElement; probe: ProbeElement }> {
    const page = await fixture<HTMLDivElement>(
      html`<div><div style="height: ${innerHeight * 3}px"></div><div class="wrap" style="width: 333px"><probe-element style="display:block"></probe-element></div></div>`,
    );
    const wrap = page.querySelector<HTMLDivElement>('.wrap')!;
    const probe = wrap.querySelector('probe-element') as ProbeElement;
    await waitUntil(() => probe.size.width === 333, 'width never reached 333');
    await frames(3);
    return { wrap, probe };
  }

  it('does not re-render an offscreen host on resize, and does when it is scrolled near', async () => {
    const { wrap, probe } = await farProbe();
    const before = probe.updates;
    wrap.style.width = '512px';
    await waitUntil(() => probe.size.width === 512, 'width never followed the container');
    await frames(4);
    expect(probe.updates, 'an offscreen host re-rendered on resize').to.equal(before);
    wrap.scrollIntoView();
    await waitUntil(() => probe.updates > before, 'no re-render once scrolled into view');
    scrollTo(0, 0);
  });

  it('re-renders an onscreen host on resize', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 333px"><probe-element style="display:block"></probe-element></div>`);
    const probe = wrap.querySelector('probe-element') as ProbeElement;
    await waitUntil(() => probe.size.width === 333, 'width never reached 333');
    await frames(3);
    const before = probe.updates;
    wrap.style.width = '512px';
    await waitUntil(() => probe.updates > before, 'an onscreen host did not re-render on resize');
  });

  it('re-lays out an onscreen host within the window’s resize event, not a frame later', async () => {
    const initial = { width: innerWidth, height: innerHeight };
    await setViewport({ width: 800, height: 600 });
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 50vw"><probe-element style="display:block"></probe-element></div>`);
      const probe = wrap.querySelector('probe-element') as ProbeElement;
      await waitUntil(() => probe.size.width === 400, 'width never reached 400');
      await frames(3);
      const before = probe.updates;
      // Registered after the widgets' own listener, so it runs after their updates of this event.
      const seen = new Promise((resolve) => addEventListener('resize', () => resolve({ width: probe.size.width, updates: probe.updates }), { once: true }));
      await setViewport({ width: 600, height: 600 });
      expect(await seen).to.deep.equal({ width: 300, updates: before + 1 });
    } finally {
      await setViewport(initial);
    }
  });

  it('never lays out a host inside a CSS transform at its scaled width', async () => {
    const initial = { width: innerWidth, height: innerHeight };
    await setViewport({ width: 800, height: 600 });
    try {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 50vw; transform: scale(0.5); transform-origin: 0 0"><probe-element style="display:block"></probe-element></div>`,
      );
      const probe = wrap.querySelector('probe-element') as ProbeElement;
      await waitUntil(() => probe.size.width === 400, 'width never reached 400');
      await frames(3);
      const widths: number[] = [];
      const record = () => widths.push(probe.size.width);
      probe.addController({ hostUpdated: record });
      await setViewport({ width: 600, height: 600 });
      await waitUntil(() => widths.includes(300), `never laid out at 300 px (drew ${widths.join(', ')})`);
      // 150 px is what getBoundingClientRect says of a 300 px box scaled by one half.
      expect(widths).to.deep.equal([300]);
    } finally {
      await setViewport(initial);
    }
  });

  it('lays out an offscreen host when the page is printed', async () => {
    const { wrap, probe } = await farProbe();
    const before = probe.updates;
    wrap.style.width = '400px';
    await waitUntil(() => probe.size.width === 400, 'width never followed the container');
    await frames(2);
    expect(probe.updates).to.equal(before);
    dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => probe.updates > before, 'no re-render when printing starts');
  });

  it('lays out an offscreen host resized while the page is in print media', async () => {
    const { wrap, probe } = await farProbe();
    await emulateMedia({ media: 'print' });
    try {
      const before = probe.updates;
      wrap.style.width = '420px';
      await waitUntil(() => probe.updates > before, 'an offscreen host was not laid out for print');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('LocaleController', () => {
  it('takes the element’s lang, then the nearest ancestor’s, then the document’s', async () => {
    document.documentElement.lang = 'en';
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="zh-HK"><probe-element></probe-element></div>`);
      const probe = wrap.querySelector('probe-element') as ProbeElement;
      expect(probe.locale.resolve().locale.script).to.equal('zh-Hant');
      probe.setAttribute('lang', 'zh-CN');
      expect(probe.locale.resolve().locale.script).to.equal('zh-Hans');
      probe.removeAttribute('lang');
      wrap.removeAttribute('lang');
      expect(probe.locale.resolve().locale.script).to.equal('en');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('reports an unsupported own lang but not an inherited one', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"><probe-element lang="xx-nonsense"></probe-element></div>`);
    const probe = wrap.querySelector('probe-element') as ProbeElement;
    expect(probe.locale.resolve().unsupported).to.equal('xx-nonsense');
    probe.removeAttribute('lang');
    expect(probe.locale.resolve()).to.deep.equal({ locale: { script: 'zh-Hans', tag: 'zh-CN' } });
  });

  it('re-renders when the page switches its language', async () => {
    const probe = await fixture<ProbeElement>(html`<probe-element></probe-element>`);
    const before = probe.updates;
    document.documentElement.lang = 'en';
    await waitUntil(() => probe.updates > before, 'no update after <html lang> changed');
    document.documentElement.lang = '';
  });
});

describe('MarkNavigationController', () => {
  it('steps, wraps, jumps and closes like a roving tab stop', () => {
    const nav = new MarkNavigationController({ addController() {}, requestUpdate() {} } as never);
    nav.setCount(3);
    expect(nav.handleKey('ArrowRight')).to.equal(true);
    expect(nav.active).to.equal(0);
    nav.handleKey('ArrowLeft');
    expect(nav.active).to.equal(2);
    nav.handleKey('ArrowRight');
    expect(nav.active).to.equal(0);
    nav.handleKey('End');
    expect(nav.active).to.equal(2);
    nav.handleKey('Escape');
    expect(nav.active).to.equal(-1);
    expect(nav.handleKey('a')).to.equal(false);
  });
});
