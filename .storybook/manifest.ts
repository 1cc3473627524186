// custom-elements.json → Storybook. Storybook's own mapping (setCustomElementsManifest)
// turns every documented member into a row; this file gives it only the public API and
// then refines the controls it infers, from the same manifest, for every widget at once:
// a union of string literals becomes a select, `--gba-color-*` a colour picker, parts
// and events documented rows without a control, read-only properties rows only.
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import rawManifest from '../custom-elements.json';

export interface ManifestMember {
  kind: string;
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: (ManifestMember & { fieldName?: string })[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[]; exports?: unknown[] }[];
}

const isPublic = (m: ManifestMember) =>
  m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name.startsWith('#') && !m.name.startsWith('_');

/**
 * The manifest with only what a page can use: public instance fields, no methods. Parts
 * are named `::part(name)`: Storybook keys every row by name, so a part called like an
 * attribute (`figure`, `title`, `source`…) would otherwise replace the attribute's control.
 */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((m) => m.kind === 'field' && isPublic(m)),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

export const manifest = rawManifest as unknown as Manifest;

/** Every widget the manifest documents, by tag. */
export const widgets: ManifestDeclaration[] = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is ManifestDeclaration & { tagName: string } => Boolean(d.tagName));

export function widget(tag: string): ManifestDeclaration | undefined {
  return widgets.find((d) => d.tagName === tag);
}

/** The languages of the widget contract (GbaElement); '' leaves the page's language in charge. */
export const LANGS = ['zh-CN', 'zh-HK', 'zh-TW', 'zh-Hant', 'en'] as const;

/** `'a' | 'b' | 'c'` → ['a', 'b', 'c']; anything else → undefined. */
export function literalUnion(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  if (parts.length < 2 || !parts.every((p) => /^'[^']*'$/.test(p) || /^"[^"]*"$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

/** A default as the JSDoc wrote it, unless it is a constant's name (then the member's literal). */
function defaultOf(declaration: ManifestDeclaration, name: string): string | undefined {
  const attribute = declaration.attributes?.find((a) => a.name === name);
  const member = declaration.members?.find((m) => m.name === (attribute?.fieldName ?? name));
  const candidates = [member?.default, attribute?.default].filter((d): d is string => d !== undefined);
  return candidates.find((d) => !/^[A-Z_][A-Z0-9_]*$/.test(d)) ?? candidates[0];
}

/**
 * Refines the argTypes Storybook extracted from the manifest. Runs for every story of
 * every widget, so no story file writes argTypes to get usable controls.
 */
export const refineWidgetArgTypes: ArgTypesEnhancer = (context) => {
  const declaration = typeof context.component === 'string' ? widget(context.component) : undefined;
  if (!declaration) return context.argTypes;
  const refined: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(context.argTypes)) {
    const category = argType.table?.category;
    const member = declaration.members?.find((m) => m.name === name);
    let next = { ...argType };
    if (category === 'css shadow parts' || category === 'events' || category === 'slots') {
      next = { ...next, control: false };
    } else if (category === 'css custom properties') {
      const property = declaration.cssProperties?.find((p) => p.name === name);
      next = {
        ...next,
        type: { name: 'string' },
        control: name.startsWith('--gba-color-') ? { type: 'color' } : { type: 'text' },
        table: { ...next.table, type: { summary: 'CSS' }, defaultValue: property?.default ? { summary: property.default } : undefined },
      };
    } else if (category === 'attributes' || category === 'properties') {
      const text = argType.table?.type?.summary;
      const options = name === 'lang' ? ['', ...LANGS] : literalUnion(text);
      const fallback = defaultOf(declaration, name);
      next = {
        ...next,
        table: { ...next.table, defaultValue: fallback !== undefined ? { summary: fallback } : next.table?.defaultValue },
      };
      if (member?.readonly) next = { ...next, control: false };
      else if (options) {
        next = {
          ...next,
          options,
          control: { type: 'select', labels: { '': '(inherit from the page)' } },
        };
      }
    }
    refined[name] = next;
  }
  return refined;
};
