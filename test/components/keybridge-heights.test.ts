import { expect, html } from '@open-wc/testing';
import '../../src/components/bridge-models/bridge-models.js';
import '../../src/components/key-figure/key-figure.js';
import { mountIn } from '../helpers/mount.js';

/** The widget laid out at `width` (its ResizeObserver answered), data table closed. */
async function heightAt(width: number, template: ReturnType<typeof html>): Promise<number> {
  return (await mountIn(width, template)).getBoundingClientRect().height;
}

// GRAPHICS.md point 3: ≤ 1,000 px at 640, ≤ 1,600 px at 320; English may take a quarter more.
const BUDGET: Record<number, number> = { 320: 1600, 640: 1000 };

describe('height budget of <key-figure> and <bridge-models>', () => {
  for (const width of [320, 640]) {
    for (const lang of ['zh-CN', 'en']) {
      const budget = BUDGET[width] * (lang === 'en' ? 1.25 : 1);
      it(`<bridge-models> at ${width} px in ${lang} stays within ${budget} px`, async () => {
        expect(await heightAt(width, html`<bridge-models lang=${lang}></bridge-models>`)).to.be.at.most(budget);
      });
      it(`<key-figure>, alone and compared, at ${width} px in ${lang} stays within ${budget} px`, async () => {
        // A single number is a card, not a page: far under the shared budget.
        expect(await heightAt(width, html`<key-figure lang=${lang}></key-figure>`)).to.be.at.most(Math.min(budget, 480));
        expect(await heightAt(width, html`<key-figure lang=${lang} figure="jianghai-hightech-firms-2021" compare="jianghai-hightech-firms-2023"></key-figure>`)).to.be.at.most(budget);
      });
    }
  }
});
