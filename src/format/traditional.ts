import { exceptions, simplified, traditional } from '../generated/traditional.js';

const targets = [...traditional];
const table = new Map([...simplified].map((char, i) => [char, targets[i]]));
// A Map, not the object: a string such as "constructor" must not find Object.prototype's.
const whole = new Map(Object.entries(exceptions));

/**
 * The Traditional (Hong Kong) text of one of our own Simplified strings — a message or a
 * bundled label. The build made the table from exactly these strings and checked each
 * against OpenCC, so for them the result is OpenCC's. It is not a general converter:
 * characters it was not built from pass through, which is why user data never goes
 * through it (a user label without `zh-Hant` shows its Simplified text instead).
 */
export function toTraditional(text: string): string {
  return whole.get(text) ?? Array.from(text, (char) => table.get(char) ?? char).join('');
}
