import type Big from "big.js";
import type {
  AmountResult,
  ConditionResult,
  FilterResult,
  ProgramResult,
  Status,
} from "../../../engine/result.js";
import { exclusionText } from "../../../explain/json.js";
import { replacedText } from "../../../explain/lines.js";
import { say } from "../../../messages/index.js";
import type { FieldCatalogue } from "../../../profile/fields.js";
import { regionName } from "../../../regions/regions.js";
import { type Lang, REASON_TEXT, STATUS_TEXT } from "../../i18n.js";
import { arithmeticWords } from "./arithmeticWords.js";
import { conditionWords } from "./conditionWords.js";
import {
  fieldLabel,
  fieldQuestion,
  monthWords,
  notGiven,
  outcomeWords,
  quantityWords,
  scheduleRuns,
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
  readonly sources: readonly { readonly title: string; readonly url?: string; readonly quote: string }[];
  /** Each missing field worded as the question `ask` would put. */
  readonly missing: readonly string[];
  /** Values that are not the bundled ones (`--param`, a local rule directory), and a local program's file. */
  readonly overrides: readonly string[];
  /** Set when the profile does not give the program's place: the whole program in one line. */
  readonly elsewhere?: string;
}

/** Build the plain view of one result. */
export function programView(r: ProgramResult, catalogue: FieldCatalogue, lang: Lang): ProgramView {
  const a = r.amount;
  const zh = lang === "zh";
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
    rest.length && r.status !== "not-applicable"
      ? zh
        ? `其余${held ? `${held}项条件已满足` : ""}${held && open ? "，" : ""}${open ? `${open}项待确认` : ""}`
        : `Of the others, ${held} met${open ? `, ${open} open` : ""}`
      : undefined;
  const caveats = [
    ...(r.caveats ?? []).map((c) => c.text[lang]),
    ...(a?.notes ?? []).map((t) => t[lang]),
    // A known value's note (e.g. a later month past a known horizon) is said here; an unknown value's in the conclusion.
    ...(a?.note && a.value !== null ? [a.note[lang]] : []),
    ...(a?.continued ? [a.continued[lang]] : []),
    ...(r.exclusions ?? []).map((e) => exclusionText(e.title, lang)),
  ];
  return {
    status: r.status,
    title: r.program.title[lang],
    statusText: STATUS_TEXT[r.status][lang],
    conclusion: conclusion(r, lang),
    reasons,
    ...(othersSummary ? { othersSummary } : {}),
    records: (r.filters ?? []).flatMap((f) => filterWords(f, catalogue, lang)),
    ...(a?.case ? { caseLabel: a.case[lang] } : {}),
    ...(a?.monthsCase ? { monthsCase: a.monthsCase[lang] } : {}),
    named: (r.named ?? []).map((n) => `${n.label[lang]} ${outcomeWords(n.value ?? undefined, n.unit, lang)}`),
    arithmetic:
      a && r.status === "eligible" ? arithmeticWords(a, { program: r.program, catalogue, lang }) : [],
    // A schedule whose months are all alike says nothing the amount and the months do not.
    schedule: (new Set((a?.schedule ?? []).map((p) => p.value?.toString())).size > 1
      ? (a?.schedule ?? [])
      : []
    ).map((p) => ({
      month: monthWords(p.month, lang),
      amount: p.value ? quantityWords(p.value, "yuan", lang) : zh ? "待定" : "unknown",
    })),
    ...(r.priority ? { priority: priorityLine(r.priority, catalogue, lang) } : {}),
    caveats,
    sources: r.program.sources.map((s) => ({
      title: s.title,
      ...(s.url ? { url: s.url } : {}),
      quote: s.quote,
    })),
    missing: r.missing.map((f) => fieldQuestion(f, catalogue, lang)),
    overrides: overrides(r, lang),
    ...elsewhere(r, catalogue, lang),
  };
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
    .join(lang === "zh" ? "；" : "; ");
  const head = priorityWords(p.result, lang);
  return why ? (lang === "zh" ? `${head}（${why}）` : `${head} (${why})`) : head;
}

function priorityWords(result: boolean | null, lang: Lang): string {
  if (lang === "zh")
    return result === true ? "属于优先对象" : result === false ? "不属于优先对象" : "是否优先尚待确认";
  return result === true ? "Has priority" : result === false ? "No priority" : "Priority not yet known";
}

/** The conclusion, first: `符合条件，预计每月334元`, `不符合条件：…`, `还不能确定：需补充3项信息`. */
function conclusion(r: ProgramResult, lang: Lang): string {
  const zh = lang === "zh";
  if (r.status === "not-applicable")
    return r.reason
      ? (REASON_TEXT[r.reason]?.[lang] ?? STATUS_TEXT[r.status][lang])
      : STATUS_TEXT[r.status][lang];
  if (r.status === "undetermined")
    return zh
      ? `还不能确定：需补充${r.missing.length}项信息`
      : `Not yet decided: ${r.missing.length} answers needed`;
  if (r.status === "ineligible") {
    const failed = r.conditions.filter((c) => c.result === false);
    const first = failed[0]?.text[lang] ?? "";
    const more =
      failed.length > 1 ? (zh ? `等${failed.length}项条件` : ` and ${failed.length - 1} more`) : "";
    return zh ? `不符合条件：未满足“${first}”${more}` : `Not eligible: “${first}” is not met${more}`;
  }
  const a = r.amount;
  if (!a) return zh ? "符合条件" : "Eligible";
  if (a.value === null) {
    if (a.note) return zh ? `符合条件；${a.note.zh}` : `Eligible; ${a.note.en}`;
    return `${zh ? "符合条件，金额还取决于未填写的信息" : "Eligible; the amount depends on what is not given"}${possibleWords(a, lang)}`;
  }
  const kind = a.kind === "paid-to-person" ? "" : `${zh ? "；" : "; "}${say(lang, `ui/kind/${a.kind}`)}`;
  return `${zh ? "符合条件，预计" : "Eligible: an estimated "}${amountWords(a, lang)}${kind}`;
}

/** `每月334元，最长6个月，合计2004元`, `一次性5000元`, `每月最高1800元`. */
export function amountWords(a: AmountResult, lang: Lang): string {
  const zh = lang === "zh";
  if (a.value === null) return a.note ? a.note[lang] : `${zh ? "待定" : "unknown"}${possibleWords(a, lang)}`;
  // A deposit is said as one: `每月缴存334元`, never as money received.
  const paidIn = a.kind === "paid-by-person" ? say(lang, "ui/paidIn") : "";
  const v = `${paidIn}${quantityWords(a.value, "yuan", lang)}`;
  const upTo = a.bound === "at-most";
  const head =
    a.per === "month"
      ? zh
        ? `每月${upTo ? "最高" : ""}${v}`
        : `${upTo ? "up to " : ""}${v} a month`
      : zh
        ? `一次性${upTo ? "最高" : ""}${v}`
        : `${upTo ? "up to " : ""}${v} once`;
  // Months known but a later month's value not (a standard past its horizon): the months still stand.
  if (a.months && !a.total)
    return say(lang, "ui/monthsTotalUnknown", { head, months: quantityWords(a.months, "months", lang) });
  if (!a.months || !a.total) return head;
  // A standard raised mid-way: say from when each later amount is paid, so "每月" never misstates the total.
  const changes = (scheduleRuns(a.schedule) ?? [])
    .slice(1)
    .map((r) =>
      zh
        ? `${monthWords(r.from, lang)}起每月${quantityWords(r.value, "yuan", lang)}`
        : `${quantityWords(r.value, "yuan", lang)} a month from ${monthWords(r.from, lang)}`,
    );
  const withChanges = changes.length
    ? zh
      ? `${head}（${changes.join("，")}）`
      : `${head} (${changes.join(", ")})`
    : head;
  const m = quantityWords(a.months, "months", lang);
  const t = quantityWords(a.total, "yuan", lang);
  return zh ? `${withChanges}，最长${m}，合计${t}` : `${withChanges}, for at most ${m}, ${t} in all`;
}

/** `：可能为2000元或5000元`, `：至少4000元，至多6000元`. */
function possibleWords(a: AmountResult, lang: Lang): string {
  const p = a.possible;
  if (!p) return "";
  const y = (v: Big) => quantityWords(v, "yuan", lang);
  if (p.values)
    return lang === "zh" ? `：可能为${p.values.map(y).join("或")}` : `: ${p.values.map(y).join(" or ")}`;
  if (p.atLeast && p.atMost)
    return lang === "zh"
      ? `：至少${y(p.atLeast)}，至多${y(p.atMost)}`
      : `: at least ${y(p.atLeast)}, at most ${y(p.atMost)}`;
  return "";
}

/**
 * A program whose place the profile does not give concerns the person only if they are there: one line,
 * `若户籍所在地在合肥市：合肥市个人自愿缴存住房公积金 — 还需 出生日期、性别等8项`.
 */
function elsewhere(r: ProgramResult, catalogue: FieldCatalogue, lang: Lang): { elsewhere?: string } {
  const { field, code, name } = r.program.jurisdiction;
  const place = r.conditions.find((c) => c.id === "in-jurisdiction");
  if (r.status !== "undetermined" || place?.result !== null || place.seen[0]?.value !== undefined) return {};
  const where = name?.[lang] ?? regionName(code) ?? code;
  const label = fieldLabel(field, catalogue, lang) ?? field;
  const others = r.missing.filter((f) => f !== field).map((f) => fieldLabel(f, catalogue, lang) ?? f);
  const shown = others.slice(0, 3).join(lang === "zh" ? "、" : ", ");
  const more =
    others.length > 3 ? (lang === "zh" ? `等${others.length}项` : ` and ${others.length - 3} more`) : "";
  const title = r.program.title[lang];
  if (lang === "zh")
    return { elsewhere: `若${label}在${where}：${title}${shown ? ` — 还需 ${shown}${more}` : ""}` };
  return {
    elsewhere: `If your ${label.toLowerCase()} is in ${where}: ${title}${shown ? ` — needs ${shown}${more}` : ""}`,
  };
}

/** `月补助标准 600元/月：由 --param … 指定`: what-if values and local rules, said wherever they were used. */
function overrides(r: ProgramResult, lang: Lang): string[] {
  const used = [...r.conditions.flatMap((c) => c.parameters), ...(r.amount?.parameters ?? [])];
  const out = r.program.replaces ? [replacedText(r.program, lang)] : [];
  for (const p of used) {
    if (!p.override) continue;
    const value = outcomeWords(p.value, p.unit, lang);
    const line =
      lang === "zh"
        ? `${p.label.zh} ${value}：由 ${p.override} 指定`
        : `${p.label.en} ${value}: set by ${p.override}`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

/** `吸纳人员：3条中1条符合`, then `✗ 第2条：未满足“签订1年以上劳动合同”（劳动合同期限（月） 6个月）`. */
function filterWords(f: FilterResult, catalogue: FieldCatalogue, lang: Lang): string[] {
  const zh = lang === "zh";
  const passed = f.items.filter((i) => i.result === true).length;
  const texts = new Map(f.conditions.map((c) => [c.id, c.text[lang]]));
  const list = catalogue.fields.get(f.over);
  const sub = list && "fields" in list ? list.fields : undefined;
  const head = zh
    ? `${f.label.zh}：${f.items.length}条中${passed}条符合`
    : `${f.label.en}: ${passed} of ${f.items.length} qualify`;
  return [
    head,
    ...f.items.map((item) => {
      const mark = item.result === true ? "✓" : item.result === false ? "✗" : "?";
      const n = zh ? `第${item.index + 1}条` : `#${item.index + 1}`;
      const values = Object.entries(sub ?? {}).map(([k, def]) => {
        const v = item.values[k];
        const shown = v === undefined ? notGiven(lang) : outcomeWords(v, def.unit, lang);
        return zh ? `${def.label.zh} ${shown}` : `${def.label.en} ${shown}`;
      });
      const failed = item.failed.map((id) => `“${texts.get(id) ?? id}”`).join(zh ? "、" : ", ");
      const why = failed ? (zh ? `未满足${failed}；` : `not met: ${failed}; `) : "";
      return `${mark} ${n}${zh ? "：" : ": "}${why}${values.join(zh ? "，" : ", ")}`;
    }),
  ];
}
