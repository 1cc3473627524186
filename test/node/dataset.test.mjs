// The article dataset in data/*.json: its shape, its references, and its faithfulness to the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseLiteral, impliedQualifiers } from './parse-literal.mjs';

const dataDir = new URL('../../data/', import.meta.url);
const readJson = (name) => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
const schema = readJson('dataset.schema.json');
const dataset = Object.fromEntries(
  readdirSync(dataDir)
    .filter((f) => f.endsWith('.json') && f !== 'dataset.schema.json')
    .map((f) => [f.replace(/\.json$/, ''), readJson(f)]),
);
const { article, figures, cities, zones, industries, models, events, organisations, people } = dataset;
const articleUrl = new URL('../../../shared/seed/000_f46cb10acc22a3bf.txt', import.meta.url);

const idsOf = (list) => new Set(list.map((x) => x.id));
const memberships = industries.flatMap((i) => i.memberships.map((m) => ({ ...m, id: `${i.id} ← ${m.group}` })));

test('the combined dataset validates against data/dataset.schema.json', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  const ok = validate(dataset);
  assert.ok(ok, `schema errors:\n${JSON.stringify(validate.errors, null, 2)}`);
});

test('the schema enums match the unions in src/data/types.ts', () => {
  const types = readFileSync(new URL('../../src/data/types.ts', import.meta.url), 'utf8');
  const union = (re) => new Set([...types.match(re)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]));
  const defs = schema.definitions;
  assert.deepEqual(union(/export type Unit =([^;]+);/), new Set(defs.unit.enum));
  assert.deepEqual(union(/export type Qualifier =([^;]+);/), new Set(defs.qualifier.enum));
  assert.deepEqual(union(/export type IndustryStage =([^;]+);/), new Set(defs.stage.enum));
  assert.deepEqual(union(/precision: ([^;]+);/), new Set(defs.precision.enum));
});

test('ids are unique within each collection and every reference resolves', () => {
  const areas = zones.flatMap((z) => [...z.parts, ...z.nested]);
  const collections = { figures, cities, zones, industries, models, events, organisations, people, areas,
    pieces: article.pieces, sections: article.sections };
  for (const [name, list] of Object.entries(collections)) {
    const seen = list.map((x) => x.id).filter((id, i, all) => all.indexOf(id) !== i);
    assert.deepEqual(seen, [], `duplicate ids in ${name}`);
  }
  const sections = idsOf(article.sections);
  const pieces = idsOf(article.pieces);
  const cityIds = idsOf(cities);
  const subjects = new Set([...cityIds, ...idsOf(zones), ...idsOf(organisations)]);
  const groups = subjects;
  const refs = [];
  const expect = (from, id, pool, what) => refs.push([from, id, pool, what]);
  for (const s of article.sections) expect(`section ${s.id}`, s.piece, pieces, 'piece');
  for (const f of figures) {
    expect(`figure ${f.id}`, f.section, sections, 'section');
    for (const s of f.subjects) expect(`figure ${f.id}`, s, subjects, 'subject');
  }
  for (const c of cities) if (c.parent) expect(`city ${c.id}`, c.parent, cityIds, 'parent city');
  const figureIds = idsOf(figures);
  for (const z of zones) {
    expect(`zone ${z.id}`, z.plannedAreaFigure, figureIds, 'planned area figure');
    for (const a of [...z.parts, ...z.nested]) expect(`zone ${z.id}/${a.id}`, a.areaFigure, figureIds, 'area figure');
    for (const c of z.cities) expect(`zone ${z.id}`, c, cityIds, 'city');
    for (const i of z.industries) expect(`zone ${z.id}`, i, idsOf(industries), 'industry');
    for (const m of z.models) expect(`zone ${z.id}`, m, idsOf(models), 'model');
    for (const e of z.events) expect(`zone ${z.id}`, e, idsOf(events), 'event');
  }
  for (const i of industries) {
    for (const m of i.memberships) {
      expect(`industry ${i.id}`, m.group, groups, 'membership group');
      expect(`industry ${i.id}`, m.section, sections, 'section');
    }
    if (i.equivalentTo) expect(`industry ${i.id}`, i.equivalentTo.industry, idsOf(industries), 'equivalent industry');
  }
  for (const m of models) {
    expect(`model ${m.id}`, m.city, cityIds, 'city');
    expect(`model ${m.id}`, m.section, sections, 'section');
  }
  for (const e of events) {
    expect(`event ${e.id}`, e.section, sections, 'section');
    for (const s of e.subjects) expect(`event ${e.id}`, s, subjects, 'subject');
    for (const f of e.figures ?? []) expect(`event ${e.id}`, f, figureIds, 'figure');
  }
  for (const o of organisations) {
    expect(`organisation ${o.id}`, o.section, sections, 'section');
    if (o.city) expect(`organisation ${o.id}`, o.city, cityIds, 'city');
  }
  for (const p of people) {
    expect(`person ${p.id}`, p.section, sections, 'section');
    if (p.organisation) expect(`person ${p.id}`, p.organisation, idsOf(organisations), 'organisation');
  }
  const broken = refs.filter(([, id, pool]) => !pool.has(id)).map(([from, id, , what]) => `${from}: ${what} "${id}"`);
  assert.deepEqual(broken, [], 'unresolved references');
});

test('every quote occurs verbatim in the article text, within one paragraph', (t) => {
  if (!existsSync(articleUrl)) {
    t.skip(`article text not found at ${fileURLToPath(articleUrl)}; quote check skipped`);
    return;
  }
  const text = readFileSync(articleUrl, 'utf8');
  const quoted = [
    ...figures.map((x) => ['figure', x]),
    ...memberships.map((x) => ['membership', x]),
    ...models.map((x) => ['model', x]),
    ...events.map((x) => ['event', x]),
  ];
  const missing = quoted
    .filter(([, x]) => /\n/.test(x.quote) || !text.includes(x.quote))
    .map(([kind, x]) => `${kind} ${x.id}: «${x.quote}»`);
  assert.deepEqual(missing, [], 'quotes not found verbatim in the article');
});

test('every figure literal stands in its own quote and parses to its value', () => {
  const wrong = [];
  for (const f of figures) {
    if (!f.quote.includes(f.literal)) wrong.push(`${f.id}: literal "${f.literal}" not in «${f.quote}»`);
    const parsed = parseLiteral(f.literal);
    if (!(Math.abs(parsed - f.value) < 1e-9)) wrong.push(`${f.id}: "${f.literal}" parses to ${parsed}, value is ${f.value}`);
  }
  assert.deepEqual(wrong, []);
});

test('the literal parser reads Arabic, Chinese and fractional numbers', () => {
  const cases = { '4022.5': 4022.5, '1/6': 1 / 6, 五: 5, 十: 10, 十多: 10, 三十: 30, 二十五: 25, 一百零五: 105,
    两: 2, 首: 1, 千: 1000, 万: 1e4, '1万': 1e4, 万亿: 1e12, 一亿五千万: 1.5e8, '300多': 300 };
  for (const [literal, value] of Object.entries(cases)) assert.equal(parseLiteral(literal), value, literal);
  assert.ok(Number.isNaN(parseLiteral('左右')));
});

test('a figure carries exactly the qualifier its hedge words imply (多/余, 超/超过, 约/左右, 近, 不足)', () => {
  const wrong = [];
  for (const f of figures) {
    for (const implied of impliedQualifiers(f.quote, f.literal)) {
      if ((f.qualifier ?? null) !== implied) {
        wrong.push(`${f.id}: quote «${f.quote}» implies ${implied}, figure has ${f.qualifier ?? 'none'}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('derived numbers are not stored: no figure is labelled derived or 推算', () => {
  const derived = /derived|推算|估算|computed|calculated/i;
  const offenders = figures
    .filter((f) => derived.test(f.id) || derived.test(f.label['zh-Hans']) || derived.test(f.label.en))
    .map((f) => f.id);
  assert.deepEqual(offenders, []);
});

test('data/README.md states the same count of figures per piece as figures.json holds', () => {
  const readme = readFileSync(new URL('README.md', dataDir), 'utf8');
  const line = readme.match(/<!-- count: ([^>]+) -->/);
  assert.ok(line, 'README.md has no <!-- count: … --> line');
  const stated = Object.fromEntries(line[1].trim().split(/\s+/).map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
  const pieceOf = new Map(article.sections.map((s) => [s.id, s.piece]));
  const actual = { total: figures.length };
  for (const f of figures) actual[pieceOf.get(f.section)] = (actual[pieceOf.get(f.section)] ?? 0) + 1;
  assert.deepEqual(actual, stated);
});
