import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { MarkNavigationController } from '../../src/controllers/mark-navigation-controller.js';
import { SizeController } from '../../src/controllers/size-controller.js';

class ProbeElement extends LitElement {
  size = new SizeController(this, 1);
  locale = new LocaleController(this);
  updates = 0;
  override updated() {
    this.updates++;
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
