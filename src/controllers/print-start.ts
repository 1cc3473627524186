/**
 * Calls `onStart` when printing starts: on `beforeprint`, or when the print media query
 * starts matching (as when a page is emulated for print, which fires no `beforeprint`).
 * Returns the function that stops listening. Where there is no window (the server) it
 * listens to nothing.
 */
export function watchPrintStart(onStart: () => void): () => void {
  const print = printQuery();
  if (!print) return () => {};
  const onQuery = (event: MediaQueryListEvent): void => {
    if (event.matches) onStart();
  };
  addEventListener('beforeprint', onStart);
  print.addEventListener('change', onQuery);
  return () => {
    removeEventListener('beforeprint', onStart);
    print.removeEventListener('change', onQuery);
  };
}

/** Whether the page is being printed now. */
export const printing = (): boolean => printQuery()?.matches ?? false;

let query: MediaQueryList | undefined;
// One list for the page: widgets ask on every resize, and each matchMedia() call makes a new one.
const printQuery = (): MediaQueryList | undefined => (query ??= typeof matchMedia === 'function' ? matchMedia('print') : undefined);
