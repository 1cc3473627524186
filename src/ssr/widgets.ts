/**
 * Which widgets exist, for the server: every tag `custom-elements.json` documents, and
 * their registration in Node. The classes are the package's own `gba-widgets/all.js`
 * (the same build a bundler user gets), so the server draws with the browser's code;
 * Lit's Node build backs `customElements` with `@lit-labs/ssr-dom-shim`.
 */
import { readFile } from 'node:fs/promises';

export interface WidgetAttribute {
  name: string;
  type?: string;
  description?: string;
}

export interface WidgetInfo {
  tag: string;
  className: string;
  summary?: string;
  attributes: WidgetAttribute[];
}

interface ManifestDeclaration {
  tagName?: string;
  name: string;
  summary?: string;
  attributes?: { name: string; type?: { text: string }; description?: string }[];
}

// Resolved through the package's own `exports` at run time (a self-reference), never bundled.
const ALL_WIDGETS = 'gba-widgets/all.js';
const MANIFEST = 'gba-widgets/custom-elements.json';

let registering: Promise<unknown> | undefined;
let manifest: Promise<WidgetInfo[]> | undefined;

/**
 * Registers every widget with the server's `customElements`, once, with every language pack
 * and figure section loaded (`preload`): a server renders synchronously, so it cannot wait for
 * them per widget as a browser does.
 */
export function registerWidgets(): Promise<unknown> {
  registering ??= import(/* @vite-ignore */ ALL_WIDGETS).then((all: { preload(): Promise<void> }) => all.preload());
  return registering;
}

/** Every widget the manifest documents, in manifest order. */
export function widgets(): Promise<WidgetInfo[]> {
  manifest ??= readFile(new URL(import.meta.resolve(MANIFEST)), 'utf8').then((text) => {
    const modules = (JSON.parse(text) as { modules: { declarations?: ManifestDeclaration[] }[] }).modules;
    return modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d): d is ManifestDeclaration & { tagName: string } => typeof d.tagName === 'string')
      .map((d) => ({
        tag: d.tagName,
        className: d.name,
        summary: d.summary,
        attributes: (d.attributes ?? []).map((a) => ({ name: a.name, type: a.type?.text, description: a.description })),
      }));
  });
  return manifest;
}

export async function widget(tag: string): Promise<WidgetInfo> {
  const all = await widgets();
  const found = all.find((w) => w.tag === tag);
  if (!found) throw new Error(`<${tag}> is not a gba-widgets widget. Known: ${all.map((w) => w.tag).join(', ')}.`);
  return found;
}
