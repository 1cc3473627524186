// Developers' editor and framework types, generated from the manifest (never committed):
//   dist/jsx.d.ts                      `CustomElements`: JSX intrinsic-element props of every tag
//                                      (React 19, Preact, Solid…), typed from the element classes
//   dist/vscode.html-custom-data.json  VS Code HTML completion/hover for every tag and attribute
//   dist/vscode.css-custom-data.json   VS Code CSS completion for every `--gba-*` property and ::part
// Run by the analyzer (a plugin in custom-elements-manifest.config.mjs, so `npm run analyze`
// writes them) and by `npm run build` (`node scripts/editor-types.mjs`, from the committed
// custom-elements.json). Both paths use the options below, and neither changes the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist`;

export const jsxOptions = () => ({
  outdir,
  fileName: 'jsx.d.ts',
  // Prop types are the classes' own (`KeyFigure['data']`), so a wrong `data` fails type checking.
  globalTypePath: './index.js',
  hideLogs: true,
});

export const vsCodeOptions = () => ({
  outdir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  hideLogs: true,
});

const isPublic = (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#');

/**
 * What a page can use: public instance fields that are not read-only (`hasError` is
 * documented in the manifest but is no JSX prop), documented public methods, and events
 * typed by their detail. A deep copy: the manifest the analyzer writes is never touched.
 */
export function settableApi(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      declaration.members = declaration.members?.filter(
        (m) => isPublic(m) && (m.kind === 'field' ? !m.readonly : m.kind === 'method' && Boolean(m.description)),
      );
      // The JSX generator types a handler as `CustomEvent<type>`, taking an event's type for
      // its detail: give it the detail (`CustomEvent<D>` → `D`; a bare event → `unknown`).
      for (const event of declaration.events ?? []) {
        const text = event.type?.text?.trim();
        if (!text) continue;
        const detail = /^CustomEvent<([\s\S]*)>$/.exec(text);
        if (detail) event.type.text = detail[1].trim();
        else if (/^(Custom)?Event$/.test(text)) event.type.text = 'unknown';
      }
    }
  }
  return copy;
}

/** The generators print "(default: undefined)" for a custom property without one; drop it. */
function tidy(file) {
  const text = readFileSync(file, 'utf8');
  const next = text.replaceAll(' _(default: undefined)_', '');
  if (next !== text) writeFileSync(file, next);
}

export function writeEditorTypes(manifest) {
  const api = settableApi(manifest);
  generateJsxTypes(api, jsxOptions());
  generateVsCodeCustomElementData(api, vsCodeOptions());
  const jsx = jsxOptions();
  const vsCode = vsCodeOptions();
  for (const file of [jsx.fileName, vsCode.htmlFileName, vsCode.cssFileName]) tidy(`${outdir}/${file}`);
}

/**
 * The analyzer plugin: custom-element-jsx-integration and custom-element-vs-code-integration
 * run in the link phase on a copy of the finished manifest.
 */
export function editorTypesPlugin() {
  return {
    name: 'gba-editor-types',
    packageLinkPhase({ customElementsManifest }) {
      writeEditorTypes(customElementsManifest);
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeEditorTypes(JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')));
  console.log('generated dist/jsx.d.ts, dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json');
}
