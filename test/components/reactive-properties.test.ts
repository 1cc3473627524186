// The reactive properties Lit makes (from each class's `static properties`, the base's included)
// are the ones custom-elements.json documents (from the typed, JSDoc'd fields beside them): the
// same attributes, each feeding its field with the documented type, reflected where documented;
// and no field shadows Lit's accessor (a field defined on the instance, as under
// `useDefineForClassFields: true`, would swallow every change unseen). On every widget of the manifest.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/all.js';

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
  type?: { text: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
  members?: Member[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

type Widget = ReactiveElement & Record<string, unknown>;
type WidgetClass = typeof ReactiveElement;

/** A value of an attribute's documented type, as an editor would write it, and what the field then holds. */
function sample(type = 'string'): { attribute: string; property: unknown } {
  if (/^number\b/.test(type)) return { attribute: '7', property: 7 };
  if (type === 'boolean') return { attribute: '', property: true };
  return { attribute: 'probe', property: 'probe' };
}

it('the manifest documents widgets', () => expect(widgets.length).to.be.greaterThan(0));

for (const widget of widgets) {
  const tag = widget.tagName!;
  const attributes = widget.attributes ?? [];
  const fields = (widget.members ?? []).filter((m) => m.kind === 'field' && !m.static);

  describe(`reactive properties: <${tag}>`, () => {
    afterEach(() => fixtureCleanup());
    const widgetClass = () => customElements.get(tag) as unknown as WidgetClass;

    it('observes exactly the attributes the manifest documents', () => {
      expect([...widgetClass().observedAttributes].sort()).to.deep.equal(attributes.map((a) => a.name).sort());
    });

    it('makes every documented public field reactive (data included), and no property the manifest does not list', () => {
      const reactive = widgetClass().elementProperties;
      for (const field of fields.filter((f) => !f.privacy && !f.readonly)) expect(reactive.has(field.name), field.name).to.equal(true);
      for (const name of reactive.keys()) expect(fields.map((f) => f.name), String(name)).to.include(name);
    });

    for (const attribute of attributes) {
      it(`reads ${attribute.name} into ${attribute.fieldName} as its documented type (${attribute.type?.text})`, () => {
        const el = document.createElement(tag) as Widget;
        const { attribute: written, property } = sample(attribute.type?.text);
        el.setAttribute(attribute.name, written);
        expect(el[attribute.fieldName!]).to.equal(property);
      });
    }

    it('keeps no reactive property as a field of its own on the instance: Lit’s accessors see every change', async () => {
      const el = await fixture<Widget>(`<${tag}></${tag}>`);
      const own = [...widgetClass().elementProperties.keys()].filter((name) => Object.prototype.hasOwnProperty.call(el, name));
      expect(own).to.deep.equal([]);
    });

    for (const field of fields.filter((f) => f.reflects)) {
      it(`reflects ${field.name} to ${field.attribute}, as documented`, async () => {
        const el = await fixture<Widget>(`<${tag}></${tag}>`);
        // A value the widget takes (the last its type names: not the default), so it has nothing to warn about.
        const choice = [...(field.type?.text ?? '').matchAll(/'([^']*)'/g)].at(-1)?.[1];
        const { attribute, property } = choice ? { attribute: choice, property: choice } : sample(field.type?.text === 'boolean' ? 'boolean' : 'string');
        el[field.name] = property;
        await el.updateComplete;
        expect(el.getAttribute(field.attribute!)).to.equal(attribute);
      });
    }
  });
}
