import { type Diagnostic, didYouMean, type Place, saying } from "../diagnostics.js";
import type { RecordValue, Value } from "../expr/values.js";
import { LIMITS } from "../limits.js";
import { type Message, message } from "../messages/index.js";
import type { YamlSource } from "../rules/yamlSource.js";
import { relatedFacts } from "./factRelations.js";
import type { FieldCatalogue, FieldDef, ScalarFieldDef } from "./fields.js";
import { FieldValues } from "./fieldValues.js";
import type { Profile } from "./profile.js";
import { readerOf } from "./readFact.js";
import { sharedSections } from "./sharedSections.js";

type Path = (string | number)[];

/** The digits of a number as written in the file, so `0.07` is read as exactly 0.07, not a binary float. */
export type NumberText = (path: Path) => string | undefined;

/**
 * A problem at a path of the profile: `says` is what a diagnostic of it says (worded where it is shown, in the
 * run's language; nothing is worded here). `atKey`: the problem is the name of a key (unknown key), so it is
 * located at the key, not its value. `problem`: the same without the path, for a locator that names the place in
 * its own words (a spreadsheet's column) and returns its own `says`.
 */
export type Problem = { code: string; says: Message; atKey?: boolean; problem: Message };

/** Where a locator puts a problem; its own `says` (a spreadsheet's column) is kept, any words it gives dropped. */
export type Locate = (path: Path, problem: Problem) => Place & { message?: string; says?: Message };

/** What a profile is checked against besides the catalogue. */
export interface ProfileOptions {
  /** Today (YYYY-MM-DD): a date of a past fact (`past: true` in the catalogue) after it is an error. */
  readonly today?: string;
  /**
   * The as-of date (YYYY-MM-DD): a past fact after it is an error (on that day it had not happened); it ends a
   * contribution period that gives no unemployment date (`factRelations`).
   */
  readonly asOf?: string;
}

/** The most records a list field (e.g. `employer.hires`) may hold; bounds time and memory per profile. */
export const MAX_RECORDS = LIMITS.records;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Validate a parsed profile document against the field catalogue; every problem is located. */
export function readProfile(
  src: YamlSource,
  catalogue: FieldCatalogue,
  options: ProfileOptions = {},
): { profile?: Profile; diagnostics: Diagnostic[] } {
  if (src.diagnostics.length) return { diagnostics: src.diagnostics };
  const numberText: NumberText = (path) => src.sourceText(path);
  return profileFromData(
    src.data,
    catalogue,
    (path, p) => (p.atKey ? src.atKey : src.at).call(src, path, p.code),
    numberText,
    options,
  );
}

/**
 * Validate plain data (from YAML, JSON, a CSV row, `ask`'s answers) into a Profile; `locate` places each problem.
 * Every value goes through its field's one reader (`readerOf`), whatever the channel.
 * With a profile, `diagnostics` holds only warnings and notes (severity "warning"); without, at least one error.
 */
export function profileFromData(
  data: unknown,
  catalogue: FieldCatalogue,
  locate: Locate,
  numberText?: NumberText,
  options: ProfileOptions = {},
): { profile?: Profile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const located = (path: Path, code: string, problem: Message): Diagnostic => {
    const says = message("fact/atPath", { path: path.join("."), problem });
    const atKey = code === "profile/unknown-key";
    const place = locate(path, { code, says, atKey, problem });
    // A locator that places the problem in its own words (a spreadsheet's column) keeps them.
    return saying(place, place.says ?? says);
  };
  const report: Report = (path, code, says) => {
    diagnostics.push(located(path, code, says));
    return undefined;
  };
  const read = (def: ScalarFieldDef, raw: unknown, path: Path): Value | undefined => {
    const fact = readerOf(def)(raw, numberText?.(path), options);
    if (!fact.ok) return report(path, fact.code, fact.says);
    if (fact.note) warnings.push({ ...located(path, "profile/read-as", fact.note), severity: "warning" });
    return fact.value;
  };
  const fields = new FieldValues();
  const sections = new Set<string>();
  if (!isPlainObject(data)) {
    report([], "profile/type", message("fact/profile-mapping"));
    return { diagnostics };
  }
  for (const [sectionName, body] of Object.entries(data)) {
    const section = Object.hasOwn(catalogue.sections, sectionName)
      ? catalogue.sections[sectionName]
      : undefined;
    if (!section) {
      report([sectionName], "profile/unknown-key", unknownKey("section", sectionName, catalogue.sections));
      continue;
    }
    if (body === null || body === undefined) continue;
    if (!isPlainObject(body)) {
      report([sectionName], "profile/type", message("fact/section-mapping"));
      continue;
    }
    sections.add(sectionName);
    for (const [name, raw] of Object.entries(body)) {
      const def = Object.hasOwn(section.fields, name) ? section.fields[name] : undefined;
      const path = [sectionName, name];
      if (!def) {
        report(path, "profile/unknown-key", unknownKey("field", name, section.fields));
        continue;
      }
      if (raw === null || raw === undefined) continue;
      const value = def.type === "records" ? records(def, raw, path, report, read) : read(def, raw, path);
      if (value !== undefined) fields.set(catalogue.pathOf(sectionName, name) ?? path.join("."), value);
    }
  }
  const { problems, derived } = relatedFacts(fields, catalogue, options.asOf);
  for (const problem of problems) report(problem.path.split("."), problem.code, problem.says);
  if (diagnostics.length) return { diagnostics };
  const profile = { fields, sections: sharedSections(sections), ...(derived ? { derived } : {}) };
  return { profile, diagnostics: warnings };
}

type Report = (path: Path, code: string, says: Message) => undefined;

function unknownKey(kind: "section" | "field", name: string, known: object): Message {
  const hint = /did you mean `(.+)`\?/.exec(didYouMean(name, Object.keys(known)))?.[1] ?? "";
  return message(kind === "section" ? "fact/unknown-section" : "fact/unknown-field", { hint });
}

function records(
  def: Extract<FieldDef, { type: "records" }>,
  raw: unknown,
  path: Path,
  report: Report,
  read: (def: ScalarFieldDef, raw: unknown, path: Path) => Value | undefined,
): Value | undefined {
  if (!Array.isArray(raw)) return report(path, "profile/type", message("fact/list"));
  if (raw.length > MAX_RECORDS)
    return report(
      path,
      "profile/range",
      message("fact/too-many-records", { n: raw.length, max: MAX_RECORDS }),
    );
  return raw.map((item, i): RecordValue => {
    const record: Record<string, Value> = {};
    if (!isPlainObject(item)) {
      report([...path, i], "profile/type", message("fact/record-mapping"));
      return record;
    }
    for (const [name, v] of Object.entries(item)) {
      const sub = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
      if (!sub) report([...path, i, name], "profile/unknown-key", unknownKey("field", name, def.fields));
      else if (v !== null && v !== undefined) {
        const converted = read(sub, v, [...path, i, name]);
        if (converted !== undefined) record[name] = converted;
      }
    }
    return record;
  });
}
