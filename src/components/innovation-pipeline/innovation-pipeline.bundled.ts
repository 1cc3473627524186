import { industries, jianghaiInnovatorsFigures, jianghaiLabFigures, jianghaiPlatformsFigures } from '../../data/dataset.js';
import { figureLookup } from '../../data/figure-lookup.js';
import { labelFrom } from '../../format/message-label.js';
import type { FigureInput } from '../../data/figure-input.js';
import type { InnovationPipelineData, PipelineGroup, PipelineItem } from '../../data/innovation-pipeline.js';
import type { Label } from '../../data/types.js';
import type { Locale } from '../../format/locale.js';
import { addMessages, msg, type MessageKey } from '../../format/messages.js';
import { formatFigureValue } from '../../format/units.js';
import { messages as innovationPipelineMessages } from '../../generated/messages/innovation-pipeline.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(innovationPipelineMessages);

/** Our own words in every written form (Traditional comes from the generated messages). */
function words(key: string, params: (locale: Locale) => Record<string, string> = () => ({})): Label {
  return labelFrom((locale) => msg(locale, `innovation-pipeline.${key}` as MessageKey, params(locale)));
}

// Ids are public API and never renamed; should one vanish all the same, its item is dropped
// (see `present`) rather than thrown over: the reader still gets the rest, and the component
// test that wants every jianghai-* figure in the table fails the build.
// The three sections of the Jianghai piece that print them; no other figure is carried.
const figureById = /*#__PURE__*/ figureLookup(jianghaiPlatformsFigures, jianghaiInnovatorsFigures, jianghaiLabFigures);
const figure = (id: string): FigureInput => figureById(`jianghai-${id}`) as FigureInput;
const item = (id: string): PipelineItem => ({ figure: figure(id), short: words(`short.${id}`) });

/** The three fields, named in the article's order (“电子信息、先进制造与自动化、新材料”). */
const THREE_FIELDS = ['electronic-information', 'advanced-manufacturing-automation', 'new-materials'];

/** "三大技术领域：电子信息、先进制造与自动化、新材料": the number 3 with what it counts. */
function fieldsItem(): PipelineItem {
  const names = THREE_FIELDS.map((id) => industries.find((i) => i.id === id)?.name).filter((name): name is Label => name !== undefined);
  const short = words('short.hightech-fields', (locale) => ({
    names: names.map((n) => midSentence(n[locale.script], locale)).join(msg(locale, 'innovation-pipeline.list-separator')),
  }));
  const count = figure('hightech-fields');
  // The table names the fields too: the figure's own label says only “技术领域数”.
  return { figure: count && { ...count, label: short }, short };
}

/** English sets a name mid-sentence in lower case, unless it starts with an acronym (UCAS). */
function midSentence(text: string, locale: Locale): string {
  return locale.script === 'en' && /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** A group without the items whose figure is missing. */
const present = (group: PipelineGroup): PipelineGroup => ({ ...group, items: group.items.filter((i) => i.figure) });

let cached: InnovationPipelineData | undefined;

/**
 * Jianghai district's innovation figures (the article's third piece): the headline is the
 * stock of high-tech firms, 519 (2021) → 705 (2023); the counts of incubation on the same
 * scale; every other `jianghai-*` figure in groups drawn with `detail="all"`.
 */
export function jianghaiPipeline(): InnovationPipelineData {
  const [from, to] = [figure('hightech-firms-2021'), figure('hightech-firms-2023')];
  cached ??= {
    title: words('title', (locale) => ({ a: formatFigureValue(from, locale), b: formatFigureValue(to, locale) })),
    headline: present({ label: words('group.stock'), items: [item('hightech-firms-2021'), item('hightech-firms-2023')] }),
    counts: [
      present({
        label: words('group.incubation'),
        items: ['incubating-firms', 'graduated-firms', 'hightech-firms-output-over-100m', 'incubated-hightech-firms', 'incubators', 'maker-spaces'].map(item),
      }),
      present({
        label: words('group.platforms'),
        extra: true,
        items: [
          'engineering-centres-total',
          'new-municipal-engineering-centres',
          'new-rd-institutions',
          'new-provincial-engineering-centres',
          'new-municipal-key-labs',
          'new-provincial-expert-stations',
          'university-science-park',
          'innovation-pioneers-total',
          'innovation-pioneers-2022',
          'innovation-pioneers-2023',
        ].map(item),
      }),
    ].filter((g) => g.items.length),
    numbers: [
      present({
        label: words('group.numbers'),
        extra: true,
        items: [
          item('hightech-output'),
          item('rd-intensity'),
          item('hightech-share-three-fields'),
          fieldsItem(),
          item('tech-contract-growth'),
          item('xjtu-results'),
          item('ucas-results'),
          item('lab-results-released'),
          item('lab-needs-surveyed'),
        ],
      }),
    ].filter((g) => g.items.length),
    about: ['net', 'cohort', 'dates', 'open', 'rates', 'centres', 'overlap'].map((key) => words(`about.${key}`)),
  };
  return cached;
}
