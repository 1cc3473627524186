/**
 * Opens a widget's data table as a reader does, with its "View data" button, and waits
 * for the rows: a widget draws them only once they are asked for. Resolves to the shadow root.
 */
export async function openTable(el: Element): Promise<ShadowRoot> {
  const root = el.shadowRoot!;
  const toggle = root.querySelector<HTMLButtonElement>('button[part~="toggle"]');
  if (!toggle) throw new Error(`<${el.localName}> has no “View data” button`);
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  return root;
}
