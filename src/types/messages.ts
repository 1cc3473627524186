// The key of a UI message, as a type every layer may name: a data checker reports a problem
// as a key and its params (src/data/validate.ts), and format puts it into words
// (src/format/problems.ts). The union is generated from the messages/ folders.
export type { MessageKey } from '../generated/messages/keys.js';
