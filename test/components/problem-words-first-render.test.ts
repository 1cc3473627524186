// The words for a reader's bad data are fetched on demand (src/format/problems.ts, with the
// check: checkReady): a widget given data waits for them before its first render, so no reader
// sees a message without its words. Alone in its file: this page has not loaded them before.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import type { WidgetSpec } from '../../src/components/base/gba-element.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };

/** Connects `el` in a box and resolves to the message text of its first render that drew a figure ('' for none). */
function firstRender(el: Widget): Promise<string> {
  const box = document.createElement('div');
  box.style.width = '640px';
  box.append(el);
  document.body.append(box);
  const root = el.shadowRoot!;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector('figure')) return;
      observer.disconnect();
      resolve(root.querySelector('[part~="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

function widget(lang: string, json?: string): Widget {
  const el = document.createElement('zone-card') as Widget;
  el.setAttribute('lang', lang);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  return el;
}

describe('a widget given bad data, on a page that has not yet loaded the words for problems', () => {
  after(() => document.querySelectorAll('zone-card').forEach((el) => el.parentElement!.remove()));

  it('says in its first render where a child script’s JSON breaks, and what is wrong with the data property', async () => {
    // The check already here, so it is in before the words: the first render must wait for them too.
    const zoneCard = customElements.get('zone-card') as unknown as { spec: WidgetSpec<unknown> };
    const original = zoneCard.spec;
    const check = await original.check();
    zoneCard.spec = { ...original, check: () => Promise.resolve(check) };
    try {
      const broken = widget('en', '{"name":\n  7,, "plannedArea": 20}');
      const brokenZh = widget('zh-CN', '{"name":\n  7,, "plannedArea": 20}');
      const bad = widget('en');
      bad.data = { name: { 'zh-Hans': '测试区', en: 'Test zone' }, plannedArea: 'twenty' };
      const [en, zh, data] = await Promise.all([firstRender(broken), firstRender(brokenZh), firstRender(bad)]);
      expect(en).to.match(/Could not read the data in <script type="application\/json">: it is not valid JSON at line 2, column \d+\./);
      expect(zh).to.match(/不是有效的 JSON（第2行第\d+列）。/);
      expect(data).to.match(/The data is not valid: data\.plannedArea should be a number \(got "twenty"\)\./);
    } finally {
      zoneCard.spec = original;
    }
  });
});
