import type { Evaluation, Status } from "../../engine/result.js";
import { say } from "../../messages/index.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import { maskIdNumber } from "../../profile/idNumber.js";
import type { Profile } from "../../profile/profile.js";
import { type Lang, UI } from "../i18n.js";
import { type Io, todayIso } from "../io.js";
import type { DecisionSource } from "./plain/decisionSources.js";
import { type ProgramView, programView } from "./plain/programView.js";
import { fieldLabel, fieldValueWords, isoDateWords } from "./plain/words.js";
import { type WhatIfChange, whatIfNote } from "./whatIf.js";

// The printable case report (Markdown and HTML): one model, two renderings.

const ORDER: Status[] = ["eligible", "undetermined", "ineligible", "not-applicable"];

export interface ReportOptions {
  readonly lang: Lang;
  readonly catalogue: FieldCatalogue;
  /** The profile, for the facts it gives and the ID number; without it the report lists no facts. */
  readonly profile?: Profile;
  readonly asOfIsToday?: boolean;
  readonly all?: boolean;
  /** The day the report is made (YYYY-MM-DD), printed on every page; the local calendar day when not given. */
  readonly printedOn?: string;
  /** The values a what-if (`--param`) changed: the report is then a hypothetical calculation, and says so. */
  readonly whatIf?: readonly WhatIfChange[];
}

/** One applicant's evaluation and how to report it: one of the reports a run prints into one document. */
export interface ReportCase {
  readonly evaluation: Evaluation;
  readonly options: ReportOptions;
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
  /** The day the report is made, in words. */
  readonly printedOn: string;
  /** For a what-if: that the report is hypothetical, and what it changed (its head and summary say so). */
  readonly whatIf?: string;
  readonly programs: readonly ProgramView[];
  /** Programs whose place the profile does not give, one line each (unless `all`). */
  readonly elsewhere: readonly string[];
  readonly facts: readonly FactView[];
  /** Every source a listed program's decision rests on, once, numbered from 1 in order of first citation. */
  readonly sources: readonly SourceView[];
  /** The numbers of a program's sources in `sources`. */
  readonly citations: ReadonlyMap<ProgramView, readonly number[]>;
}

/** A program's labelled lines under its conclusion: the case and months that applied, named values, priority. */
export function programDetails(v: ProgramView, lang: Lang): string[] {
  const line = (label: string, value: string) => say(lang, "report/labelled", { label, value });
  return [
    ...(v.caseLabel ? [line(UI.case[lang], v.caseLabel)] : []),
    ...(v.monthsCase ? [line(UI.monthsCasePlain[lang], v.monthsCase)] : []),
    ...(v.named.length ? [line(UI.namedPlain[lang], v.named.join(say(lang, "ui/clauseSeparator")))] : []),
    ...(v.priority ? [line(UI.priority[lang], v.priority)] : []),
  ];
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
  const results = [...evaluation.results].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const sources: SourceView[] = [];
  // Each source once, numbered in order of first citation, with every passage quoted from it.
  const numberOf = (s: DecisionSource) => {
    let at = sources.findIndex((x) => x.title === s.title);
    if (at < 0) at = sources.push({ title: s.title, ...(s.url ? { url: s.url } : {}), quotes: [] }) - 1;
    const quotes = (sources[at] as SourceView).quotes;
    if (s.quote && !quotes.includes(s.quote)) quotes.push(s.quote);
    return at + 1;
  };
  const views = results.map((r) => {
    const v = programView(r, o.catalogue, o.lang);
    return o.all || !v.elsewhere ? programView(r, o.catalogue, o.lang, numberOf) : v;
  });
  const programs = views.filter((v) => o.all || !v.elsewhere);
  const citations = new Map(programs.map((v) => [v, v.sources.map((s) => s.n)] as const));
  const reference = evaluation.reference ?? o.profile?.fields.get(CASE_REFERENCE);
  const id = o.profile?.fields.get(ID_NUMBER);
  return {
    ...(typeof reference === "string" ? { reference } : {}),
    ...(typeof id === "string" ? { maskedId: maskIdNumber(id) } : {}),
    asOf: isoDateWords(evaluation.asOf, o.lang),
    asOfIsToday: o.asOfIsToday === true,
    // Without --as-of the evaluation date is today, which is the print date too.
    printedOn: isoDateWords(o.printedOn ?? (o.asOfIsToday ? evaluation.asOf : todayIso({} as Io)), o.lang),
    ...(whatIfNote(o.whatIf ?? [], o.lang) ? { whatIf: whatIfNote(o.whatIf ?? [], o.lang) } : {}),
    programs,
    sources,
    citations,
    elsewhere: views.flatMap((v) => (!o.all && v.elsewhere ? [v.elsewhere] : [])),
    facts: facts(o),
  };
}

/**
 * Every field the profile gives, in catalogue order, with what the ID number gave (not what was stated and
 * checked against it) marked.
 */
function facts({ profile, catalogue, lang }: ReportOptions): FactView[] {
  if (!profile) return [];
  const out: FactView[] = [];
  for (const field of catalogue.fields.keys()) {
    if (field === CASE_REFERENCE || !profile.fields.has(field)) continue;
    out.push({
      label: fieldLabel(field, catalogue, lang) ?? field,
      value: fieldValueWords(field, profile.fields.get(field), catalogue, lang),
      derived: profile.derived?.has(field) === true,
    });
  }
  return out;
}

/** A fixed word of the report (`report/…` in the catalogue). */
export type ReportWord =
  | "title"
  | "reference"
  | "noReference"
  | "idNumber"
  | "asOf"
  | "today"
  | "chosen"
  | "summary"
  | "conditions"
  | "arithmetic"
  | "schedule"
  | "month"
  | "sources"
  | "cited"
  | "seeBelow"
  | "questions"
  | "caveats"
  | "facts"
  | "none"
  | "derived"
  | "elsewhere"
  | "disclaimer"
  | "signature"
  | "date"
  | "colon"
  | "printedOn"
  | "whatIfTitle"
  | "whatIfSummary";

/** The report's words in one language. */
export const reportWords =
  (lang: Lang) =>
  (word: ReportWord): string =>
    say(lang, `report/${word}`);
