// The article's industries as <industry-cluster> takes them: groups by side, the industries
// they name, and each side's key numbers with the short words the widget gives them (its
// messages). Data returns the facts; the words are put to them here.
import { cities, industries as bundledIndustries, jianghaiInnovatorsFigures, zhongshanClustersFigures, zones } from '../../data/dataset.js';
import { INDUSTRY_SIDES, type IndustryClusterData, type IndustryGroupInput, type IndustrySide, type IndustrySources } from '../../data/industries.js';
import { messageLabel } from '../../format/message-label.js';
import { addMessages, type MessageKey } from '../../format/messages.js';
import { messages as industryClusterMessages } from '../../generated/messages/industry-cluster.js';

// This module's words: a page that loads one widget carries only that widget's messages.
addMessages(industryClusterMessages);

/**
 * The one number the article gives about a group's industries as a whole. Named here
 * rather than found by topic: only this one describes the fields listed beside it.
 */
const GROUP_FIGURES: Record<string, string> = { jianghai: 'jianghai-hightech-share-three-fields' };

/**
 * The Zhongshan piece's numbers on the city's manufacturing base (“拥有38个国家级产业基地、
 * 18个省级专业镇、18项产业集群联盟标准，成功创建首批…试点示范城市”, “有20家深圳企业入选…资源池”),
 * each with its short words; in the article’s order.
 */
const SIDE_FACTS: Record<IndustrySide, [figure: string, short: MessageKey][]> = {
  jiangmen: [],
  zhongshan: [
    ['zhongshan-national-industrial-bases', 'industry-cluster.bundled.national-bases'],
    ['zhongshan-provincial-specialised-towns', 'industry-cluster.bundled.specialised-towns'],
    ['zhongshan-cluster-alliance-standards', 'industry-cluster.bundled.alliance-standards'],
    ['zhongshan-three-products-pilot-batch', 'industry-cluster.bundled.three-products-pilot'],
    ['shenzhen-firms-in-zhongshan-digital-pool', 'industry-cluster.bundled.digital-pool'],
  ],
};

/**
 * The side a dataset city or zone stands on: a district's parent city (江海区 → 江门),
 * a zone's partner city on the west bank (深江 → 江门); none for Shenzhen or Dongguan.
 */
function sideOf(id: string, from: IndustrySources): IndustrySide | undefined {
  const city = from.cities.find((c) => c.id === id);
  const zone = from.zones.find((z) => z.id === id);
  const candidates = city ? [city.parent ?? city.id] : (zone?.cities ?? []);
  return INDUSTRY_SIDES.find((side) => candidates.includes(side));
}

/**
 * The bundled collections, with the figures of the two sections that print the figures named
 * above (Jianghai's innovators, with the 85%; Zhongshan's clusters): a page with
 * <industry-cluster> alone carries no other figure.
 */
function bundledSources(): IndustrySources {
  return { cities, figures: [...jianghaiInnovatorsFigures, ...zhongshanClustersFigures], industries: bundledIndustries, zones };
}

/**
 * The article's industries as `<industry-cluster>` data. Groups go by side, and within a
 * side the city, then its cooperation zone, then its districts (江门、深江经济合作区、江海区),
 * each kind in order of first mention.
 */
export function industryClusterData(from: IndustrySources = bundledSources()): IndustryClusterData {
  const ids = [...new Set(from.industries.flatMap((i) => i.memberships.map((m) => m.group)))];
  const kind = (id: string) => (INDUSTRY_SIDES.includes(id as IndustrySide) ? 0 : from.zones.some((z) => z.id === id) ? 1 : 2);
  const groups: IndustryGroupInput[] = [];
  for (const side of INDUSTRY_SIDES) {
    for (const id of ids.filter((id) => sideOf(id, from) === side).sort((a, b) => kind(a) - kind(b))) {
      const place = from.cities.find((c) => c.id === id) ?? from.zones.find((z) => z.id === id);
      const figure = from.figures.find((f) => f.id === GROUP_FIGURES[id]);
      groups.push({ id, name: place!.name, side, ...(figure ? { figure } : {}) });
    }
  }
  const known = new Set(groups.map((g) => g.id));
  const listed = from.industries
    .map((i) => ({ ...i, memberships: i.memberships.filter((m) => known.has(m.group)) }))
    .filter((i) => i.memberships.length > 0);
  const facts: IndustryClusterData['facts'] = {};
  for (const side of INDUSTRY_SIDES) {
    const found = SIDE_FACTS[side].flatMap(([id, short]) => {
      const figure = from.figures.find((f) => f.id === id);
      return figure ? [{ ...figure, short: messageLabel(short) }] : [];
    });
    if (found.length) facts[side] = found;
  }
  return { groups, industries: listed, facts };
}
