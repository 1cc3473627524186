// The check of a reader's <bridge-models> data, fetched only when a reader gives data (widget-input.ts).
import { BRIDGE_LIMITS } from './collaboration-models.js';
import { checkFigureInput } from './figure-input.check.js';
import { expectArray, expectLabel, expectRecord, expectString } from './expect.js';
import { MAX_TEXT, type Problems } from './validate.js';

/** Every problem with a developer's pairings, none thrown. */
export function checkBridgeModels(input: unknown): Problems {
  const problems: Problems = [];
  if (!expectRecord(input, 'data', problems)) return problems;
  const ids: string[] = [];
  expectArray(input, 'cities', 'data', problems, { max: BRIDGE_LIMITS.cities }).forEach((city, i) => {
    if (!expectRecord(city, `data.cities[${i}]`, problems)) return;
    expectString(city, 'id', `data.cities[${i}]`, problems);
    expectLabel(city, 'name', `data.cities[${i}]`, problems);
    // An id too long to be one (reported above) is no city to list in every model's message.
    if (typeof city.id === 'string' && city.id.length <= MAX_TEXT) ids.push(city.id);
  });
  const cityOf = (record: Record<string, unknown>, path: string) => {
    if (typeof record.city !== 'string' || !ids.includes(record.city)) {
      problems.push({ path: `${path}.city`, kind: 'range', expected: 'expected.one-of', actual: record.city, params: { values: ids.join(' / ') } });
    }
  };
  expectArray(input, 'models', 'data', problems, { max: BRIDGE_LIMITS.models }).forEach((model, i) => {
    const path = `data.models[${i}]`;
    if (!expectRecord(model, path, problems)) return;
    expectLabel(model, 'shenzhen', path, problems);
    expectLabel(model, 'partner', path, problems);
    cityOf(model, path);
    expectString(model, 'quote', path, problems, { optional: true });
    expectString(model, 'id', path, problems, { optional: true });
  });
  if (input.livingCircle !== undefined && expectRecord(input.livingCircle, 'data.livingCircle', problems)) {
    cityOf(input.livingCircle, 'data.livingCircle');
    checkFigureInput(input.livingCircle.figure, 'data.livingCircle.figure', problems);
  }
  return problems;
}
