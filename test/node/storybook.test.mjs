// Builds the static Storybook (as `npm run build-storybook` does) and opens every story and
// docs page of storybook-static/index.json in headless Chromium. An entry fails on any console
// error, uncaught exception, failed or outside request, play-function failure, accessibility
// violation reported by @storybook/addon-a11y (parameters.a11y.test is 'error'), or a widget
// without a shadow root holding [part~=figure]. A story tagged `shows-message` must show the
// widget's inline message; any other story must show none and log no widget warning. A new
// widget's stories are covered with no change here. Then it opens the manager (the page a
// designer sees) on stories of every widget: no page error, and the Controls panel shows a
// number field holding the value the widget draws for every number attribute.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectErrors, launchChromium, serve } from '../../scripts/browser-check.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const staticDir = `${root}storybook-static`;
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const TAGS = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
const STORY_TIMEOUT = 20_000;
/** Pages open at once (the machine has two cores); STORY_CHECK_TIMES=1 prints each entry's time. */
const PAGES_AT_ONCE = Number(process.env.STORY_CHECK_PAGES ?? 2);

/** Storybook's channel events a check waits for, recorded from the first moment the preview creates its channel. */
const EVENTS = ['storyFinished', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing', 'unhandledErrorsWhilePlaying', 'docsRendered'];

let server;
let browser;
let index;
let buildSeconds;

before(async () => {
  const started = Date.now();
  const build = spawnSync('npm', ['run', 'build-storybook'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  buildSeconds = (Date.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`npm run build-storybook failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
  server = await serve(staticDir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs `task` over `items`, at most `limit` at a time; results in the items' order. */
async function inParallel(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Opens one entry of the index in its own page and reports what went wrong, if anything. */
async function check(entry, { globals } = {}) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const errors = collectErrors(page);
  const warnings = [];
  page.on('console', (message) => {
    // The widget contract: invalid input shows an inline message and warns once, as "<tag>: …".
    const text = message.text();
    if (message.type() === 'warning' && TAGS.some((tag) => text.startsWith(`<${tag}>:`))) warnings.push(text);
  });
  // Nothing leaves the machine: any request not to our server fails the story.
  await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  await page.addInitScript((names) => {
    const events = [];
    const phases = new Map();
    let channel;
    Object.defineProperty(globalThis, '__gbaEvents', { value: events });
    Object.defineProperty(globalThis, '__gbaPhases', { value: phases });
    Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value) {
        channel = value;
        for (const name of names) value.on(name, (...args) => events.push({ name, args: JSON.parse(JSON.stringify(args ?? [])) }));
        value.on('storyRenderPhaseChanged', ({ storyId, newPhase }) => phases.set(storyId, { phase: newPhase, at: performance.now() }));
      },
    });
  }, EVENTS);
  const opened = Date.now();
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const query = new URLSearchParams({ id: entry.id, viewMode });
  if (globals) query.set('globals', globals);
  const problems = [];
  try {
    await page.goto(`${server.url}/iframe.html?${query}`, { waitUntil: 'load' });
    // A story is done when Storybook says it finished (after the play function and the a11y
    // check). A docs page is done when it rendered and every story on it reached an end phase;
    // docsRendered alone comes before the inline stories have rendered.
    await page.waitForFunction(
      ({ docs, id }) => {
        const events = globalThis.__gbaEvents ?? [];
        if (events.some((e) => ['storyMissing', 'storyErrored', 'storyThrewException'].includes(e.name))) return true;
        if (!docs) return events.some((e) => e.name === 'storyFinished' && e.args[0]?.storyId === id);
        const phases = [...(globalThis.__gbaPhases?.values() ?? [])];
        const settled = phases.every((p) => ['finished', 'errored', 'aborted'].includes(p.phase));
        const quiet = phases.every((p) => performance.now() - p.at > 100);
        return events.some((e) => e.name === 'docsRendered') && settled && quiet;
      },
      { docs: viewMode === 'docs', id: entry.id },
      { timeout: STORY_TIMEOUT, polling: 50 },
    );
    const events = await page.evaluate(() => globalThis.__gbaEvents);
    for (const event of events) {
      if (event.name === 'storyFinished') {
        const { status, reporters = [] } = event.args[0] ?? {};
        if (status !== 'success') problems.push(`story finished with status ${status}`);
        for (const report of reporters.filter((r) => r.status === 'failed')) {
          const violations = report.result?.violations?.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
          problems.push(`${report.type} report failed: ${violations?.join('; ') ?? JSON.stringify(report.result)}`);
        }
      } else if (event.name !== 'docsRendered') {
        problems.push(`${event.name}: ${JSON.stringify(event.args).slice(0, 600)}`);
      }
    }
    const container = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
    const widgets = await page.evaluate(
      async ({ container, tags }) => {
        const found = [...document.querySelectorAll(`${container} *`)].filter((el) => tags.includes(el.localName));
        await Promise.all(found.map((el) => el.updateComplete));
        return found.map((el) => ({
          tag: el.localName,
          figure: Boolean(el.shadowRoot?.querySelector('[part~="figure"]')),
          lang: el.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null,
          theme: el.getAttribute('theme'),
          message: el.shadowRoot?.querySelector('[part~="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
          text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        }));
      },
      { container, tags: TAGS },
    );
    const blank = widgets.filter((w) => !w.figure).map((w) => `<${w.tag}>`);
    if (blank.length) problems.push(`no shadow root with [part~=figure] in ${blank.join(', ')}`);
    if (viewMode === 'story' && widgets.length === 0) problems.push(`the story renders none of ${TAGS.map((t) => `<${t}>`).join(', ')}`);
    if (viewMode === 'story') {
      const messages = widgets.filter((w) => w.message !== null);
      if (entry.tags?.includes('shows-message')) {
        if (messages.length === 0) problems.push('tagged shows-message, but no widget shows its inline message');
      } else {
        problems.push(...messages.map((w) => `<${w.tag}> shows an inline message the story does not expect (tag it shows-message if it should): ${w.message}`));
        problems.push(...warnings.map((w) => `unexpected widget warning: ${w}`));
      }
    }
    if (viewMode === 'docs' && entry.tags?.includes('autodocs') && widgets.length === 0) problems.push('the docs page shows no widget');
    if (process.env.STORY_CHECK_TIMES) console.log(`# ${entry.id}: ${Date.now() - opened} ms`);
    return { problems: [...problems, ...errors], widgets };
  } catch (error) {
    return { problems: [...problems, ...errors, String(error)], widgets: [] };
  } finally {
    await page.close();
  }
}

test('the static Storybook lists the Embed page, and a docs page and stories for every widget', async (t) => {
  const entries = Object.values(index.entries);
  t.diagnostic(`storybook build: ${buildSeconds.toFixed(1)} s, ${entries.length} entries`);
  assert.ok(entries.some((e) => e.type === 'docs' && e.title === 'Embed'), 'the Embed docs page is missing');
  assert.ok(entries.some((e) => e.type === 'story'), 'no story at all');
  for (const tag of TAGS) {
    const own = entries.filter((e) => e.title === `Widgets/${tag}`);
    const stories = own.filter((e) => e.type === 'story').length;
    // Every widget of the manifest has its story file: a new widget's is part of adding it.
    await t.test(`<${tag}> has a docs page and its stories`, () => {
      assert.ok(own.length > 0, `<${tag}> has no stories: add stories/${tag}.stories.ts (see stories/key-figure.stories.ts)`);
      assert.ok(own.some((e) => e.type === 'docs'), `<${tag}> has no docs page`);
      assert.ok(stories >= 5, `<${tag}> has ${stories} stories; the default, its variants, the interactive one, custom data, broken data and themed make more`);
    });
  }
});

test('the stories and the Storybook config type-check (a story’s data has its widget’s shape)', () => {
  const result = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', '.storybook/tsconfig.json'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});

test('every story and docs page renders in Chromium without an error', async (t) => {
  const started = Date.now();
  const entries = Object.values(index.entries);
  const results = await inParallel(entries, PAGES_AT_ONCE, (entry) => check(entry));
  const failures = entries
    .map((entry, i) => [entry, results[i].problems])
    .filter(([, problems]) => problems.length)
    .map(([entry, problems]) => `${entry.id} (${entry.title} › ${entry.name}):\n    ${problems.join('\n    ')}`);
  t.diagnostic(`${entries.length} entries opened in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length) assert.fail(`${failures.length} of ${entries.length} failed:\n${failures.join('\n')}`);
});

test('the toolbar’s language and theme reach every widget', async () => {
  const firstStories = new Map();
  for (const entry of Object.values(index.entries)) {
    if (entry.type === 'story' && entry.title.startsWith('Widgets/') && !firstStories.has(entry.title)) firstStories.set(entry.title, entry);
  }
  assert.ok(firstStories.size > 0);
  for (const entry of firstStories.values()) {
    const { problems, widgets } = await check(entry, { globals: 'lang:en;theme:dark' });
    assert.deepEqual(problems, [], `${entry.id} with lang=en, theme=dark`);
    for (const w of widgets) {
      assert.equal(w.lang, 'en', `<${w.tag}> in ${entry.id} does not sit under lang="en"`);
      assert.equal(w.theme, 'dark', `<${w.tag}> in ${entry.id} did not get theme="dark"`);
      assert.match(w.text, /Source/, `<${w.tag}> in ${entry.id} is not in English`);
    }
  }
});

/**
 * The manager (index.html, the page a designer sees), opened once and moved from story to story
 * as its sidebar does (history + popstate: no reload), with the errors it logged since it opened.
 */
let manager;
async function managerAt(storyId) {
  if (!manager) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && errors.push(`console.error: ${message.text()}`));
    // A request the preview drops itself when the story changes (axe, fetched lazily) is no failure.
    page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
    await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    await page.goto(`${server.url}/index.html?path=/story/${storyId}`, { waitUntil: 'load' });
    manager = { page, errors };
  } else {
    await manager.page.evaluate((id) => {
      history.pushState({}, '', `?path=/story/${id}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, storyId);
  }
  const { page } = manager;
  const tag = index.entries[storyId].title.replace('Widgets/', '');
  // Drawn: the preview shows this story's widget, and the Controls panel is this story's.
  await page.waitForFunction(
    (tag) => document.querySelector('#storybook-preview-iframe')?.contentDocument?.querySelector(`#storybook-root ${tag}`)?.shadowRoot?.querySelector('[part~="figure"]'),
    tag,
    { timeout: 120_000, polling: 100 },
  );
  await page.waitForSelector('#control-theme', { state: 'attached', timeout: 30_000 });
  return manager;
}

after(async () => {
  // (The browser may be closed already: the first `after` closes it.)
  await manager?.page.close().catch(() => {});
});

const firstStoryOf = (tag) => Object.values(index.entries).find((e) => e.type === 'story' && e.title === `Widgets/${tag}`);
const numberAttributes = (tag) =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tag)
    .attributes.filter((a) => /^number( \| undefined)?$/.test(a.type?.text ?? ''));

test('in the manager, every number attribute has a number control showing the value the widget draws', async () => {
  const numbers = numberAttributes('gdp-path');
  assert.deepEqual(numbers.map((a) => a.name).sort(), ['base-value', 'base-year', 'growth', 'target', 'years']);
  const { page, errors } = await managerAt(firstStoryOf('gdp-path').id);
  const controls = await page.evaluate(
    (names) =>
      Object.fromEntries(
        names.map((name) => {
          const input = document.getElementById(`control-${name}`);
          return [name, input ? { tag: input.localName, type: input.type, value: input.value } : null];
        }),
      ),
    numbers.map((a) => a.name),
  );
  for (const { name } of numbers) {
    assert.deepEqual(controls[name] && [controls[name].tag, controls[name].type], ['input', 'number'], `${name}: ${JSON.stringify(controls[name])} (a "Set object" button is no number control)`);
    assert.notEqual(controls[name].value, '', `${name}'s control is empty: it should show what the widget draws`);
  }
  const value = (name) => Number(controls[name].value);
  // What the default story draws: the base year and value labelled on the path's first point…
  const drawn = await page.evaluate(() => document.querySelector('#storybook-preview-iframe').contentDocument.querySelector('gdp-path').shadowRoot.querySelector('svg').textContent);
  assert.ok(drawn.includes(`${value('base-year')}年`), `the drawing does not label ${value('base-year')}年`);
  assert.ok(drawn.includes(String(value('base-value'))), `the drawing does not show ${value('base-value')}`);
  // …and, with no growth given, the rate that doubles GDP in \`years\` (the plan).
  const doubling = 100 * (2 ** (1 / value('years')) - 1);
  assert.ok(Math.abs(value('growth') - doubling) < 0.01, `growth control ${value('growth')} vs the doubling rate ${doubling.toFixed(3)}`);
  // A property with an attribute has no control of its own: the attribute's is the one.
  assert.equal(await page.$('#control-baseYear, #set-baseYear'), null, 'baseYear has a second control beside base-year');

  // A story's own value is what its control shows.
  const growth7 = Object.values(index.entries).find((e) => e.type === 'story' && e.title === 'Widgets/gdp-path' && e.name.includes('7%'));
  assert.ok(growth7, 'the 7% story is missing');
  await managerAt(growth7.id);
  await page.waitForFunction(() => document.getElementById('control-growth')?.value === '7', null, { timeout: 10_000 }).catch(() => {});
  assert.equal(await page.inputValue('#control-growth'), '7');
  assert.deepEqual(errors, []);
});

test('the manager opens a story of every widget with no page error, every select showing a value', async () => {
  const failures = [];
  for (const tag of TAGS) {
    try {
      const { page } = await managerAt(firstStoryOf(tag).id);
      const blank = await page.$$eval('#storybook-panel-root select', (selects) =>
        selects.filter((s) => s.selectedIndex < 0 || /choose option/i.test(s.selectedOptions[0]?.textContent ?? '')).map((s) => s.id),
      );
      if (blank.length) failures.push(`<${tag}>: selects with no value: ${blank.join(', ')}`);
    } catch (error) {
      failures.push(`<${tag}>: ${error.message.split('\n')[0]}`);
    }
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(manager.errors, []);
});
