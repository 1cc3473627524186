// A developer's page script: register one widget, give it data of its documented shape.
import 'gba-widgets/key-figure.js';
import type { KeyFigureData } from 'gba-widgets';
import { figureById } from 'gba-widgets/data';

// HTMLElementTagNameMap knows the tag: `figure` is a KeyFigure, not a bare HTMLElement.
const figure = document.createElement('key-figure');
figure.lang = 'en';
figure.theme = 'dark';

const own: KeyFigureData = {
  value: 705,
  unit: '家',
  label: { 'zh-Hans': '高新技术企业', en: 'High-tech firms' },
  date: '2023',
};
figure.data = own;

// Two figures of the same unit, compared: one from the bundled dataset, one of our own.
const before = figureById('jianghai-hightech-firms-2021');
if (before) figure.data = [before, { ...own, qualifier: 'more-than' }];

document.body.append(figure);

const again = document.querySelector('key-figure');
if (again && !again.hasError) again.figure = 'jiangmen-gdp-2023';
