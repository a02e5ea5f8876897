import { currencyLines } from "../../../engine/currency.js";
import type {
  ConditionResult,
  FilterResult,
  ProgramResult,
  Status,
  UsedParameter,
} from "../../../engine/result.js";
import { exclusionText } from "../../../explain/json.js";
import { say, sayMessage } from "../../../messages/index.js";
import { statusWords } from "../../../messages/status.js";
import type { FieldCatalogue } from "../../../profile/fields.js";
import type { Lang } from "../../i18n.js";
import { arithmeticWords } from "./arithmeticWords.js";
import { conclusion } from "./conclusionWords.js";
import { conditionWords } from "./conditionWords.js";
import {
  type DecisionSource,
  decisionSources,
  originOfValue,
  shownAmount,
  sourceOfValue,
} from "./decisionSources.js";
import { namedWords } from "./namedWords.js";
import {
  fieldLabel,
  fieldQuestion,
  monthWords,
  notGiven,
  outcomeWords,
  placeWords,
  quantityWords,
} from "./words.js";

// One plain-language view of a program's result, drawn by the terminal table, Markdown and the HTML report alike.
// Order: the conclusion, the reasons, the arithmetic, the sources, then what is still needed.

export const MARK: Record<Status, string> = {
  eligible: "✓",
  undetermined: "?",
  ineligible: "✗",
  "not-applicable": "–",
};

export interface ReasonView {
  readonly mark: "✓" | "✗" | "?";
  readonly text: string;
  /** A condition that decides the status: failed (ineligible), open (undetermined), or any (eligible). */
  readonly decisive: boolean;
}

export interface ProgramView {
  readonly status: Status;
  readonly title: string;
  readonly statusText: string;
  readonly conclusion: string;
  readonly reasons: readonly ReasonView[];
  /** The records of a list the rule counts (hires), one line each: which qualify and why the others do not. */
  readonly records: readonly string[];
  /** `其余6项条件已满足`: the conditions not listed among the decisive ones. */
  readonly othersSummary?: string;
  readonly caseLabel?: string;
  /** The months tier or case that applied (`不足5年：补贴至退休`). */
  readonly monthsCase?: string;
  /** The rule's named values (中间值) in words: `法定退休日期 2026年7月15日`. */
  readonly named: readonly string[];
  readonly arithmetic: readonly string[];
  readonly schedule: readonly { readonly month: string; readonly amount: string }[];
  readonly priority?: string;
  readonly caveats: readonly string[];
  /** The currency caveat (one of `caveats`) as its head and one short line per group of values, for the terminal. */
  readonly currency?: { readonly sentence: string; readonly head: string; readonly lines: readonly string[] };
  /** The sources the decision rests on, each with its number (in the view, or in the report it is part of). */
  readonly sources: readonly NumberedSource[];
  /** Each missing field worded as the question `ask` would put (the terminal speaks to the person). */
  readonly missing: readonly string[];
  /** Each missing field by its label (the case report speaks of the applicant, to the caseworker). */
  readonly needed: readonly string[];
  /** Values that are not the bundled ones (`--param`, a local rule directory), and a local program's file. */
  readonly overrides: readonly string[];
  /** Set when the profile does not give the program's place: the whole program in one line. */
  readonly elsewhere?: string;
}

/** A source the decision rests on, with the number the view's figures and citations give it. */
export interface NumberedSource extends DecisionSource {
  readonly n: number;
}

/**
 * Build the plain view of one result. `numberOf` numbers its sources (a report numbers those of all its programs
 * once); by default they are numbered from 1 in the view.
 */
export function programView(
  r: ProgramResult,
  catalogue: FieldCatalogue,
  lang: Lang,
  numberOf?: (source: DecisionSource) => number,
): ProgramView {
  const a = r.amount;
  const cited = r.status === "not-applicable" ? [] : decisionSources(r);
  const sources = cited.map((s, i) => ({ ...s, n: numberOf ? numberOf(s) : i + 1 }));
  const decisive = (c: ConditionResult) =>
    r.status === "ineligible" ? c.result === false : r.status === "undetermined" ? c.result === null : true;
  const reasons = r.conditions.map((c) => ({
    mark: (c.result === true ? "✓" : c.result === false ? "✗" : "?") as ReasonView["mark"],
    text: conditionWords(c, catalogue, lang),
    decisive: decisive(c),
  }));
  const rest = r.conditions.filter((c) => !decisive(c));
  const held = rest.filter((c) => c.result === true).length;
  const open = rest.filter((c) => c.result === null).length;
  const othersSummary =
    rest.length && r.status !== "not-applicable" ? say(lang, "ui/othersSummary", { held, open }) : undefined;
  const caveats = [
    ...(r.caveats ?? []).map((c) => c.text[lang]),
    ...(a?.notes ?? []).map((t) => sayMessage(lang, t)),
    // A known value's note (e.g. a later month past a known horizon) is said here; an unknown value's in the conclusion.
    ...(a?.note && a.value !== null ? [a.note[lang]] : []),
    ...(a?.continued ? [a.continued[lang]] : []),
    ...(r.exclusions ?? []).map((e) => exclusionText(e.title, lang)),
  ];
  return {
    status: r.status,
    title: r.program.title[lang],
    statusText: statusWords(r, lang),
    conclusion: conclusion(r, lang),
    reasons,
    ...(othersSummary ? { othersSummary } : {}),
    records: (r.filters ?? []).flatMap((f) => filterWords(f, catalogue, lang)),
    ...(a?.case ? { caseLabel: a.case[lang] } : {}),
    ...(a?.monthsCase ? { monthsCase: a.monthsCase[lang] } : {}),
    named: namedWords(r, lang),
    arithmetic: arithmetic(r, catalogue, lang, sources),
    // A schedule whose months are all alike says nothing the amount and the months do not.
    schedule: (new Set((a?.schedule ?? []).map((p) => p.value?.toString())).size > 1
      ? (a?.schedule ?? [])
      : []
    ).map((p) => ({
      month: monthWords(p.month, lang),
      amount: p.value ? quantityWords(p.value, "yuan", lang) : say(lang, "ui/toBeDecided"),
    })),
    ...(r.priority ? { priority: priorityLine(r.priority, catalogue, lang) } : {}),
    caveats,
    ...currencyView(r, lang),
    sources,
    missing: r.missing.map((f) => fieldQuestion(f, catalogue, lang)),
    needed: r.missing.map((f) => fieldLabel(f, catalogue, lang) ?? f),
    overrides: overrides(r, lang),
    ...elsewhere(r, catalogue, lang),
  };
}

function currencyView(r: ProgramResult, lang: Lang): Pick<ProgramView, "currency"> {
  const c = r.caveats?.find((k) => k.currency);
  if (!c?.currency) return {};
  const head = say(lang, "currency/caveat", { items: "" });
  return { currency: { sentence: c.text[lang], head, lines: currencyLines(c.currency, lang) } };
}

/**
 * The arithmetic of the amount paid, or of the amount it would pay if it still runs past its horizon, each value of
 * the rules with the number of its source.
 */
function arithmetic(
  r: ProgramResult,
  catalogue: FieldCatalogue,
  lang: Lang,
  sources: readonly NumberedSource[],
): readonly string[] {
  const a = shownAmount(r);
  const sourceNumber = (used: UsedParameter) =>
    (sourceOfValue(used, r, sources) as NumberedSource | undefined)?.n;
  return a ? arithmeticWords(a, { program: r.program, catalogue, lang, sourceNumber }) : [];
}

/** `属于优先对象（✓ 无法外出务工：是；…）`: the priority, then the conditions that set it. */
function priorityLine(
  p: NonNullable<ProgramResult["priority"]>,
  catalogue: FieldCatalogue,
  lang: Lang,
): string {
  const why = p.conditions
    .map(
      (c) =>
        `${c.result === true ? "✓" : c.result === false ? "✗" : "?"} ${conditionWords(c, catalogue, lang)}`,
    )
    .join(say(lang, "ui/clauseSeparator"));
  const head = say(
    lang,
    p.result === true ? "ui/priorityYes" : p.result === false ? "ui/priorityNo" : "ui/priorityOpen",
  );
  return why ? say(lang, "ui/withParenthesis", { text: head, assumed: why }) : head;
}

/**
 * A program whose place the profile does not give concerns the person only if they are there: one line,
 * `若户籍所在地在合肥市：合肥市个人自愿缴存住房公积金 — 还需 出生日期、性别等8项`.
 */
function elsewhere(r: ProgramResult, catalogue: FieldCatalogue, lang: Lang): { elsewhere?: string } {
  const { field, code, name } = r.program.jurisdiction;
  const place = r.conditions.find((c) => c.id === "in-jurisdiction");
  if (r.status !== "undetermined" || place?.result !== null || place.seen[0]?.value !== undefined) return {};
  const where = name?.[lang] ?? placeWords(code, lang);
  const label = fieldLabel(field, catalogue, lang) ?? field;
  const others = r.missing.filter((f) => f !== field).map((f) => fieldLabel(f, catalogue, lang) ?? f);
  const shown = others.slice(0, 3).join(say(lang, "ui/enumComma"));
  const title = r.program.title[lang];
  return { elsewhere: say(lang, "ui/elsewhereLine", { label, where, title, shown, total: others.length }) };
}

/**
 * `月补助标准 600元/月：由 --param … 指定` (a what-if), `…：依据本地规定：<its source>` (a local value), and whether a local
 * program replaced the bundled one: said in words wherever they were used, never by file.
 */
function overrides(r: ProgramResult, lang: Lang): string[] {
  const used = [...r.conditions.flatMap((c) => c.parameters), ...(r.amount?.parameters ?? [])];
  const out = r.program.replaces
    ? [say(lang, "ui/replacesRules", { bundled: !r.program.replacesLocal })]
    : [];
  for (const p of used) {
    if (!p.override) continue;
    const [label, value] = [p.label[lang], outcomeWords(p.value, p.unit, lang)];
    const source = originOfValue(p, r.program);
    const line = source
      ? say(lang, "ui/setByLocalRule", { label, value, source })
      : say(lang, "ui/setBy", { label, value, by: p.override });
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

/** `吸纳人员：3人中1人符合`, then `✗ 第2名：未满足“签订1年以上劳动合同”（劳动合同期限（月） 6个月）`. */
function filterWords(f: FilterResult, catalogue: FieldCatalogue, lang: Lang): string[] {
  const passed = f.items.filter((i) => i.result === true).length;
  const texts = new Map(f.conditions.map((c) => [c.id, c.text[lang]]));
  const list = catalogue.fields.get(f.over);
  const sub = list && "fields" in list ? list.fields : undefined;
  const people = (list && "fields" in list && list.people) ?? false;
  const head = say(lang, "ui/recordsPassed", { label: f.label[lang], n: f.items.length, passed, people });
  return [
    head,
    ...f.items.map((item) => {
      const mark = item.result === true ? "✓" : item.result === false ? "✗" : "?";
      const n = say(lang, "ui/recordNumber", { n: item.index + 1, people });
      const values = Object.entries(sub ?? {}).map(([k, def]) => {
        const v = item.values[k];
        const shown = v === undefined ? notGiven(lang) : outcomeWords(v, def.unit, lang);
        return `${def.label[lang]} ${shown}`;
      });
      const failed = item.failed.map((id) => `“${texts.get(id) ?? id}”`);
      const why = failed.length
        ? say(lang, "ui/recordNotMet", { failed: failed.join(say(lang, "ui/enumComma")) })
        : "";
      return say(lang, "ui/recordLine", { mark, n, why, values: values.join(say(lang, "ui/listComma")) });
    }),
  ];
}
