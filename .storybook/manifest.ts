// custom-elements.json → Storybook. Storybook's own mapping (setCustomElementsManifest)
// turns every documented member into a row; this file gives it only the public API and
// then refines the controls it infers, from the same manifest, for every widget at once.
// An attribute's control is the one the start page's embed builder shows (the shared reading
// of demo/attribute-controls.js): a number (`number | undefined` too) a number field, a
// boolean a checkbox, a union of string literals or the choices its description lists a
// select; its default arg is the value the widget draws (`defaultArgs`). `--gba-color-*` gets
// a colour picker; parts and events are documented rows without a control; a property that
// has an attribute is documented, its attribute row is the control; read-only properties are
// rows only.
import type { Args, ArgTypesEnhancer, StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import rawManifest from '../custom-elements.json';
import { attributeControl, LANGS, type AttributeControl } from '../demo/attribute-controls.js';

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

export { LANGS };

/** Every attribute's control, by attribute name, as the embed builder reads it from the manifest. */
export function attributeControls(tag: string): Map<string, AttributeControl> {
  const declaration = widget(tag);
  return new Map((declaration?.attributes ?? []).map((attribute) => [attribute.name, attributeControl(declaration!, attribute)]));
}

/**
 * A widget's default args: each attribute at the value the widget draws when the attribute is
 * absent (`theme: 'auto'`, `'base-year': 2023`, `growth: 7.18`), so a story's controls show
 * what its picture shows. renderWidget writes none of them back (see `isDefault`).
 */
export function defaultArgs(tag: string): Args {
  const args: Args = {};
  for (const [name, control] of attributeControls(tag)) if (control.value !== undefined) args[name] = control.value;
  return args;
}

/** True when an attribute arg holds the widget's own default: written, `growth="7.18"` would replace the derived rate by its rounding. */
export function isDefault(control: AttributeControl | undefined, value: unknown): boolean {
  return control !== undefined && control.value !== undefined && value === control.value;
}

/** The Storybook control for a manifest control. */
function controlType(control: AttributeControl): Partial<StrictInputType> {
  switch (control.kind) {
    case 'number':
      return { type: { name: 'number' }, control: { type: 'number' } };
    case 'checkbox':
      return { type: { name: 'boolean' }, control: { type: 'boolean' } };
    case 'select':
      return {
        type: { name: 'enum', value: control.options ?? [] },
        options: control.options,
        control: { type: 'select', labels: { '': control.name === 'lang' ? '(inherit from the page)' : '(not set)' } },
      };
    default:
      return { type: { name: 'string' }, control: { type: 'text' } };
  }
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
  const controls = attributeControls(declaration.tagName!);
  const withAttribute = new Set([...controls.values()].map((c) => c.field));
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
      const control = category === 'attributes' ? controls.get(name) : undefined;
      const fallback = defaultOf(declaration, name) ?? (control?.value !== undefined ? String(control.value) : undefined);
      next = {
        ...next,
        table: { ...next.table, defaultValue: fallback !== undefined ? { summary: fallback } : next.table?.defaultValue },
      };
      if (member?.readonly) next = { ...next, control: false };
      else if (control) next = { ...next, ...controlType(control) };
      // `baseYear` beside `base-year`: one control per setting, on the attribute an editor types.
      else if (category === 'properties' && withAttribute.has(name)) next = { ...next, control: false };
    }
    refined[name] = next;
  }
  return refined;
};
