// Empties dist/ before a build: chunk names carry content hashes, so each build writes new
// files beside the last one's, and `npm pack` (whose `files` takes all of dist/) would ship
// every stale chunk a working tree ever built.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
