/**
 * The `--gba-*` values a picture accepts: colours and lengths, checked by whole-value
 * patterns rather than parsed. The exported SVG writes them into `style` attributes, where
 * `url(…)` would make a request when the picture is opened and `;` would add declarations
 * of the caller's choosing; neither can match these patterns.
 *
 * - `--gba-color-*` and any other name: a colour (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`,
 *   a name such as `teal` or `transparent`, `rgb()`/`rgba()`/`hsl()`/`hsla()` of numbers)
 *   or a length (`0`, `16px`, `1.5em`, `2rem`, `50%`, `12pt`).
 * - `--gba-font-family`: also a list of font names, bare or quoted (`"Noto Sans SC", sans-serif`).
 * - `--gba-duration`: also a time (`600ms`, `0.3s`).
 * No other function (no `url()`, `var()`, `calc()`, `color-mix()`), no `;`, `{`, `}`, `\`, `<`, `>`.
 */
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NAMED = /^[a-z]{3,24}$/i;
const ARG = String.raw`${NUMBER}(?:%|deg|turn|rad)?`;
const COLOR_FUNCTION = new RegExp(String.raw`^(?:rgba?|hsla?)\(\s*${ARG}(?:\s*[,/\s]\s*${ARG}){2,3}\s*\)$`, 'i');
const LENGTH = new RegExp(String.raw`^(?:0|${NUMBER}(?:px|em|rem|%|pt|ex|ch|vw|vh))$`, 'i');
const TIME = new RegExp(String.raw`^${NUMBER}m?s$`, 'i');
const FONT_NAME = String.raw`(?:"[^"\\;{}()<>]{1,80}"|'[^'\\;{}()<>]{1,80}'|[\p{L}\p{N}_-]+(?: [\p{L}\p{N}_-]+)*)`;
const FONT_LIST = new RegExp(String.raw`^${FONT_NAME}(?:\s*,\s*${FONT_NAME}){0,15}$`, 'u');
const NAME = /^--gba-[a-z0-9-]{1,40}$/;

const isColor = (v: string) => HEX.test(v) || NAMED.test(v) || COLOR_FUNCTION.test(v);

/** Whether `value` may be given to the custom property `name`. */
export function allowedValue(name: string, value: string): boolean {
  const v = value.trim();
  if (v.length > 300) return false;
  if (isColor(v) || LENGTH.test(v)) return true;
  if (name === '--gba-font-family') return FONT_LIST.test(v);
  if (name === '--gba-duration') return TIME.test(v);
  return false;
}

/** Throws naming the first `--gba-*` variable whose name or value is not allowed (see above). */
export function checkVariables(variables: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(variables)) {
    if (!NAME.test(name)) throw new Error(`${JSON.stringify(name.slice(0, 60))} is not a --gba-* custom property name.`);
    if (typeof value !== 'string' || !allowedValue(name, value)) {
      const shown = JSON.stringify(String(value).slice(0, 60));
      throw new Error(`${name}: ${shown} is not a colour or a length (e.g. #005a9c, rgb(0 90 156), teal, 16px, 1.5em)${name === '--gba-font-family' ? ' or a list of font names' : ''}.`);
    }
  }
}
