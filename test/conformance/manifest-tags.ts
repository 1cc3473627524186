/** The widgets the manifest documents: the conformance suite covers each without new code. */
export interface ManifestAttribute {
  name: string;
  type?: { text: string };
}

export interface ManifestWidget {
  tagName: string;
  name: string;
  attributes: ManifestAttribute[];
}

interface Manifest {
  modules: { declarations?: (ManifestWidget & { customElement?: boolean })[] }[];
}

export async function manifestWidgets(): Promise<ManifestWidget[]> {
  const response = await fetch('/custom-elements.json');
  const manifest = (await response.json()) as Manifest;
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => ({ tagName: d.tagName, name: d.name, attributes: d.attributes ?? [] }));
}
