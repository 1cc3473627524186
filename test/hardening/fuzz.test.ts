// Hardening: every attribute, the `data` property and the editor's child
// <script type="application/json"> of every widget in custom-elements.json, fuzzed with
// fast-check and seeded with XSS payloads, hostile numbers, huge strings and
// prototype-pollution JSON. One element per widget is mounted and mutated on each run.
// Sizes are payloads too (issue 15): lists of 10⁵ items, texts of 10⁷ characters, nesting 10⁶
// deep, and a 10⁶-deep child script, each built once and shared by reference.
// Properties: nothing thrown out of the widget, no payload script ever runs, Object.prototype
// keeps its keys, the widget still shows a drawing or its inline message, never an engine's
// words, and every render settles within RENDER_LIMIT_MS. (The 100 ms of issue 15 is held
// against the built bundle in test/node/hostile-sizes.test.mjs; here, on unminified sources
// on a shared machine, the limit only catches hangs.)
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import { manifestWidgets } from '../conformance/manifest-tags.js';
import { settle } from '../helpers/mount.js';

const widgets = await manifestWidgets();
const RUNS = 300;
const SEED = 0x6ba_2024;
const SENTINEL = '__gbaFuzzPwned';
const PWN = `window.${SENTINEL}=1`;

/** Strings an attacker or a careless editor could paste into an attribute or a data label. */
const PAYLOADS = [
  `<img src=x onerror="${PWN}">`,
  `"><img src=x onerror=${PWN}>`,
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}//`,
  `</script><script>${PWN}</script>`,
  `<svg onload="${PWN}"></svg>`,
  `<svg><script>${PWN}</script></svg>`,
  `<iframe srcdoc="<script>parent.${PWN}</script>"></iframe>`,
  `<a href="javascript:${PWN}">x</a>`,
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
  `<style>@import 'javascript:${PWN}'</style>`,
  'x'.repeat(10_000),
  '漢'.repeat(10_000),
  '\u202e\u0000\ufeff\ud800',
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-1e308',
  '1e308',
  '1e400',
  '0',
  '-0',
  '9007199254740993',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
];

/** Built once: a run sets these by reference, so a case costs the widget's work, not the test's. */
const HUGE_TEXT = JSON.parse(JSON.stringify('漢x'.repeat(5e6))) as string; // flat, as from JSON
const HUGE_LIST = new Array(1e5).fill({ 'zh-Hans': '漢', en: 'x', value: 1, unit: '个', label: { 'zh-Hans': '漢', en: 'x' }, date: '2024' });
let DEEP: unknown = [];
for (let i = 0; i < 1e6; i++) DEEP = [DEEP];
const DEEP_SCRIPT = '['.repeat(1e6) + ']'.repeat(1e6);
// fast-check would print them in full in a failure report (and overflow its stack on DEEP).
Object.defineProperty(HUGE_LIST, fc.toStringMethod, { value: () => '[…10⁵ items]' });
Object.defineProperty(DEEP, fc.toStringMethod, { value: () => '[[…10⁶ deep]]' });
/** A child script with a huge value in it, written once (10 MB of JSON is slow to write 300 times). */
const HUGE_SCRIPT = JSON.stringify({ huge: HUGE_TEXT });
/** JSON for a child script; a value with a huge one in it is the huge or deep script, written once. */
function scriptText(value: unknown, changes: [unknown, unknown][]): string {
  const values = changes.map(([, v]) => v);
  if (values.includes(DEEP)) return DEEP_SCRIPT;
  if (values.includes(HUGE_TEXT) || values.includes(HUGE_LIST)) return HUGE_SCRIPT;
  return JSON.stringify(value) ?? '';
}
const RENDER_LIMIT_MS = 2000;
/** Words of an engine, which a reader must never see. */
const ENGINE_WORDS = /Maximum call stack|Invalid array length|Invalid string length|is not a function|Cannot read properties|is not iterable|RangeError|TypeError/;

const NUMBERS = [NaN, Infinity, -Infinity, -1, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 2 ** 31];

/** Objects whose own keys are `__proto__` / `constructor`, as JSON.parse makes them. */
const POLLUTERS = [
  '{"__proto__": {"gbaPolluted": true}}',
  '{"constructor": {"prototype": {"gbaPolluted": true}}}',
  '{"__proto__": {"gbaPolluted": true}, "items": [], "figures": [], "zones": []}',
  '[{"__proto__": {"gbaPolluted": true}}]',
  '{"a": {"__proto__": {"gbaPolluted": true}}, "constructor": {"prototype": {"gbaPolluted": 1}}}',
].map((text) => () => JSON.parse(text) as unknown);

const payloadString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: payloadString },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...POLLUTERS).map((make) => make()) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(HUGE_TEXT, HUGE_LIST, DEEP) },
);

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<unknown>; requestUpdate(): void };

/** Paths to every leaf of `value` (the widget's own bundled data, whose shape is valid). */
function leafPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  } else out.push(path);
  return out;
}

function withLeaves(base: unknown, changes: [(string | number)[], unknown][]): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  for (const [path, value] of changes) {
    if (path.length === 0) return value;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1]] = value;
  }
  return copy;
}

const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort();

/** Markup that would have come from a payload rather than from the widget's templates. */
function injected(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (/^(script|iframe|img|object|embed|foreignobject|style)$/i.test(node.localName) && !(node.localName === 'style' && node.parentNode === root)) found.push(`<${node.localName}>`);
    for (const attribute of node.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${node.localName}[${attribute.name}]`);
      if (/^(href|xlink:href|src|action|formaction|srcdoc)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value)) found.push(`${node.localName}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
    }
  }
  return found;
}

for (const widget of widgets) {
  const { tagName } = widget;
  const attributes = widget.attributes.map((a) => a.name);

  describe(`hardening: fuzzing <${tagName}>`, () => {
    afterEach(() => fixtureCleanup());

    it(`survives ${RUNS} runs of hostile attributes and data (seed ${SEED})`, async function (this: { timeout(ms: number): void }) {
      this.timeout(120_000); // 300 runs, some of 10 MB; the suite's 20 s default is per test
      const box = document.createElement('div');
      box.style.width = '640px';
      const el = document.createElement(tagName) as Widget;
      box.append(el);
      await fixture(box);
      await settle(el);
      const bundled = (el.constructor as unknown as { spec?: { bundled(): unknown } }).spec?.bundled();
      expect(bundled, `<${tagName}> has no bundled data to mutate`).to.not.equal(undefined);
      const paths = leafPaths(bundled);

      const attributeArb = fc.record(Object.fromEntries(attributes.map((name) => [name, fc.option(payloadString, { nil: undefined, freq: 3 })])), {
        requiredKeys: [],
      });
      const dataArb = fc.oneof(
        { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
        { weight: 2, arbitrary: hostileValue.map((value) => ({ kind: 'whole' as const, value })) },
        {
          weight: 5,
          arbitrary: fc
            .array(fc.tuple(fc.constantFrom(...paths), hostileValue), { minLength: 1, maxLength: 4 })
            .map((changes) => ({ kind: 'leaves' as const, changes })),
        },
        // The editor's channel: a child <script type="application/json">, as JSON or as raw text.
        {
          weight: 2,
          arbitrary: fc.oneof(
            fc.array(fc.tuple(fc.constantFrom(...paths), hostileValue), { maxLength: 4 }).map((changes) => scriptText(withLeaves(bundled, changes), changes)),
            payloadString,
            fc.constant(DEEP_SCRIPT),
          ).map((text) => ({ kind: 'script' as const, text })),
        },
      );

      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const warn = console.warn;
      console.warn = () => {}; // every bad value warns once, by contract; thousands of lines help nobody
      const keys = prototypeKeys();
      try {
        await fc.assert(
          fc.asyncProperty(attributeArb, dataArb, fc.integer({ min: 280, max: 1600 }), async (attrs, data, width) => {
            box.style.width = `${width}px`;
            for (const name of attributes) {
              const value = (attrs as Record<string, string | undefined>)[name];
              if (value === undefined) el.removeAttribute(name);
              else el.setAttribute(name, value);
            }
            el.querySelector(':scope > script')?.remove();
            if (data.kind === 'script') {
              const script = document.createElement('script');
              script.type = 'application/json';
              script.textContent = data.text;
              el.append(script);
              el.data = undefined;
              el.requestUpdate();
            } else el.data = data.kind === 'none' ? undefined : data.kind === 'whole' ? data.value : withLeaves(bundled, data.changes);
            const t0 = performance.now();
            await el.updateComplete;
            const ms = performance.now() - t0;
            await settle(el);
            const root = el.shadowRoot!;
            expect(errors.map(String), 'uncaught errors').to.deep.equal([]);
            expect((window as unknown as Record<string, unknown>)[SENTINEL], 'a payload ran').to.equal(undefined);
            expect(injected(root), 'payload markup in the shadow root').to.deep.equal([]);
            expect(prototypeKeys(), 'Object.prototype changed').to.deep.equal(keys);
            expect(({} as Record<string, unknown>).gbaPolluted, 'Object.prototype polluted').to.equal(undefined);
            const shows = root.querySelector('svg[role="img"]') ?? root.querySelector('[part~="message"]');
            expect(shows, 'neither a drawing nor a message').to.not.equal(null);
            expect(root.querySelector('[part~="message"]')?.textContent ?? '', 'an engine message').to.not.match(ENGINE_WORDS);
            expect(ms, 'ms to render').to.be.below(RENDER_LIMIT_MS);
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true, includeErrorInReport: true },
        );
        // Payloads like <img onerror> would fire a little later, after the failed load.
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect((window as unknown as Record<string, unknown>)[SENTINEL], 'a payload ran').to.equal(undefined);
        expect(errors.map(String), 'uncaught errors').to.deep.equal([]);
      } finally {
        console.warn = warn;
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  });
}
