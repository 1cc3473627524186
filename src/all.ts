/** Registers every widget: the entry of the one-file CDN bundle. */
import './components/key-figure/key-figure.js';

export * from './index.js';
