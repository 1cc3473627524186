// The same mistakes in React 19 JSX; tsc must report exactly the marked lines.
import type { CustomElements } from 'gba-widgets/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export const badTheme = <key-figure theme="purple" />; // error TS2322
export const badData = <key-figure data={{ value: 'many', unit: '亿元', label: { 'zh-Hans': '示例', en: 'Example' }, date: '2024' }} />; // error TS2322
