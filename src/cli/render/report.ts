import type { Evaluation, Status } from "../../engine/result.js";
import { formatIsoDate } from "../../expr/values.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import { maskIdNumber, parseIdNumber } from "../../profile/idNumber.js";
import type { Profile } from "../../profile/profile.js";
import type { Lang } from "../i18n.js";
import { type ProgramView, programView } from "./plain/programView.js";
import { fieldLabel, fieldValueWords, isoDateWords } from "./plain/words.js";

// The printable case report (Markdown and HTML): one model, two renderings.

const ORDER: Status[] = ["eligible", "undetermined", "ineligible", "not-applicable"];

export interface ReportOptions {
  readonly lang: Lang;
  readonly catalogue: FieldCatalogue;
  /** The profile, for the facts it gives and the ID number; without it the report lists no facts. */
  readonly profile?: Profile;
  readonly asOfIsToday?: boolean;
  readonly all?: boolean;
}

/** A fact of the profile as the report lists it; `derived` when it was read from the ID number. */
export interface FactView {
  readonly label: string;
  readonly value: string;
  readonly derived: boolean;
}

export interface CaseReport {
  readonly reference?: string;
  /** The ID number masked (never the whole). */
  readonly maskedId?: string;
  readonly asOf: string;
  readonly asOfIsToday: boolean;
  readonly programs: readonly ProgramView[];
  /** Programs whose place the profile does not give, one line each (unless `all`). */
  readonly elsewhere: readonly string[];
  readonly facts: readonly FactView[];
  /** Every source cited by a listed program, once, numbered from 1 in order of first citation. */
  readonly sources: readonly SourceView[];
  /** The numbers of a program's sources in `sources`. */
  readonly citations: ReadonlyMap<ProgramView, readonly number[]>;
}

/** A document cited, once, with every passage quoted from it. */
export interface SourceView {
  readonly title: string;
  readonly url?: string;
  readonly quotes: string[];
}

const CASE_REFERENCE = "case.reference";
const ID_NUMBER = "person.idNumber";

/** Build the report model of one evaluation. */
export function caseReport(evaluation: Evaluation, o: ReportOptions): CaseReport {
  const views = [...evaluation.results]
    .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
    .map((r) => programView(r, o.catalogue, o.lang));
  const programs = views.filter((v) => o.all || !v.elsewhere);
  const sources: SourceView[] = [];
  const citations = new Map<ProgramView, number[]>();
  for (const v of programs) {
    if (v.status === "not-applicable") continue;
    citations.set(
      v,
      v.sources.map((s) => {
        let at = sources.findIndex((x) => x.title === s.title);
        if (at < 0) at = sources.push({ title: s.title, ...(s.url ? { url: s.url } : {}), quotes: [] }) - 1;
        const quotes = (sources[at] as SourceView).quotes;
        if (!quotes.includes(s.quote)) quotes.push(s.quote);
        return at + 1;
      }),
    );
  }
  const reference = evaluation.reference ?? o.profile?.fields.get(CASE_REFERENCE);
  const id = o.profile?.fields.get(ID_NUMBER);
  return {
    ...(typeof reference === "string" ? { reference } : {}),
    ...(typeof id === "string" ? { maskedId: maskIdNumber(id) } : {}),
    asOf: isoDateWords(evaluation.asOf, o.lang),
    asOfIsToday: o.asOfIsToday === true,
    programs,
    sources,
    citations,
    elsewhere: views.flatMap((v) => (!o.all && v.elsewhere ? [v.elsewhere] : [])),
    facts: facts(o),
  };
}

/** Every field the profile gives, in catalogue order, with birth date and sex marked when the ID number gave them. */
function facts({ profile, catalogue, lang }: ReportOptions): FactView[] {
  if (!profile) return [];
  const id = profile.fields.get(ID_NUMBER);
  const parsed = typeof id === "string" ? parseIdNumber(id) : undefined;
  const fromId: Record<string, string | undefined> = parsed?.ok
    ? { "person.birthDate": parsed.birthDate, "person.sex": parsed.sex }
    : {};
  const out: FactView[] = [];
  for (const field of catalogue.fields.keys()) {
    if (field === CASE_REFERENCE || !profile.fields.has(field)) continue;
    const value = profile.fields.get(field);
    const shown = value instanceof Date ? formatIsoDate(value) : value;
    out.push({
      label: fieldLabel(field, catalogue, lang) ?? field,
      value: fieldValueWords(field, value, catalogue, lang),
      derived: fromId[field] !== undefined && fromId[field] === shown,
    });
  }
  return out;
}

/** Fixed wording of the report, zh and en. */
export const REPORT_TEXT = {
  title: { zh: "补贴资格测算报告", en: "Subsidy eligibility assessment" },
  reference: { zh: "经办档案编号", en: "Case file number" },
  noReference: { zh: "（未填写）", en: "(not given)" },
  idNumber: { zh: "身份证号码（已遮蔽）", en: "ID number (masked)" },
  asOf: { zh: "评估日期", en: "Assessed as of" },
  today: { zh: "（当天，未指定日期时的默认值）", en: " (today, the default when no date is given)" },
  chosen: { zh: "（指定日期）", en: " (date given)" },
  summary: { zh: "结论摘要", en: "Summary" },
  conditions: { zh: "条件", en: "Conditions" },
  arithmetic: { zh: "计算过程", en: "Arithmetic" },
  schedule: { zh: "逐月发放", en: "Month by month" },
  month: { zh: "月份", en: "Month" },
  sources: { zh: "政策依据", en: "Legal sources" },
  cited: { zh: "依据：", en: "Sources: " },
  seeBelow: { zh: "（原文见文末“政策依据”）", en: " (quoted under “Legal sources” at the end)" },
  questions: { zh: "待补充", en: "Still to answer" },
  caveats: { zh: "须经办人员核实", en: "To be confirmed by the caseworker" },
  facts: { zh: "申报信息", en: "Information given" },
  none: {
    zh: "评估日期没有适用于此档案的项目（--all 列出全部项目及其不适用的原因）。",
    en: "No program applies to this profile on the as-of date (--all lists every program and why not).",
  },
  derived: { zh: "由身份证号码推算", en: "derived from the ID number" },
  elsewhere: { zh: "其他地区的项目（所在地未填写）", en: "Programs elsewhere (place not given)" },
  disclaimer: {
    zh: "本测算结果仅依据所填信息，仅供参考，以经办机构审核为准。",
    en: "This assessment rests only on the information given; it is an estimate, and the office's review decides.",
  },
  signature: { zh: "经办人（签字）：", en: "Caseworker (signature):" },
  date: { zh: "日期：", en: "Date:" },
} as const;
