/**
 * An exported SVG as a PNG, rendered in Node by resvg at 2× (WeChat articles take images,
 * not scripts), in a Chinese font found on this machine. A character the fonts cannot
 * draw is an error, never a box in a published picture.
 */
import { findCJKFont, findLatinFont, INSTALL_HINT, missingGlyphs, type FontSet } from './fonts.js';
import { quietWindow, type DomElement } from './styled-widget.js';

export interface PngOptions {
  /** Pixels per CSS px. Default 2. */
  scale?: number;
  /** A font file with Chinese glyphs; default: found on this machine (see `findCJKFont`). */
  font?: string;
}

type ResvgModule = typeof import('@resvg/resvg-js');

let resvg: Promise<ResvgModule> | undefined;

function loadResvg(): Promise<ResvgModule> {
  resvg ??= import('@resvg/resvg-js').catch((error: unknown) => {
    resvg = undefined;
    throw new Error(`PNG export needs the @resvg/resvg-js package (npm install @resvg/resvg-js): ${(error as Error).message}`);
  });
  return resvg;
}

const HAS_CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * English pictures: each line with no Chinese in it is set in the Latin face first, as an
 * English reader's browser would (a CJK font sets ’ and “ ” full-width). Lines with
 * Chinese keep the CJK font, so their characters never fall back to another region's forms.
 */
function preferLatin(svg: DomElement, latin: FontSet): void {
  if (!/^en\b/i.test(svg.getAttribute('lang') ?? '')) return;
  for (const node of svg.querySelectorAll('text')) {
    if (HAS_CJK.test(node.textContent ?? '')) continue;
    const style = node.getAttribute('style');
    node.setAttribute('style', `${style ? `${style};` : ''}font-family:'${latin.defaultFamily}', sans-serif`);
  }
}

export async function exportPNG(svg: string, options: PngOptions = {}): Promise<Buffer> {
  const scale = options.scale ?? 2;
  if (!(scale > 0 && scale <= 8)) throw new Error(`scale must be between 0 and 8, not ${scale}.`);
  const cjk = findCJKFont(options.font);
  const latin = findLatinFont();
  const window = await quietWindow();
  const picture = new window.DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const text = [...picture.querySelectorAll('text')].map((n) => n.textContent).join('');
  if (latin) preferLatin(picture, latin);
  // happy-dom serialises as HTML does, U+00A0 as &nbsp;, an entity XML does not know.
  const source = latin ? new window.XMLSerializer().serializeToString(picture).replace(/&nbsp;/g, '&#160;') : svg;
  await window.happyDOM.close();
  const missing = missingGlyphs(latin ? [cjk, latin] : [cjk], text);
  if (missing.length) {
    const list = missing.map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    throw new Error(`The font ${cjk.files[0]} has no glyph for ${list}; the PNG would show boxes. ${INSTALL_HINT}`);
  }
  const { Resvg } = await loadResvg();
  const renderer = new Resvg(source, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...cjk.files, ...(latin?.files ?? [])],
      defaultFontFamily: cjk.defaultFamily,
      sansSerifFamily: cjk.defaultFamily,
      serifFamily: cjk.defaultFamily,
      monospaceFamily: cjk.defaultFamily,
    },
    logLevel: 'error',
  });
  return renderer.render().asPng();
}
