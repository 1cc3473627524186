// Each marked line is a mistake the types must catch; tsc must report exactly these.
import 'gba-widgets/key-figure.js';

const figure = document.createElement('key-figure');

figure.data = { value: '4022.5', unit: '亿元', label: { 'zh-Hans': '江门GDP', en: 'Jiangmen GDP' }, date: '2023' }; // error TS2322
figure.data = { value: 4022.5, unit: 'furlongs', label: { 'zh-Hans': '江门GDP', en: 'Jiangmen GDP' }, date: '2023' }; // error TS2322
figure.data = { value: 4022.5, unit: '亿元', label: { en: 'Jiangmen GDP' }, date: '2023' }; // error TS2322
figure.data = { value: 4022.5, unit: '亿元', label: { 'zh-Hans': '江门GDP', en: 'Jiangmen GDP' }, date: '2023', qualifier: 'roughly' }; // error TS2322
figure.theme = 'purple'; // error TS2322
