import { sectionIds, sectionLoaders, sectionOfFigure } from '../generated/data/figure-sections.js';
import type { RuntimeDataset } from './types.js';

/** A figure as the widgets carry it (see {@link RuntimeDataset}). */
type Figure = RuntimeDataset['figures'][number];

/**
 * The article's figures by id for a widget that shows any of them (<key-figure>): each
 * article section's figures are a chunk of their own, fetched when a figure of that section is
 * asked for, so a page showing one figure fetches one section, not all of the article's.
 */
const loaded = new Map<number, ReadonlyMap<string, Figure>>();
const loading = new Map<number, Promise<void>>();

const own = (id: string): number | undefined => (Object.prototype.hasOwnProperty.call(sectionOfFigure, id) ? sectionOfFigure[id] : undefined);

function load(section: number): Promise<void> {
  let pending = loading.get(section);
  if (!pending) {
    pending = sectionLoaders[section]().then(
      (figures) => void loaded.set(section, new Map(figures.map((f) => [f.id, f]))),
      // A chunk that cannot be fetched: the figure then reads as unknown, in the widget's words.
      (error: unknown) => (console.warn('gba-widgets: could not load the figures of', sectionIds[section], error), void loaded.set(section, new Map())),
    );
    loading.set(section, pending);
  }
  return pending;
}

/** Every figure id of the article, in reading order. */
export const figureIds = (): string[] => Object.keys(sectionOfFigure);

/** The article section that prints the figure `id` (`lead-hard-links`), if it is one of the article's. */
export const figureSection = (id: string): string | undefined => {
  const section = own(id);
  return section === undefined ? undefined : sectionIds[section];
};

/**
 * `undefined` when the sections of these ids are here (or the ids are no figure's), else a
 * promise that settles once they are: what a widget waits for before it draws.
 */
export function figuresReady(...ids: string[]): Promise<void> | undefined {
  const pending = ids
    .map(own)
    .filter((s): s is number => s !== undefined && !loaded.has(s))
    .map(load);
  return pending.length === 0 ? undefined : Promise.all(pending).then(() => undefined);
}

/** The figure `id` once its section is here ({@link figuresReady}); `undefined` before, or for an unknown id. */
export function loadedFigure(id: string): Figure | undefined {
  const section = own(id);
  return section === undefined ? undefined : loaded.get(section)?.get(id);
}

/** Every section at once: for a server, which renders synchronously. */
export const loadAllFigureSections = (): Promise<void> => Promise.all(sectionLoaders.map((_, s) => load(s))).then(() => undefined);
