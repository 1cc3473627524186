/**
 * gba-widgets/ssr.js — Node only: every widget without JavaScript in the reader's page.
 * `renderToHTML` for server-rendered HTML (declarative shadow DOM), `exportSVG` and
 * `exportPNG` for pictures (print, WeChat). Needs `@lit-labs/ssr`; pictures also
 * `happy-dom` and `lightningcss`, and PNG `@resvg/resvg-js` and a Chinese font on the machine.
 */
export { renderToHTML, DEFAULT_WIDTH, type Attributes, type AttributeValue, type RenderOptions } from './render-to-html.js';
export { exportFigure, exportSVG, widgetMessages, WidgetMessageError, type ExportedFigure, type ExportOptions } from './export-svg.js';
export { exportPNG, type PngOptions } from './export-png.js';
export { findCJKFont, findLatinFont, missingGlyphs, INSTALL_HINT, type FontSet } from './fonts.js';
export { widgets, type WidgetAttribute, type WidgetInfo } from './widgets.js';
