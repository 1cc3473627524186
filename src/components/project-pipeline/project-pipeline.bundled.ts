// The article's projects and investment as <project-pipeline> takes them: the dataset's
// figures, named in the widget's own words (its messages). Data returns the figures; the
// words are put to them here.
import { jianghaiLabFigures, leadOneHourCircleFigures, zhongshanClustersFigures, zhongshanTwinCitiesFigures } from '../../data/dataset.js';
import { figureLookup } from '../../data/figure-lookup.js';
import type { FigureInput } from '../../data/figure-input.js';
import type { ProjectPipelineData } from '../../data/project-pipeline.js';
import { messageLabel } from '../../format/message-label.js';
import { addMessages, type MessageKey } from '../../format/messages.js';
import { messages as projectPipelineMessages } from '../../generated/messages/project-pipeline.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(projectPipelineMessages);

/**
 * The article's figure with this id among the sections the bundled programmes come from:
 * Zhongshan's parks and projects, Jianghai's safety park, the lead's firms and 海目星.
 */
const figureById = /*#__PURE__*/ figureLookup(zhongshanTwinCitiesFigures, jianghaiLabFigures, zhongshanClustersFigures, leadOneHourCircleFigures);

const figure = (id: string, label?: MessageKey): FigureInput => {
  const found = figureById(id);
  if (!found) throw new Error(`the dataset has no figure ${id}`);
  // A short lead-in replaces the dataset's long label where the figure is printed beside a name.
  return label ? { ...found, label: messageLabel(label) } : found;
};

/** The article's projects and investment: three parks' and lists' money and counts, Langjian's one project, and two key numbers. */
export function projectPipelineData(): ProjectPipelineData {
  return {
    programmes: [
      {
        label: messageLabel('project-pipeline.bundled.theme-parks'),
        investment: figure('zhongshan-theme-parks-investment-2024'),
        term: messageLabel('project-pipeline.bundled.term-total'),
        projects: figure('zhongshan-theme-parks-projects-2024'),
        extras: [figure('zhongshan-theme-parks', 'project-pipeline.bundled.parks-count')],
        tone: 'zhongshan',
      },
      {
        label: messageLabel('project-pipeline.bundled.safety-park'),
        investment: figure('safety-park-planned-investment'),
        term: messageLabel('project-pipeline.bundled.term-planned'),
        projects: figure('safety-park-projects'),
        largeProjects: figure('safety-park-projects-over-100m', 'project-pipeline.bundled.large'),
        tone: 'jiangmen',
        note: messageLabel('project-pipeline.bundled.safety-park-note'),
      },
      {
        label: messageLabel('project-pipeline.bundled.shenzhong'),
        investment: figure('zhongshan-shenzhen-projects-investment-2024'),
        term: messageLabel('project-pipeline.bundled.term-planned-total'),
        projects: figure('zhongshan-shenzhen-projects-2024'),
        tone: 'zhongshan',
      },
      {
        label: messageLabel('project-pipeline.bundled.langjian'),
        investment: figure('langjian-planned-investment'),
        term: messageLabel('project-pipeline.bundled.term-expected-total'),
        extras: [figure('langjian-site-area', 'project-pipeline.bundled.site')],
        tone: 'zhongshan',
      },
    ],
    highlights: [
      {
        figure: figure('shenzhen-firms-in-jiangmen'),
        caption: messageLabel('project-pipeline.bundled.firms'),
        tone: 'jiangmen',
      },
      {
        figure: figure('hymson-jiangmen-output-growth'),
        caption: messageLabel('project-pipeline.bundled.hymson'),
        extras: [figure('hymson-jiangmen-growth-years', 'project-pipeline.bundled.within'), figure('hymson-jiangmen-laser-types', 'project-pipeline.bundled.laser-types')],
        tone: 'jiangmen',
        note: messageLabel('project-pipeline.bundled.hymson-note'),
      },
    ],
  };
}
