import { evaluate } from "../engine/evaluate.js";
import type { AsOf } from "../engine/evaluateProgram.js";
import type { Evaluation } from "../engine/result.js";
import type { Message } from "../messages/index.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { profileFromData } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";
import type { Program } from "../rules/program.js";
import { Answers, type RawValue, splitPath } from "./answers.js";
import { type FieldAt, fieldAt } from "./fieldAt.js";
import { idNumberFields } from "./idNumberFields.js";
import { isOpen, type Progress, progressOf } from "./openPrograms.js";
import { type Candidate, pickNext, rankCandidates } from "./rankQuestions.js";
import { PERSON_SECTION } from "./situations.js";

/** The next question: a field whose answer could still change an outcome. */
export interface Question {
  readonly field: FieldAt;
  /** How it ranked; absent for a "where" question, which comes first whatever its score. */
  readonly candidate?: Candidate;
  /** The ID-number field that may be answered instead (it gives birth date and sex). */
  readonly idNumberField?: string;
}

/** One step of the history: what was asked and what was said (`declined` for "不知道 / 跳过"). */
export type Asked =
  | { readonly path: string; readonly answer: "declined" }
  | { readonly path: string; readonly answer: "value"; readonly value: RawValue }
  | { readonly path: string; readonly answer: "id-number"; readonly idNumberField: string };

export interface QuestionnaireSetup {
  readonly programs: readonly Program[];
  readonly catalogue: FieldCatalogue;
  readonly asOf: AsOf;
  /** The sections of the chosen situations (see `sectionsFor`), in the order they were chosen. */
  readonly sections: readonly string[];
}

/**
 * A questionnaire session. Pure: no prompts, no I/O. After every answer the programs are re-evaluated and
 * the next question is chosen from what is still open: first where (the place of each chosen situation),
 * then by resolution gain; it ends when no open program has a field left to ask.
 */
export class Questionnaire {
  answers = new Answers();
  readonly history: Asked[] = [];
  private readonly whereFields: string[];
  private readonly fromIdNumber: Map<string, string>;
  private state?: { evaluation: Evaluation; profile: Profile };

  constructor(readonly setup: QuestionnaireSetup) {
    for (const s of setup.sections) this.answers.openSection(s);
    // The person's own place (hukou) comes after the places of the situations they chose.
    const order = [...setup.sections].sort(
      (a, b) => Number(a === PERSON_SECTION) - Number(b === PERSON_SECTION),
    );
    this.whereFields = [
      ...new Set(
        order.flatMap((s) =>
          setup.programs.filter((p) => p.jurisdiction.section === s).map((p) => p.jurisdiction.field),
        ),
      ),
    ];
    this.fromIdNumber = idNumberFields(setup.catalogue);
  }

  /** The evaluation of the answers so far (cached until the next answer). */
  evaluation(): Evaluation {
    return this.current().evaluation;
  }

  profile(): Profile {
    return this.current().profile;
  }

  progress(): Progress {
    return progressOf(this.evaluation());
  }

  /**
   * The candidates, best first, as the lookahead scores them. A program whose place was declined is left
   * out: without the place nothing else about it can be settled, and it may be anywhere in China.
   */
  ranked(): Candidate[] {
    const { evaluation, profile } = this.current();
    const placed = evaluation.results.filter((r) => !this.answers.isDeclined(r.program.jurisdiction.field));
    return rankCandidates({
      evaluation: { ...evaluation, results: placed },
      profile,
      asOf: this.setup.asOf,
      catalogue: this.setup.catalogue,
      settled: (p) => this.answers.settled(p),
    });
  }

  /** The next question, or undefined when nothing left to ask can change an outcome. */
  next(): Question | undefined {
    const ranked = this.ranked();
    const where = this.whereFields.find((f) => ranked.some((c) => c.path === f));
    const last = this.history.at(-1)?.path.split(".")[0];
    const candidate = where === undefined ? pickNext(ranked, last) : undefined;
    const path = where ?? candidate?.path;
    if (path === undefined) return undefined;
    const field = fieldAt(this.setup.catalogue, path) as FieldAt;
    const idNumberField = this.fromIdNumber.get(path);
    const idFree = idNumberField !== undefined && !this.answers.settled(idNumberField);
    return { field, ...(candidate ? { candidate } : {}), ...(idFree ? { idNumberField } : {}) };
  }

  /** Record an answer (already validated for the field's type). */
  answer(path: string, value: RawValue): void {
    this.answers.set(path, value);
    this.history.push({ path, answer: "value", value });
    this.state = undefined;
  }

  /** Answer with an ID number instead: the loader derives birth date and sex from it. */
  answerWithIdNumber(path: string, idNumberField: string, idNumber: string): void {
    this.answers.set(idNumberField, idNumber.toUpperCase());
    this.history.push({ path, answer: "id-number", idNumberField });
    this.state = undefined;
  }

  /** Whether an ID number agrees with the answers given so far (the birth date and sex it encodes). */
  idNumberFits(idNumberField: string, idNumber: string): boolean {
    return this.answerProblem(idNumberField, idNumber.toUpperCase()) === undefined;
  }

  /**
   * Why an answer cannot stand with the answers given so far (`factRelations`: insured before birth, more months
   * than the years allow), in words; undefined when it fits.
   */
  answerProblem(path: string, value: RawValue): Message | undefined {
    const data = this.answers.toData();
    const { section, field } = splitPath(path);
    data[section] = { ...data[section], [field]: value };
    const { diagnostics } = profileFromData(data, this.setup.catalogue, (_, p) => ({
      file: "<answers>",
      line: 1,
      col: 1,
      code: p.code,
      says: p.problem,
      severity: "error",
    }));
    return diagnostics[0]?.says;
  }

  /**
   * Take back the last answer, to change it: the answers are rebuilt from the history without it, so the
   * question is asked again. False when nothing has been answered.
   */
  back(): boolean {
    const last = this.history.pop();
    if (!last) return false;
    const before = this.answers;
    this.answers = new Answers();
    for (const s of this.setup.sections) this.answers.openSection(s);
    for (const h of this.history) {
      if (h.answer === "declined") this.answers.decline(h.path);
      else if (h.answer === "value") this.answers.set(h.path, h.value);
      else this.answers.set(h.idNumberField, before.get(h.idNumberField) as RawValue);
    }
    this.state = undefined;
    return true;
  }

  /** "不知道 / 跳过": never asked again; the programs that need it stay open and say so. */
  decline(path: string): void {
    this.answers.decline(path);
    this.history.push({ path, answer: "declined" });
    this.state = undefined;
  }

  /** Declined fields that still leave some program open, with those programs' titles. */
  declinedThatMatter(): { path: string; programs: Program[] }[] {
    const open = this.evaluation().results.filter(isOpen);
    return this.answers
      .declined()
      .map((path) => ({ path, programs: open.filter((r) => r.missing.includes(path)).map((r) => r.program) }))
      .filter((d) => d.programs.length > 0);
  }

  private current(): { evaluation: Evaluation; profile: Profile } {
    if (!this.state) {
      const profile = this.answers.toProfile(this.setup.catalogue);
      this.state = { profile, evaluation: evaluate(this.setup.programs, profile, this.setup.asOf) };
    }
    return this.state;
  }
}
