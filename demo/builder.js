// The start page's embed builder: pick a widget, set its attributes with controls generated from
// custom-elements.json (demo/attribute-controls.js), preview it at a reader's width, copy the
// snippet. Built with DOM calls and text nodes only: the page runs under a strict CSP with
// Trusted Types. The preview draws with the one-file bundle the page already loads.
import { attributeValue, CDN_BASE, embedSnippet, LOADERS, widgetControls } from './attribute-controls.js';

const $ = (id) => document.getElementById(id);
const widgetSelect = $('builder-widget');
const fields = $('builder-attributes');
const frame = $('builder-frame');
const snippet = $('builder-snippet');
const copied = $('builder-copied');

let widgets = [];
let current;
let preview;

function element(tag, properties = {}, children = []) {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

/** One labelled control for `control` (see attributeControl), its id `attr-<name>`. */
function controlField(control) {
  const id = `attr-${control.name}`;
  let input;
  if (control.kind === 'select') {
    input = element('select', { id }, control.options.map((value) => element('option', { value, textContent: value === '' ? '(not set)' : value })));
    input.value = control.value;
  } else if (control.kind === 'checkbox') {
    input = element('input', { id, type: 'checkbox', checked: control.value });
  } else if (control.kind === 'number') {
    input = element('input', { id, type: 'number', step: 'any', value: control.value === undefined ? '' : String(control.value) });
  } else {
    input = element('input', { id, type: 'text', value: control.value, spellcheck: false });
  }
  input.dataset.attribute = control.name;
  input.addEventListener(control.kind === 'checkbox' || control.kind === 'select' ? 'change' : 'input', update);
  const help = element('small', { id: `${id}-help`, textContent: control.description.replace(/\s+/g, ' ') });
  input.setAttribute('aria-describedby', help.id);
  const label = element('label', { htmlFor: id }, [element('code', { textContent: control.name })]);
  return element('div', { className: `field field-${control.kind}` }, [label, input, help]);
}

/** [[name, value], …]: the attributes whose controls differ from the widget's defaults. */
function chosenAttributes() {
  const chosen = [];
  for (const control of current.controls) {
    const input = $(`attr-${control.name}`);
    const value = attributeValue(control, control.kind === 'checkbox' ? input.checked : input.value);
    if (value !== null) chosen.push([control.name, value]);
  }
  return chosen;
}

function selectWidget() {
  current = widgets.find((w) => w.tag === widgetSelect.value) ?? widgets[0];
  fields.replaceChildren(element('legend', { textContent: `<${current.tag}>` }), element('p', { className: 'summary', textContent: current.summary }), ...current.controls.map(controlField));
  preview = document.createElement(current.tag);
  frame.replaceChildren(preview);
  update();
}

/** Brings the preview's attributes and the snippet in line with the controls. */
function update() {
  const chosen = chosenAttributes();
  const wanted = new Map(chosen);
  for (const { name } of current.controls) {
    if (wanted.has(name)) {
      if (preview.getAttribute(name) !== wanted.get(name)) preview.setAttribute(name, wanted.get(name));
    } else if (preview.hasAttribute(name)) preview.removeAttribute(name);
  }
  const width = document.querySelector('input[name="builder-width"]:checked')?.value ?? '640';
  frame.className = `builder-frame w${width}`;
  const loader = document.querySelector('input[name="builder-loader"]:checked')?.value ?? 'autoload';
  snippet.value = embedSnippet({ base: CDN_BASE, file: LOADERS[loader], tag: current.tag, attributes: chosen });
  copied.textContent = '';
}

async function copy() {
  snippet.select();
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.textContent = copied.dataset.done;
  } catch {
    // No clipboard permission (an embedded or insecure page): the text is selected, ready for Ctrl+C.
    copied.textContent = copied.dataset.select;
  }
}

async function start() {
  const response = await fetch(new URL('../custom-elements.json', import.meta.url));
  widgets = widgetControls(await response.json());
  widgetSelect.replaceChildren(...widgets.map((w) => element('option', { value: w.tag, textContent: `<${w.tag}> — ${w.summary}` })));
  widgetSelect.addEventListener('change', selectWidget);
  for (const radio of document.querySelectorAll('input[name="builder-width"], input[name="builder-loader"]')) radio.addEventListener('change', update);
  $('builder-copy').addEventListener('click', copy);
  // Enter in a field must not submit the form (and reload the page): the preview is already live.
  document.querySelector('.builder-form').addEventListener('submit', (event) => event.preventDefault());
  selectWidget();
  document.getElementById('builder').dataset.ready = '';
}

start().catch((error) => {
  fields.replaceChildren(element('p', { className: 'builder-error', textContent: `The builder could not read custom-elements.json: ${error.message}` }));
});
