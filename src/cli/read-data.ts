/**
 * `--data file.json`: the widget's data read from a file. A file that is no JSON is named
 * with where it goes wrong, never with its bytes: `--data /etc/passwd` must not print them.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_JSON_CHARS } from '../data/validate.js';

/** Bytes of a data file: a widget reads at most `MAX_JSON_CHARS` characters, each at most 4 bytes. */
const MAX_FILE_BYTES = 4 * MAX_JSON_CHARS;

/** Where `text` stops being JSON (an index), or undefined when it is JSON. */
export function jsonErrorIndex(text: string): number | undefined {
  // V8's messages give a position only sometimes, and quote the text otherwise; so find the
  // shortest prefix that is wrong, not merely unfinished. A prefix containing the first error
  // is wrong and every shorter one is not, so a binary search finds it.
  const wrong = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message);
      return !/end of JSON input/.test(message) && !(at && Number(at[1]) >= length);
    }
  };
  if (!wrong(text.length)) {
    try {
      JSON.parse(text);
      return undefined;
    } catch {
      return text.length; // unfinished: the error is at the end
    }
  }
  let [lo, hi] = [0, text.length]; // wrong(hi) holds, wrong(lo) does not
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (wrong(mid)) hi = mid;
    else lo = mid;
  }
  return hi - 1;
}

/** 1-based line and column of `index` in `text`. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** The parsed contents of `file`; an error naming the file and the place, never its contents. */
export async function readDataFile(file: string): Promise<unknown> {
  const { size } = await stat(file);
  if (size > MAX_FILE_BYTES) throw new Error(`--data ${file}: the file is ${size} bytes; a widget reads at most ${MAX_JSON_CHARS} characters of JSON.`);
  const text = await readFile(file, 'utf8');
  const index = jsonErrorIndex(text);
  if (index === undefined) return JSON.parse(text);
  const { line, column } = lineColumn(text, index);
  throw new Error(`--data ${file}: not valid JSON at line ${line}, column ${column}.`);
}
