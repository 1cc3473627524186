import { industries, jianghaiInnovatorsFigures, jianghaiLabFigures, jianghaiPlatformsFigures } from '../../data/dataset.js';
import { figureLookup } from '../../data/figure-lookup.js';
import type { FigureInput, LabelInput } from '../../data/figure-input.js';
import type { InnovationPipelineData, PipelineItem } from '../../data/innovation-pipeline.js';
import type { Label } from '../../data/types.js';
import type { Locale } from '../../format/locale.js';
import { addMessages, msg, type MessageKey } from '../../format/messages.js';
import { messages as innovationPipelineMessages } from '../../generated/messages/innovation-pipeline.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(innovationPipelineMessages);

const SCRIPTS: Locale[] = [
  { script: 'zh-Hans', tag: 'zh-CN' },
  { script: 'zh-Hant', tag: 'zh-HK' },
  { script: 'en', tag: 'en' },
];

/** Our own words for the chart, in all three scripts (Traditional comes from the generated messages). */
function words(key: string): Label {
  const [hans, hant, en] = SCRIPTS.map((locale) => msg(locale, `innovation-pipeline.${key}` as MessageKey));
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
}

// Ids are public API and never renamed; should one vanish all the same, its item is dropped
// (see `present`) rather than thrown over: the reader still gets the rest, and the component
// test that wants every jianghai-* figure drawn fails the build.
// The three sections of the Jianghai piece that print them; no other figure is carried.
const figureById = /*#__PURE__*/ figureLookup(jianghaiPlatformsFigures, jianghaiInnovatorsFigures, jianghaiLabFigures);
const figure = (id: string): FigureInput => figureById(`jianghai-${id}`) as FigureInput;

const item = (id: string, extra: Partial<PipelineItem> = {}): PipelineItem => ({ figure: figure(id), ...extra, short: extra.short ?? words(`short.${id}`) });

/** The three fields, named in the article's order (“电子信息、先进制造与自动化、新材料”). */
const THREE_FIELDS = ['electronic-information', 'advanced-manufacturing-automation', 'new-materials'];

function fieldNames(): LabelInput[] {
  return THREE_FIELDS.map((id) => industries.find((i) => i.id === id)?.name).filter((name): name is Label => name !== undefined);
}

/** The data without items whose figure (or part) is missing, and without what is left empty. */
function present(data: InnovationPipelineData): InnovationPipelineData {
  const keep = (items: PipelineItem[]) => items.filter((i) => i.figure && (i.parts ?? []).every(Boolean));
  const stages = data.stages
    .map((stage) => ({ ...stage, groups: stage.groups.map((g) => ({ ...g, items: keep(g.items) })).filter((g) => g.items.length) }))
    .filter((stage) => stage.groups.length);
  const panels = (data.panels ?? []).map((panel) => ({ ...panel, items: keep(panel.items) })).filter((panel) => panel.items.length);
  return { ...data, stages, panels };
}

let cached: InnovationPipelineData | undefined;

/**
 * Jianghai district's innovation figures (the article's third piece) as a pipeline: every
 * `jianghai-*` figure of the dataset, each in the stage or panel the article's sentences put it in.
 */
export function jianghaiPipeline(): InnovationPipelineData {
  cached ??= present({
    title: words('title'),
    stages: [
      {
        label: words('stage.platforms'),
        measure: 'platforms',
        groups: [
          {
            label: words('group.added'),
            items: [
              item('new-municipal-engineering-centres'),
              item('new-provincial-engineering-centres'),
              item('new-municipal-key-labs'),
              item('new-provincial-expert-stations'),
            ],
          },
          { label: words('group.research'), items: [item('engineering-centres-total'), item('new-rd-institutions', { short: words('short.rd-institutions') })] },
          { label: words('group.incubators'), items: [item('incubators'), item('maker-spaces'), item('university-science-park')] },
        ],
      },
      { label: words('stage.incubating'), measure: 'firms', groups: [{ items: [item('incubating-firms', { short: words('short.incubating') })] }] },
      { label: words('stage.graduated'), measure: 'firms', groups: [{ items: [item('graduated-firms', { short: words('short.graduated') })] }] },
      {
        label: words('stage.hightech'),
        measure: 'firms',
        groups: [
          { label: words('group.fostered'), items: [item('incubated-hightech-firms', { short: words('short.incubated-hightech') })] },
          {
            label: words('group.stock'),
            trend: true,
            items: [item('hightech-firms-2021', { short: words('short.hightech-2021') }), item('hightech-firms-2023', { short: words('short.hightech-2023') })],
          },
          { items: [item('hightech-firms-output-over-100m', { short: words('short.output-over-100m') })] },
        ],
      },
    ],
    panels: [
      {
        label: words('panel.rates'),
        items: [
          item('rd-intensity', { form: 'gauge' }),
          item('tech-contract-growth', { form: 'gauge' }),
          item('hightech-share-three-fields', { form: 'gauge', short: words('short.three-fields-share') }),
          item('hightech-fields', { form: 'units', short: words('short.three-fields'), names: fieldNames() }),
        ],
      },
      {
        label: words('panel.results'),
        items: [
          item('xjtu-results'),
          item('ucas-results'),
          item('lab-results-released', { short: words('short.lab-results') }),
          item('lab-needs-surveyed', { form: 'units', short: words('short.lab-needs') }),
        ],
      },
      { label: words('panel.output'), items: [item('hightech-output', { form: 'number', short: words('short.output') })] },
      {
        label: words('panel.pioneers'),
        items: [
          item('innovation-pioneers-total', {
            short: words('short.pioneers'),
            parts: [figure('innovation-pioneers-2022'), figure('innovation-pioneers-2023')],
          }),
        ],
      },
    ],
    notes: [words('note.cohort'), words('note.centres'), words('note.overlap')],
  });
  return cached;
}
