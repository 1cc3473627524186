// A widget whose layout throws (a bug, or an input no limit foresaw) shows the reader a
// message in the reader's language, never the engine's words ("Maximum call stack size
// exceeded", "Invalid array length"), and tells the developer the detail in the console
// (issue 15). Every widget of custom-elements.json, in English and Chinese.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/all.js';
import { manifestWidgets } from '../conformance/manifest-tags.js';

const widgets = await manifestWidgets();
const ENGINE = [new RangeError('Maximum call stack size exceeded'), new RangeError('Invalid array length'), new TypeError("Cannot read properties of undefined (reading 'x')")];

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void; layout: (...args: unknown[]) => unknown };

describe('a layout exception reaches the reader in words, not the engine\'s', () => {
  afterEach(() => fixtureCleanup());

  for (const { tagName } of widgets) {
    it(`<${tagName}>`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const warned: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warned.push(args);
      try {
        for (const [lang, words] of [['en', /could not be drawn/], ['zh-CN', /无法根据当前输入绘制/]] as const) {
          for (const error of ENGINE) {
            const el = document.createElement(tagName) as Widget;
            el.setAttribute('lang', lang);
            el.layout = () => {
              throw error;
            };
            box.replaceChildren(el);
            await el.updateComplete;
            const message = el.shadowRoot!.querySelector('[part~="message"]')?.textContent ?? '';
            expect(message, `${lang}: ${error.message}`).to.match(words);
            expect(message).to.not.include(error.message);
            expect(warned.flat(), 'the detail goes to the console').to.include(error);
          }
        }
      } finally {
        console.warn = warn;
      }
    });
  }
});
