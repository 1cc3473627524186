// The graphics desk's measurable rules (GRAPHICS.md), for every widget the manifest documents:
// height on a phone and in a column, and no word or name cut across lines.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/all.js';
import { keptWords } from '../../src/generated/kept-words.js';
import { manifestWidgets } from './manifest-tags.js';
import { mountAt } from '../helpers/mount.js';

const widgets = await manifestWidgets();

/** Height budgets with the table closed (issue 13): [at 640 px, at 320 px]; English may take a quarter more. */
const HEIGHT_BUDGET: Record<string, [number, number]> = { 'plan-timeline': [1400, 2400] };
const DEFAULT_BUDGET: [number, number] = [1000, 1600];

/** The lines a text node's characters fall on, by the top of each character's box. */
function linesOf(node: Text): string[] {
  const lines: string[] = [];
  let top = Number.NaN;
  const text = node.data;
  for (let i = 0; i < text.length; i++) {
    const rect = charRect(node, i);
    if (!rect) continue;
    if (Number.isNaN(top) || Math.abs(rect.top - top) > rect.height / 2) {
      lines.push('');
      top = rect.top;
    }
    lines[lines.length - 1] += text[i];
  }
  return lines;
}

/** The HTML prose of the frame as set on screen: each element's text, line by line. */
function htmlLines(el: HTMLElement): { where: string; lines: string[] }[] {
  const found: { where: string; lines: string[] }[] = [];
  for (const part of el.shadowRoot!.querySelectorAll('[part~="title"], [part~="takeaway"], [part~="notes"], [part~="source"]')) {
    const lines: string[] = [];
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const own = linesOf(node);
      if (!own.length) continue;
      // A text node after a <wbr> continues the line it starts on.
      if (lines.length && own[0] && !isNewLine(node)) lines[lines.length - 1] += own.shift();
      lines.push(...own);
    }
    found.push({ where: part.getAttribute('part')!, lines: lines.filter((l) => l.trim()) });
  }
  return found;
}

/** Whether `node` starts a new line: its first character sits below the last one set before it in the part. */
function isNewLine(node: Text): boolean {
  const walker = document.createTreeWalker(node.parentElement!.closest('[part]')!, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n && n !== node; n = walker.nextNode() as Text | null) if (n.data.length) last = n;
  const first = charRect(node, 0);
  const prior = last && charRect(last, last.data.length - 1);
  return !first || !prior || Math.abs(prior.top - first.top) > first.height / 2;
}

function charRect(node: Text, index: number): DOMRect | undefined {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getClientRects()[0];
}

/** The drawing's wrapped labels: each <text> whose tspans are lines (set one below another). */
function svgLines(el: HTMLElement): { where: string; lines: string[] }[] {
  return [...el.shadowRoot!.querySelectorAll('svg.drawing text')]
    .map((text) => {
      const spans = [...text.querySelectorAll(':scope > tspan')];
      const rows = new Map<number, string>();
      for (const span of spans) {
        const top = Math.round(span.getBoundingClientRect().top);
        rows.set(top, (rows.get(top) ?? '') + span.textContent);
      }
      return { where: `svg text.${text.getAttribute('class') ?? ''}`, lines: [...rows.keys()].sort((a, b) => a - b).map((k) => rows.get(k)!) };
    })
    .filter((t) => t.lines.length > 1);
}

/** Where two lines meet, the names a break there cuts: "银湖" | "湾…" cuts 银湖湾. */
function cutNames(lines: string[]): string[] {
  const cut: string[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const joined = lines[i].trimEnd() + lines[i + 1].trimStart();
    const at = lines[i].trimEnd().length;
    for (const name of keptWords) {
      for (let start = joined.indexOf(name); start >= 0; start = joined.indexOf(name, start + 1)) {
        if (start < at && start + name.length > at) cut.push(`${lines[i]} | ${lines[i + 1]} cuts ${name}`);
      }
    }
  }
  return cut;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Where two lines meet inside one of the segmenter's words: "通行时" | "间" cuts 时间. */
function cutWords(lines: string[]): string[] {
  const cut: string[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const head = lines[i].trimEnd();
    const joined = head + lines[i + 1].trimStart();
    let at = 0;
    for (const { segment } of segmenter.segment(joined)) {
      if (at < head.length && at + segment.length > head.length && /[\u3400-\u9fff\w]{2}/.test(segment)) cut.push(`${lines[i]} | ${lines[i + 1]} cuts ${segment}`);
      at += segment.length;
    }
  }
  return cut;
}

const orphan = (line: string) => /^[\u3400-\u9fff][^\u3400-\u9fff\w]*$/.test(line.trim());

for (const { tagName } of widgets) {
  describe(`graphics: <${tagName}>`, () => {
    afterEach(() => fixtureCleanup());

    for (const width of [640, 320]) {
      for (const lang of ['zh-CN', 'en']) {
        const [wide, narrow] = HEIGHT_BUDGET[tagName] ?? DEFAULT_BUDGET;
        const budget = Math.round((width === 640 ? wide : narrow) * (lang === 'en' ? 1.25 : 1));
        it(`is at most ${budget} px tall at ${width} px in ${lang}, table closed`, async () => {
          const el = await mountAt(tagName, { lang }, width);
          expect(el.getBoundingClientRect().height).to.be.at.most(budget);
        });
      }
      for (const lang of ['zh-CN', 'zh-HK']) {
        it(`cuts no word and no name of the dataset across lines and leaves no character alone at ${width} px in ${lang}`, async () => {
          const el = await mountAt(tagName, { lang }, width);
          const blocks = [...htmlLines(el), ...svgLines(el)];
          expect(blocks.length).to.be.greaterThan(0);
          const cuts = blocks.flatMap((b) => [...cutNames(b.lines), ...cutWords(b.lines)].map((c) => `${b.where}: ${c}`));
          expect(cuts).to.deep.equal([]);
          const orphans = blocks.filter((b) => b.lines.length > 1 && orphan(b.lines.at(-1)!)).map((b) => `${b.where}: ${b.lines.join(' | ')}`);
          expect(orphans).to.deep.equal([]);
        });
      }
    }
  });
}
