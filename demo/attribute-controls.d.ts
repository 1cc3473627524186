// Types of demo/attribute-controls.js, for .storybook/manifest.ts (TypeScript) to share its reading of the manifest.
export interface ManifestAttributeLike {
  name: string;
  fieldName?: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
export interface DeclarationLike {
  tagName?: string;
  name?: string;
  summary?: string;
  members?: { name: string; default?: string }[];
  attributes?: ManifestAttributeLike[];
}
export interface AttributeControl {
  name: string;
  field: string;
  kind: 'select' | 'number' | 'checkbox' | 'text';
  options?: string[];
  value: string | number | boolean | undefined;
  description: string;
}
export const LANGS: readonly string[];
export const CDN_BASE: string;
export const LOADERS: { autoload: string; bundle: string };
export function coreType(text: string | undefined): string;
export function literalUnion(text: string | undefined): string[] | undefined;
export function describedChoices(description: string | undefined): string[] | undefined;
export function describedNumberDefault(description: string | undefined): number | undefined;
export function manifestDefault(declaration: DeclarationLike, attribute: ManifestAttributeLike): string | number | boolean | undefined;
export function attributeControl(declaration: DeclarationLike, attribute: ManifestAttributeLike): AttributeControl;
export function widgetControls(manifest: { modules?: { declarations?: DeclarationLike[] }[] }): { tag: string; name: string; summary: string; controls: AttributeControl[] }[];
export function attributeValue(control: AttributeControl, value: unknown): string | null;
export function tagMarkup(tag: string, attributes: [string, string][]): string;
export function embedSnippet(options: { base: string; file: string; tag: string; attributes: [string, string][] }): string;
