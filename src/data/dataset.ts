import { article } from '../generated/data/article.js';
import { cities } from '../generated/data/cities.js';
import { dateRule } from '../generated/data/date-rule.js';
import { events } from '../generated/data/events.js';
import { figures } from '../generated/data/figures.js';
import { industries } from '../generated/data/industries.js';
import { models } from '../generated/data/models.js';
import { zones } from '../generated/data/zones.js';
import { figureLookup } from './figure-lookup.js';
import type { RuntimeDataset } from './types.js';

export { labelText } from './label.js';

export type { RuntimeDataset };

/**
 * The bundled dataset, one export per collection. Each lives in a module of its own
 * (src/generated/data/, which also gives its labels their Traditional texts back), so a
 * bundle keeps only the collections its widget reads (gdp-path has no use for the timeline's
 * events) and, split into chunks, a page fetches each collection with the widgets that read it.
 * `dateRule`: how the article's relative dates were resolved; only the timeline prints it.
 */
export { article, cities, dateRule, events, industries, models, zones };
/**
 * The figures, one module and one export per article section (`leadIntroFigures`,
 * `leadHardLinksFigures`, … `zhongshanTwinCitiesFigures`), and all of them as `figures`, in the
 * article's order. A widget reads the sections it draws from (through `figureLookup`), so its
 * page fetches those alone; <key-figure> loads the section of the figure it shows
 * (`figure-sections.ts`).
 */
export * from '../generated/data/figures.js';

/** All of it at once, for code that takes a whole dataset (and for tests); widgets import the collections. */
export const dataset: RuntimeDataset = { article: { ...article, dateRule }, cities, events, figures, industries, models, zones };

/** The article's figure with this id, if there is one, from every section: a bundle that uses it carries every figure. */
export const figureById = /*#__PURE__*/ figureLookup(figures);
