// The snapshot files' setting-out (test/helpers/snapshot.mjs): it must change only the
// white space SVG does not draw, and show a difference where it is.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clip, firstDifference, prettyXML, roundNumbers, squashed } from '../helpers/snapshot.mjs';

const SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10"><title>T &amp; t</title><g class="a">\n  ' +
  '<rect width="1.23456"/><text x="0.125"><tspan x="0">one</tspan> <tspan dy="1">two 3.14159</tspan></text></g></svg>';

describe('prettyXML', () => {
  const pretty = prettyXML(SVG);
  const lines = pretty.trimEnd().split('\n');

  test('sets each element on its own line, indented by depth', () => {
    assert.deepEqual(lines, [
      '<?xml version="1.0"?>',
      '<svg xmlns="http://www.w3.org/2000/svg" width="10">',
      '  <title>T &amp; t</title>',
      '  <g class="a">',
      '    <rect width="1.23456"/>',
      '    <text x="0.125"><tspan x="0">one</tspan> <tspan dy="1">two 3.14159</tspan></text>',
      '  </g>',
      '</svg>',
    ]);
  });

  test('changes nothing but the white space between tags', () => {
    assert.equal(squashed(pretty), squashed(SVG));
  });

  test('keeps a <text> whole, with the space drawn between its <tspan>s', () => {
    assert.ok(lines.includes('    <text x="0.125"><tspan x="0">one</tspan> <tspan dy="1">two 3.14159</tspan></text>'));
  });
});

describe('roundNumbers', () => {
  test('rounds numbers in tags to the hundredth, never numbers in the text', () => {
    assert.equal(roundNumbers('<rect x="116.23227272727274" d="M1.0061,2.999L3,4"/><text>3.14159</text>'), '<rect x="116.23" d="M1.01,3L3,4"/><text>3.14159</text>');
  });
});

describe('firstDifference', () => {
  test('names the first differing line, 1-based, with both versions', () => {
    assert.deepEqual(firstDifference('a\nb\nc\n', 'a\nB\nc\n'), { line: 2, expected: 'b', actual: 'B' });
    assert.deepEqual(firstDifference('a\n', 'a\nextra\n'), { line: 2, expected: '', actual: 'extra' });
    assert.equal(firstDifference('same\n', 'same\n'), undefined);
  });

  test('clips a long line around where the two versions part', () => {
    const a = `${'x'.repeat(300)}A${'y'.repeat(300)}`;
    const b = `${'x'.repeat(300)}B${'y'.repeat(300)}`;
    const shown = clip(a, b);
    assert.ok(shown.length < 200 && shown.includes('A'), shown);
  });
});
