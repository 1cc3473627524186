// Before every browser test file (web-test-runner.config.mjs): every message in both languages
// and the Traditional character table, as a server has them. The widgets fetch these as
// language packs when they first draw in a language (and wait for them); the tests also call
// layouts and formatters directly, synchronously, in any language.
import { catalogues } from '../src/generated/messages/all.js';
import { addMessages } from '../src/format/messages.js';
import { loadTraditional } from '../src/standards/traditional.js';

Object.values(catalogues).forEach((catalogue) => addMessages(catalogue));
await loadTraditional();
