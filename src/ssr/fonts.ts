/**
 * The fonts a PNG is set in, found on this machine: a Chinese one (Noto Sans CJK first),
 * required, and a Latin one for English, optional. Each is read just enough (family
 * names, character map) to name it to the renderer and to refuse a picture it would
 * draw with missing-glyph boxes. No font ships with the package.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface FontSet {
  /** Font files to load: the regular face, and its bold sibling when there is one. */
  files: string[];
  /** Family names inside those files, e.g. `Noto Sans CJK SC`, `Noto Sans CJK HK`. */
  families: string[];
  /** The family to name to the renderer (for CJK: also generic `sans-serif`). */
  defaultFamily: string;
  /** Whether the fonts have a glyph for `codePoint`. */
  covers(codePoint: number): boolean;
}

export const FONT_ENV = 'GBA_WIDGETS_FONT';

export const INSTALL_HINT =
  'Install Noto Sans CJK (Debian/Ubuntu: `sudo apt-get install fonts-noto-cjk`; Fedora: `sudo dnf install google-noto-sans-cjk-fonts`; ' +
  'Arch: `sudo pacman -S noto-fonts-cjk`), or point to any font with Chinese glyphs with `--font /path/to/font.ttc` ' +
  `or the ${FONT_ENV} environment variable.`;

/** Where operating systems and distributions put a Chinese sans-serif font. */
const KNOWN_PATHS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', // Debian, Ubuntu: fonts-noto-cjk
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', // Arch
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', // Fedora
  '/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf',
  '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc',
  '/usr/local/share/fonts/NotoSansCJK-Regular.ttc',
  '/Library/Fonts/NotoSansCJK-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc', // macOS
  '/System/Library/Fonts/Hiragino Sans GB.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc', // Windows: Microsoft YaHei
];

interface Face {
  family: string;
  ranges: Uint32Array; // [start0, end0, start1, end1, …], sorted
}

function tables(font: Buffer, offset: number): Map<string, number> {
  const count = font.readUInt16BE(offset + 4);
  const result = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = offset + 12 + i * 16;
    result.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  return result;
}

function familyName(font: Buffer, name: number): string {
  const count = font.readUInt16BE(name + 2);
  const strings = name + font.readUInt16BE(name + 4);
  let best = '';
  let bestScore = -1;
  for (let i = 0; i < count; i++) {
    const r = name + 6 + i * 12;
    const [platform, encoding, language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => font.readUInt16BE(r + o));
    if ((id !== 1 && id !== 16) || platform !== 3 || (encoding !== 1 && encoding !== 10)) continue;
    const score = (id === 16 ? 2 : 0) + (language === 0x409 ? 1 : 0);
    if (score <= bestScore) continue;
    const bytes = Buffer.from(font.subarray(strings + offset, strings + offset + length));
    best = bytes.swap16().toString('utf16le');
    bestScore = score;
  }
  return best;
}

function characterRanges(font: Buffer, cmap: number): Uint32Array {
  const count = font.readUInt16BE(cmap + 2);
  let format4 = -1;
  for (let i = 0; i < count; i++) {
    const r = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(r);
    const encoding = font.readUInt16BE(r + 2);
    const table = cmap + font.readUInt32BE(r + 4);
    const format = font.readUInt16BE(table);
    if (platform === 3 && encoding === 10 && format === 12) {
      const groups = font.readUInt32BE(table + 12);
      const ranges = new Uint32Array(groups * 2);
      for (let g = 0; g < groups; g++) {
        ranges[g * 2] = font.readUInt32BE(table + 16 + g * 12);
        ranges[g * 2 + 1] = font.readUInt32BE(table + 20 + g * 12);
      }
      return ranges;
    }
    if (platform === 3 && encoding === 1 && format === 4) format4 = table;
  }
  if (format4 < 0) return new Uint32Array();
  const segments = font.readUInt16BE(format4 + 6) / 2;
  const ranges: number[] = [];
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(format4 + 14 + s * 2);
    const start = font.readUInt16BE(format4 + 16 + segments * 2 + s * 2);
    if (start !== 0xffff) ranges.push(start, end);
  }
  return Uint32Array.from(ranges);
}

/** Every face in an OpenType / TrueType file or collection. */
export function readFaces(path: string): Face[] {
  const font = readFileSync(path);
  const tag = font.toString('latin1', 0, 4);
  const offsets = tag === 'ttcf' ? Array.from({ length: font.readUInt32BE(8) }, (_, i) => font.readUInt32BE(12 + i * 4)) : [0];
  return offsets.map((offset) => {
    const t = tables(font, offset);
    const name = t.get('name');
    const cmap = t.get('cmap');
    return { family: name === undefined ? '' : familyName(font, name), ranges: cmap === undefined ? new Uint32Array() : characterRanges(font, cmap) };
  });
}

function covers(ranges: Uint32Array, codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < ranges[mid * 2]) hi = mid - 1;
    else if (codePoint > ranges[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A font with Chinese glyphs fontconfig knows about, when `fc-list` is there. */
function fontconfigCandidate(): string | undefined {
  try {
    const list = execFileSync('fc-list', [':lang=zh-cn', 'file'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
    const files = list.split('\n').map((l) => l.replace(/:\s*$/, '').trim()).filter((f) => /\.(ttc|otf|ttf)$/i.test(f));
    return files.find((f) => /sans/i.test(f) && !/mono/i.test(f)) ?? files[0];
  } catch {
    return undefined;
  }
}

const cache = new Map<string, FontSet>();

function fontSet(path: string): FontSet {
  const cached = cache.get(path);
  if (cached) return cached;
  const bold = path.replace(/Regular(?=\.\w+$)/, 'Bold');
  const faces = readFaces(path);
  const families = [...new Set(faces.map((f) => f.family).filter(Boolean))];
  const set: FontSet = {
    files: bold !== path && existsSync(bold) ? [path, bold] : [path],
    families,
    defaultFamily: families[0] ?? '',
    covers: (codePoint) => faces.some((f) => covers(f.ranges, codePoint)),
  };
  cache.set(path, set);
  return set;
}

/**
 * The CJK font to set a picture in: `explicit` (a path), else `$GBA_WIDGETS_FONT`, else a
 * known system location, else what fontconfig offers for Chinese. Throws a message that
 * says what to install when there is none.
 */
export function findCJKFont(explicit?: string): FontSet {
  const chosen = explicit ?? process.env[FONT_ENV] ?? KNOWN_PATHS.find((p) => existsSync(p)) ?? fontconfigCandidate();
  if (!chosen) throw new Error(`No font with Chinese glyphs was found, so a PNG would show boxes instead of characters. ${INSTALL_HINT}`);
  if (!existsSync(chosen)) throw new Error(`The font ${chosen} does not exist. ${INSTALL_HINT}`);
  const set = fontSet(chosen);
  if (!set.covers(0x4e2d) || !set.covers(0x570b)) throw new Error(`The font ${chosen} has no Chinese glyphs. ${INSTALL_HINT}`); // 中, 國
  const simplified = set.families.find((f) => /\bSC\b|Simplified|PingFang SC|YaHei|GB/i.test(f));
  return { ...set, defaultFamily: simplified ?? set.defaultFamily };
}

/** Latin faces an English page would get from the system (Arial's metrics first); none is fine. */
const LATIN_PATHS = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', // Debian, Ubuntu: fonts-liberation
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf', // Fedora
  '/usr/share/fonts/liberation/LiberationSans-Regular.ttf', // Arch
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/Library/Fonts/Arial.ttf',
  '/System/Library/Fonts/Supplemental/Arial.ttf', // macOS
  'C:\\Windows\\Fonts\\arial.ttf',
];

/**
 * A Latin font for English text, when the machine has one: CJK fonts set quotes and
 * apostrophes full-width ("Jianghai’ s"), which no English reader's browser shows.
 */
export function findLatinFont(): FontSet | undefined {
  const path = LATIN_PATHS.find((p) => existsSync(p));
  if (!path) return undefined;
  try {
    const set = fontSet(path);
    return set.covers(0x61) && set.covers(0x2019) ? set : undefined;
  } catch {
    return undefined;
  }
}

/** Characters of `text` the font cannot draw (whitespace and controls aside). */
export function missingGlyphs(fonts: FontSet[], text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || /\s/.test(char) || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    if (!fonts.some((font) => font.covers(code))) missing.add(char);
  }
  return [...missing];
}
