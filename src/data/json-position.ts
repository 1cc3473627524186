/**
 * Where `JSON.parse(text)` failed, as a 1-based line and column, read from the engine's
 * SyntaxError ("… at position 12", "… (line 2 column 5)"): a reader is told where, in our
 * words, never the engine's. Undefined when the engine names no place.
 */
export function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
