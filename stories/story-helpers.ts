// What every widget's story file shares, so that `stories/<tag>.stories.ts` stays a list of
// examples. Controls, docs rows and the docs page come from custom-elements.json (see
// .storybook/manifest.ts); language and theme come from the toolbar (.storybook/preview.ts).
//
//   import { widgetMeta, themed, invalid, type WidgetStory } from './story-helpers.js';
//   export default { title: 'Widgets/my-widget', ...widgetMeta('my-widget') };
//   // (Storybook reads the default export without running it: it must be an object
//   //  literal with a literal title; the spread supplies everything else at run time.)
//   type Story = WidgetStory<'my-widget'>;
//   export const Default: Story = {};
//   export const Named: Story = { args: { zone: 'shenzhong' } };
//   export const Broken: Story = { tags: ['shows-message'], args: { data: invalid({ zones: 3 }) } };
//   export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };
//
// Tag `shows-message` marks a story that shows the widget's inline message on purpose
// (unknown id, broken data): the story check (test/node/storybook.test.mjs) requires the
// message there and forbids it, and the widget's console.warn, in every other story.
// (Tags must be string literals: Storybook reads them without running the file.)
import type { Args, Decorator, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { attributeControls, defaultArgs, isDefault, widget } from '../.storybook/manifest.js';
import type { GbaElement } from '../src/components/base/gba-element.js';
import type { FrameView } from '../src/components/base/view.js';

/** Every tag in HTMLElementTagNameMap whose element is a gba widget. */
export type WidgetTag = {
  [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends GbaElement<unknown, FrameView> ? K : never;
}[keyof HTMLElementTagNameMap];

/** A widget's args: its public properties (typed: `data` has the widget's data shape) and `--gba-*` properties. */
export type WidgetArgs<T extends WidgetTag> = Partial<Omit<HTMLElementTagNameMap[T], keyof HTMLElement | 'hasError'>> & {
  lang?: string;
  [custom: `--gba-${string}`]: string | undefined;
};

export type WidgetStory<T extends WidgetTag> = StoryObj<WidgetArgs<T>>;

/** Extra rendering inputs a story can give through `parameters.gba`. */
export interface WidgetParameters {
  /** Text of a child `<script type="application/json">`: the editor's way to give data. */
  json?: string;
}

/**
 * The default export of `stories/<tag>.stories.ts` but its title: the widget as the
 * story's component, its controls and docs from the manifest, rendered by `renderWidget`.
 * Its args start at the widget's defaults (`defaultArgs`), so every control shows the value
 * the widget draws; a story's own args replace them.
 */
export function widgetMeta<T extends WidgetTag>(tag: T, meta: Partial<Meta<WidgetArgs<T>>> = {}): Meta<WidgetArgs<T>> {
  const declaration = widget(tag);
  if (!declaration) throw new Error(`<${tag}> is not in custom-elements.json: run \`npm run analyze\``);
  return {
    component: tag,
    render: renderWidget,
    ...meta,
    args: { ...defaultArgs(tag), ...meta.args } as Meta<WidgetArgs<T>>['args'],
    parameters: {
      ...meta.parameters,
      docs: { subtitle: declaration.summary, ...meta.parameters?.docs },
    },
  };
}

let styleCounter = 0;

/**
 * Renders `<tag>` from args as a page would: attribute-backed args as attributes (what an
 * editor types) unless they hold the widget's own default (then the widget's default
 * applies, and "Show code" shows what an editor would paste), other args as properties
 * (`data`), event args as listeners (the Actions panel), and `--gba-*` args as a `<style>`
 * rule — never an inline style attribute.
 */
export function renderWidget(args: Args, context: StoryContext): Node {
  const tag = context.component as string;
  const element = document.createElement(tag);
  const controls = attributeControls(tag);
  const customProperties: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    const argType = context.argTypes[name];
    const category = argType?.table?.category;
    if (category === 'css custom properties' || name.startsWith('--')) {
      if (value !== '') customProperties.push(`${name}: ${String(value).replace(/[;{}<>]/g, '')};`);
    } else if (category === 'css shadow parts' || category === 'slots' || category === 'events') {
      continue;
    } else if (typeof value === 'function') {
      const action = argType?.action as { name?: string } | string | undefined;
      const event = typeof action === 'object' ? action.name : undefined;
      if (event) element.addEventListener(event, value as EventListener);
    } else if (category === 'attributes' && ['string', 'number', 'boolean'].includes(typeof value)) {
      if (isDefault(controls.get(name), value)) continue;
      if (value === false) element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : String(value));
    } else {
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
  const json = (context.parameters.gba as WidgetParameters | undefined)?.json;
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    element.append(script);
  }
  if (customProperties.length === 0) return element;
  const id = `gba-story-${++styleCounter}`;
  element.id = id;
  const fragment = document.createDocumentFragment();
  fragment.append(styleElement(`#${id} { ${customProperties.join(' ')} }`), element);
  return fragment;
}

function styleElement(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

/** A decorator putting `css` in a `<style>` before the story: page CSS, as a site would write it. */
export function withStyle(css: string): Decorator {
  return (story) => html`${styleElement(css)}${story()}`;
}

/**
 * A themed story: the widget restyled only by the page's CSS (`--gba-*` properties and
 * `::part()`). It renders in its own frame on the docs page so its CSS stays its own.
 */
export function themed<T extends WidgetTag>(css: string, story: WidgetStory<T> = {}): WidgetStory<T> {
  return {
    ...story,
    decorators: [withStyle(css), ...((story.decorators as Decorator[] | undefined) ?? [])],
    parameters: {
      ...story.parameters,
      docs: {
        ...story.parameters?.docs,
        story: { inline: false, height: '460px' },
        description: { story: `Restyled from the page only:\n\n\`\`\`css\n${css.trim()}\n\`\`\`` },
      },
    },
  };
}

/** Data of a deliberately wrong shape, for the story that shows the inline message. */
export function invalid<T>(value: unknown): T {
  return value as T;
}

/**
 * The play function of the keyboard story every widget has: one tab stop into the chart,
 * an arrow key steps to a mark and its tooltip shows; the data table opens from its button.
 *
 *   export const Interactive: Story = { name: 'Keyboard and data table', play: playKeyboardAndTable };
 */
export async function playKeyboardAndTable({ canvasElement, component }: StoryContext): Promise<void> {
  const element = canvasElement.querySelector(component as WidgetTag)!;
  await element.updateComplete;
  const root = element.shadowRoot!;
  root.querySelector<SVGSVGElement>('svg[role="img"]')!.focus();
  await userEvent.keyboard('{ArrowRight}');
  await waitFor(() => expect(root.querySelector('[part~="tooltip"]')).toBeTruthy());
  await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="toggle"]')!);
  await waitFor(() => expect(root.querySelector('[part~="table"]')?.checkVisibility()).toBe(true));
}
