import { define } from '../base/define.js';
import { KeyFigure } from './key-figure.component.js';

export { KeyFigure };
export type { KeyFigureData } from './key-figure.component.js';

define('key-figure', KeyFigure);
