// React 19: the package's JSX types (gba-widgets/jsx, generated from custom-elements.json)
// added to React's intrinsic elements once, then the tags type-check like any element.
import type { CustomElements } from 'gba-widgets/jsx';
import 'gba-widgets/key-figure.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export function Compare() {
  return <key-figure figure="jianghai-hightech-firms-2021" compare="jianghai-hightech-firms-2023" lang="en" theme="light" />;
}

export function OwnFigure() {
  return <key-figure data={{ value: 12.5, unit: '%', qualifier: 'about', label: { 'zh-Hans': '示例', en: 'Example' }, date: '2024' }} />;
}
