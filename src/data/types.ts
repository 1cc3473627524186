/**
 * The shape of the article dataset. `data/*.json` holds it by hand in Simplified
 * Chinese and English; the build adds the `zh-Hant` labels (OpenCC), so runtime
 * code sees {@link Label} with all three.
 */

/** A text in each language the widgets speak. */
export interface Label {
  'zh-Hans': string;
  'zh-Hant': string;
  en: string;
}

/** How the article hedges a number: "300多家", "超300家", "约40家", "近…", "不足12%". */
export type Qualifier = 'more-than' | 'over' | 'about' | 'nearly' | 'under';

/**
 * The article's own unit, spelled as the article spells it. `src/format/units.ts`
 * knows how to say each one in every language.
 */
export type Unit =
  | '亿元'
  | '万元'
  | '%'
  | '平方公里'
  | '平方米'
  | '万平方米'
  | '亩'
  | '万亩'
  | '倍'
  | '番'
  | '年'
  | '小时'
  | '分之'
  | '家'
  | '个'
  | '项'
  | '种'
  | '座'
  | '届'
  | '站'
  | '批'
  | '次'
  | '名'
  | '支';

/** One number the article states. */
export interface Figure {
  /** Stable kebab-case id, e.g. `jiangmen-gdp-2023`. Public API: never rename. */
  id: string;
  /** The value in the article's unit (4022.5 for "4022.5亿元"; 1.24 for "1.24万亩"). */
  value: number;
  unit: Unit;
  /** The number exactly as printed in the quote: "4022.5", "300", "五", "1/6", "十多". */
  literal: string;
  qualifier?: Qualifier;
  /** The number ranks rather than counts: 第4座, 第18届, 首届 (first). */
  ordinal?: boolean;
  /** What is counted or measured. */
  label: Label;
  /** ISO date or year the figure refers to: "2023", "2024-06-15", "2021/2023" for a span. */
  date: string;
  /** Id of the article section it is printed in (see `ArticleSection.id`). */
  section: string;
  /** A short verbatim passage of the article that contains `literal`. */
  quote: string;
  /** Ids of the cities, zones or organisations the figure is about. */
  subjects: string[];
  /** Free topic tags used by widgets to pick figures: `gdp`, `land`, `innovation`, … */
  topics: string[];
  /** Why a number is not a plain quantity, when it is not (an ordinal, a name, a figure of speech). */
  note?: Label;
}

export interface ArticleSection {
  id: string;
  /** Which of the four pieces of the special the section belongs to. */
  piece: string;
  heading: Label;
}

export interface ArticlePiece {
  id: string;
  title: Label;
  byline: string;
}

export interface Article {
  publisher: Label;
  /** Title of the lead piece: the source line cites it. */
  title: Label;
  /** Publication month, ISO; the day is not printed in the text. */
  date: string;
  /** How relative dates ("去年2月", "今年年初", "6个月后") were resolved. */
  dateRule: Label;
  pieces: ArticlePiece[];
  sections: ArticleSection[];
}

export interface City {
  id: string;
  name: Label;
  bank: 'east' | 'west';
  /** The city a district belongs to (江海区 → jiangmen: "位于江门市江海区"). */
  parent?: string;
}

export interface ZoneArea {
  id: string;
  name: Label;
  /** Figure id of its area. */
  areaFigure: string;
}

export interface Zone {
  id: string;
  name: Label;
  /** Other names the article uses for the place (银湖湾滨海新区). */
  site?: Label;
  cities: string[];
  /** Figure id of the planned area. */
  plannedAreaFigure: string;
  /** Sub-areas that partition the planned area (深中: 马鞍岛, 南朗, 民众). */
  parts: ZoneArea[];
  /** Nested areas, outermost first (深江: start-up zone ⊃ usable ⊃ prepared). */
  nested: ZoneArea[];
  industries: string[];
  models: string[];
  events: string[];
}

/** `arrivals`: the sectors of firms that have moved in (300多家深圳企业…涵盖…), not an existing base. */
export type IndustryStage = 'strength' | 'arrivals' | 'new-track' | 'future' | 'cluster';

export interface IndustryMembership {
  /** City, zone or district id. */
  group: string;
  stage: IndustryStage;
  section: string;
  quote: string;
}

export interface Industry {
  id: string;
  name: Label;
  memberships: IndustryMembership[];
  /** Another industry id the article's wording may mean, and why; absent unless the text supports it. */
  equivalentTo?: { industry: string; reason: Label };
}

/** A "深圳X+城市Y" collaboration model. */
export interface CollaborationModel {
  id: string;
  /** The Shenzhen side: 总部, 研发, 服务, 链主. */
  shenzhen: Label;
  /** The partner city id. */
  city: string;
  /** The partner side: 基地, 生产, 制造, 配套, 转化. */
  partner: Label;
  section: string;
  quote: string;
}

export interface DatedEvent {
  id: string;
  /** Resolved ISO date: "2023-02", "2024-06-15", "2024" … */
  date: string;
  /** How precise `date` is. */
  precision: 'year' | 'early-year' | 'month' | 'day' | 'upcoming';
  /** Done by `date` (截至, "目前…已经编制完成"), not on it. */
  doneBy?: true;
  /** The article's own wording of the date when it is relative ("去年2月"). */
  asWritten?: string;
  label: Label;
  topics: string[];
  subjects: string[];
  /** The one city the event belongs to, for its colour; absent when several or none. */
  place?: 'jiangmen' | 'zhongshan' | 'shenzhen' | 'dongguan';
  section: string;
  quote: string;
  /** Ids of the figures the article prints about this event (海目星 2017 → its 1万平方米 plant). */
  figures?: string[];
}

export interface Organisation {
  id: string;
  name: Label;
  city?: string;
  section: string;
}

export interface Person {
  id: string;
  name: Label;
  role: Label;
  organisation?: string;
  section: string;
}

/** Everything the article says, as the widgets read it. */
export interface Dataset {
  article: Article;
  figures: Figure[];
  cities: City[];
  zones: Zone[];
  industries: Industry[];
  models: CollaborationModel[];
  events: DatedEvent[];
  organisations: Organisation[];
  people: Person[];
}

/**
 * What the widgets carry of the dataset: everything they draw or read. The organisations,
 * the people and the article's sections are only in `gba-widgets/data`, with the notes,
 * and so is what no widget reads: which section prints each figure, event, model and
 * industry membership, and whom each event is about.
 */
export type RuntimeDataset = Omit<Dataset, 'organisations' | 'people' | 'article' | 'figures' | 'events' | 'models' | 'industries'> & {
  article: Omit<Article, 'pieces' | 'sections'>;
  figures: Omit<Figure, 'section'>[];
  events: Omit<DatedEvent, 'section' | 'subjects'>[];
  models: Omit<CollaborationModel, 'section'>[];
  industries: (Omit<Industry, 'memberships'> & { memberships: Omit<IndustryMembership, 'section'>[] })[];
};

/** A value with every {@link Label}'s Traditional text left out, as the build ships it. */
export type WithoutTraditional<T> = T extends Label
  ? Omit<Label, 'zh-Hant'>
  : T extends readonly (infer Item)[]
    ? WithoutTraditional<Item>[]
    : T extends object
      ? { [K in keyof T]: WithoutTraditional<T[K]> }
      : T;
