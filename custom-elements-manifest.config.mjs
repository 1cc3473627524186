import { editorTypesPlugin } from './scripts/editor-types.mjs';

/**
 * The analyzer lists modules in the order the file system returns them, which differs
 * between checkouts; sorting by path keeps the committed manifest identical everywhere
 * (the freshness test compares it byte for byte).
 */
const sortModulesPlugin = () => ({
  name: 'sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
});

/**
 * A widget redeclares GbaElement's `data` with its own data type; the analyzer's inheritance
 * step would list the base's generic `TData` instead. Keep the type each class declares.
 */
const ownDataTypePlugin = () => {
  const declared = new Map();
  const key = (path, name) => `${path}#${name}`;
  return {
    name: 'own-data-type',
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        const data = decl.members?.find((m) => m.name === 'data' && !m.inheritedFrom);
        if (data?.type) declared.set(key(moduleDoc.path, decl.name), data.type);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const type = declared.get(key(mod.path, decl.name));
          const data = decl.members?.find((m) => m.name === 'data');
          if (type && data) data.type = type;
        }
      }
    },
  };
};

/**
 * The widgets declare their reactive properties in `static properties` (no decorators). The
 * analyzer's Lit step for those writes `privacy` on each property it reads, first among its keys:
 * `"public"` where its field step (and the `@property` step) writes none, and a field's own
 * privacy before its type, not after. Drop the default and put a set one where the field step
 * does, so each field reads as it always has (scripts/api-docs.mjs lists the properties that
 * have no privacy: `data` would drop out of the README).
 */
const fieldPrivacyPlugin = () => ({
  name: 'field-privacy',
  moduleLinkPhase({ moduleDoc }) {
    for (const decl of moduleDoc.declarations ?? []) {
      decl.members = decl.members?.map((member) => {
        if (member.kind !== 'field' || member.privacy === undefined) return member;
        const { kind, name, type, privacy, ...rest } = member;
        return { kind, name, ...(type && { type }), ...(privacy !== 'public' && { privacy }), ...rest };
      });
    }
  },
});

export default {
  globs: ['src/components/**/*.component.ts', 'src/components/base/gba-element.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // JSX types and VS Code custom data (custom-element-jsx-integration,
  // custom-element-vs-code-integration) into dist/, from a copy: the manifest is unchanged.
  plugins: [fieldPrivacyPlugin(), ownDataTypePlugin(), sortModulesPlugin(), editorTypesPlugin()],
};
