import type { RuntimeDataset } from './types.js';

/** A figure as the widgets carry it (see {@link RuntimeDataset}). */
type Figure = RuntimeDataset['figures'][number];

/**
 * Finds figures by id among the given sections' figures only (`leadHardLinksFigures`, …
 * from `dataset.ts`). A widget's data looks its figures up through one of these, naming
 * the sections it draws from, so that a page loading that widget alone carries those
 * sections and none of the article's other figures. An id outside them is not found.
 */
export function figureLookup(...sections: readonly (readonly Figure[])[]): (id: string) => Figure | undefined {
  let byId: Map<string, Figure> | undefined;
  return (id) => {
    byId ??= new Map(sections.flat().map((f) => [f.id, f]));
    return byId.get(id);
  };
}
