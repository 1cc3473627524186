/**
 * Where `export` writes: each file resolved inside its output folder, never outside it
 * (a file name is made from a tag and a language, both words the user typed), and never
 * over an existing file unless `--force` says so.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** `name` inside `folder`, resolved; an error when it would land anywhere else. */
export function inside(folder: string, name: string): string {
  const base = resolve(folder);
  const path = resolve(base, name);
  const rel = relative(base, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`"${name}" would be written outside the output folder ${base}.`);
  return path;
}

/** Writes `content` to `path`, creating its folder; refuses to replace a file (or a link) without `force`. */
export async function writeOutput(path: string, content: string | Buffer, force: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    // 'wx' fails when anything is there already, in the same system call that creates the file.
    await writeFile(path, content, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${path} exists; add --force to replace it.`);
    throw error;
  }
}
