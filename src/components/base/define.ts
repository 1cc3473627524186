const WARNED = Symbol.for('gba-widgets.duplicate-warned');

/**
 * Registers `tag` unless a page already did. Two copies of the library on one page (a
 * CDN bundle and an npm build) must not throw "name already used": the first copy's
 * classes stay, and the page hears about it once, not once per tag.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (existing !== element && !flags[WARNED]) {
    flags[WARNED] = true;
    console.warn(`gba-widgets: <${tag}> and others are already defined by another copy of the library; keeping the first.`);
  }
}
