import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM, never through a `style` attribute. A
 * strict Content-Security-Policy (`style-src 'self'`) blocks the attribute but not the
 * CSSOM, and Lit's own `styleMap` writes the attribute on an element's first render.
 */
class StyleProperties extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProperties() goes in an element, not an attribute value');
  }

  render(_properties: Record<string, string>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return nothing;
  }
}

export const styleProperties = directive(StyleProperties);
