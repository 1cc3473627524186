/**
 * gba-widgets: the element classes and their types. Importing this registers no tag,
 * so an application can define them under names of its own; import
 * `gba-widgets/<tag>.js` or `gba-widgets/all.js` to register.
 */
export { GbaElement, type LayoutContext } from './components/base/gba-element.js';
export type { DataTable, FrameView, MarkTip, TableCell } from './components/base/view.js';
export { KeyFigure, type KeyFigureData } from './components/key-figure/key-figure.component.js';
export type { FigureInput, LabelInput } from './data/figure-input.js';
export type * from './data/types.js';
export { parseLocale, type Locale, type Script } from './format/locale.js';
