import { article as articleSource } from '../generated/data/article.js';
import { cities as citySource } from '../generated/data/cities.js';
import { dateRule as dateRuleSource } from '../generated/data/date-rule.js';
import { events as eventSource } from '../generated/data/events.js';
import { figures } from '../generated/data/figures.js';
import { industries as industrySource } from '../generated/data/industries.js';
import { models as modelSource } from '../generated/data/models.js';
import { zones as zoneSource } from '../generated/data/zones.js';
import { figureLookup } from './figure-lookup.js';
import type { Label, RuntimeDataset } from './types.js';
import { withTraditional } from './with-traditional.js';

export { labelText } from './label.js';

export type { RuntimeDataset };

// One export per collection, each marked pure: a bundle keeps only the collections its
// widget reads (gdp-path has no use for the timeline's events), however they are imported.
export const article = /*#__PURE__*/ withTraditional<Omit<RuntimeDataset['article'], 'dateRule'>>(articleSource);
/** How the article's relative dates were resolved: only the timeline prints it. */
export const dateRule = /*#__PURE__*/ withTraditional<Label>(dateRuleSource);
export const cities = /*#__PURE__*/ withTraditional<RuntimeDataset['cities']>(citySource);
export const events = /*#__PURE__*/ withTraditional<RuntimeDataset['events']>(eventSource);
/**
 * The figures, one pure export per article section (`leadIntroFigures`, `leadHardLinksFigures`,
 * … `zhongshanTwinCitiesFigures`), and all of them as `figures`, in the article's order. A
 * widget reads the sections it draws from (through `figureLookup`), so its bundle carries
 * those alone; only what shows any figure by id (<key-figure>) reads `figures`.
 */
export * from '../generated/data/figures.js';
export const industries = /*#__PURE__*/ withTraditional<RuntimeDataset['industries']>(industrySource);
export const models = /*#__PURE__*/ withTraditional<RuntimeDataset['models']>(modelSource);
export const zones = /*#__PURE__*/ withTraditional<RuntimeDataset['zones']>(zoneSource);

/** All of it at once, for code that takes a whole dataset (and for tests); widgets import the collections. */
export const dataset: RuntimeDataset = { article: { ...article, dateRule }, cities, events, figures, industries, models, zones };

/** The article's figure with this id, if there is one, from every section: a bundle that uses it carries every figure. */
export const figureById = /*#__PURE__*/ figureLookup(figures);
