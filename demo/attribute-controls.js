// custom-elements.json → one form control per attribute, for the start page's embed builder
// (demo/builder.js) and Storybook's Controls panel (.storybook/manifest.ts). Pure functions on
// the manifest's JSON, no DOM: the page and Storybook read an attribute the same way, and a
// new attribute of a widget gets its control with no change here.

/** The widget contract's languages (GbaElement): '' leaves the page's language in charge. */
export const LANGS = ['zh-CN', 'zh-HK', 'zh-TW', 'zh-Hant', 'en'];

/** The type text without `undefined` (an optional property), trimmed: `number | undefined` → `number`. */
export function coreType(text) {
  return (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined')
    .join(' | ');
}

/** `'a' | 'b' | 'c'` → ['a', 'b', 'c'] (an empty literal '' kept); anything else → undefined. */
export function literalUnion(text) {
  const parts = coreType(text).split('|').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || !parts.every((p) => /^'[^']*'$/.test(p) || /^"[^"]*"$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

/**
 * The values a description lists, for an attribute typed `string` or by a type alias the manifest
 * does not expand (`PipelineDetail`, `TimelineFigures`): "Which zone to show: `shenjiang` (深江),
 * `shenzhong` (深中)" → ['shenjiang', 'shenzhong']. A description that gives examples ("e.g.")
 * lists no choices: the value is free text.
 */
export function describedChoices(description) {
  if (!description || /\be\.g\./.test(description)) return undefined;
  const words = [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  if (words.length < 2 || !words.every((w) => /^[a-z][a-z0-9-]*$/.test(w))) return undefined;
  return [...new Set(words)];
}

/**
 * A default written as a number in the description ("Default: the data's, 2023.", "…(derived, ≈7.18)."):
 * what the widget draws when the attribute is absent, for a number attribute the manifest gives no
 * literal default (the widget reads it from its data).
 */
export function describedNumberDefault(description) {
  const sentence = /Default:([^]*?)(?:\.\s|\.$|$)/.exec(description ?? '')?.[1];
  if (!sentence) return undefined;
  const numbers = [...sentence.matchAll(/≈?(-?\d+(?:\.\d+)?)(?![\d万亿])/g)].map((m) => Number(m[1]));
  return numbers.length ? numbers[numbers.length - 1] : undefined;
}

/** A manifest default (`'auto'`, `false`, `10`) as a value; a constant's name or `undefined` → undefined. */
function literalDefault(text) {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (/^'[^']*'$/.test(t) || /^"[^"]*"$/.test(t)) return t.slice(1, -1);
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return undefined;
}

/** The attribute's default as the manifest writes it: the attribute's, else its field's literal. */
export function manifestDefault(declaration, attribute) {
  const member = declaration.members?.find((m) => m.name === (attribute.fieldName ?? attribute.name));
  for (const text of [attribute.default, member?.default]) {
    const value = literalDefault(text);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * One control of a widget's attribute:
 *   { name, field, kind: 'select' | 'number' | 'checkbox' | 'text', options?, value, description }
 * `value` is what the widget draws when the attribute is absent (a select's '' when it is "not set");
 * a builder writes the attribute only when its control holds something else.
 */
export function attributeControl(declaration, attribute) {
  const type = coreType(attribute.type?.text);
  const description = attribute.description ?? '';
  const base = { name: attribute.name, field: attribute.fieldName ?? attribute.name, description };
  const fallback = manifestDefault(declaration, attribute);
  if (type === 'boolean') return { ...base, kind: 'checkbox', value: fallback === true };
  if (type === 'number') {
    const value = typeof fallback === 'number' ? fallback : describedNumberDefault(description);
    return { ...base, kind: 'number', value };
  }
  const union = attribute.name === 'lang' ? ['', ...LANGS] : (literalUnion(type) ?? (/^(string|[A-Z]\w*( \| '')?)$/.test(type) ? describedChoices(description) : undefined));
  const value = typeof fallback === 'string' ? fallback : '';
  if (union) {
    const options = union.includes(value) ? union : [value, ...union];
    return { ...base, kind: 'select', options, value };
  }
  return { ...base, kind: 'text', value };
}

/** Every widget of the manifest: `{ tag, name, summary, controls }`, in the manifest's order. */
export function widgetControls(manifest) {
  return (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName,
      name: declaration.name,
      summary: declaration.summary ?? '',
      controls: (declaration.attributes ?? []).map((attribute) => attributeControl(declaration, attribute)),
    }));
}

/**
 * The attributes to write for a control's value: none when it is the default (the widget's own
 * default then applies, so an explicit `growth` never replaces the derived one by its rounding),
 * '' for a checked box.
 */
export function attributeValue(control, value) {
  if (control.kind === 'checkbox') return value ? '' : null;
  if (value === undefined || value === null || value === '') return null;
  if (control.kind === 'number') {
    const number = Number(value);
    if (!Number.isFinite(number) || number === control.value) return null;
    return String(number);
  }
  return value === control.value ? null : String(value);
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<tag a="1" b>` + `</tag>` from [[name, value], …] (value '' → a bare attribute). */
export function tagMarkup(tag, attributes) {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  return `<${tag}${written}></${tag}>`;
}

/** Where a snippet loads the package from (the builder's test checks the version against package.json). */
export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/gba-widgets@0.1.0/dist/';

/** The two ways to load it: the autoloader (fetches only the widgets a page shows) first, the one file second. */
export const LOADERS = { autoload: 'autoload.js', bundle: 'gba-widgets.min.js' };

/** The paste-into-a-CMS snippet: the loader's script (autoload.js, or the one file), then the tag. */
export function embedSnippet({ base, file, tag, attributes }) {
  return `<script type="module" src="${base}${file}"></script>\n${tagMarkup(tag, attributes)}`;
}
