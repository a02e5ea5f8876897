import { type Bilingual, type Diagnostic, didYouMean, hintZh } from "../diagnostics.js";
import { parseIsoDate, type RecordValue, type Value } from "../expr/values.js";
import { LIMITS } from "../limits.js";
import type { YamlSource } from "../rules/yamlSource.js";
import { type Conversion, convertScalar, DATE_YEARS, type NumberText, type Report } from "./convertScalar.js";
import type { FieldCatalogue, FieldDef } from "./fields.js";
import { parseIdNumber } from "./idNumber.js";
import type { Profile } from "./profile.js";

type Path = (string | number)[];

export { DATE_YEARS, type NumberText };

/**
 * `atKey`: the problem is the name of a key (unknown key), so it is located at the key, not its value.
 * `messageZh`: the same message in Chinese (profile problems are seen by citizens and caseworkers).
 */
export type Problem = { code: string; message: string; atKey?: boolean; messageZh?: string };

/** What a profile is checked against besides the catalogue. */
export interface ProfileOptions {
  /** Today (YYYY-MM-DD): a date of a past fact (`past: true` in the catalogue) after it is an error. */
  readonly today?: string;
  /** The as-of date (YYYY-MM-DD): a past fact after it is kept, with a warning (the results may surprise). */
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
    (path, p) => (p.atKey ? src.atKey : src.at).call(src, path, p.code, p.message),
    numberText,
    options,
  );
}

/**
 * Validate plain data (from YAML, JSON, a CSV row…) into a Profile; `locate` places each problem.
 * With a profile, `diagnostics` holds only warnings (severity "warning"); without, at least one error.
 */
export function profileFromData(
  data: unknown,
  catalogue: FieldCatalogue,
  locate: (path: Path, problem: Problem) => Diagnostic,
  numberText?: NumberText,
  options: ProfileOptions = {},
): { profile?: Profile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (path, code, text) => {
    const where = `\`${path.join(".")}\`: `;
    const problem = {
      code,
      message: where + text.en,
      messageZh: where + text.zh,
      atKey: code === "profile/unknown-key",
    };
    diagnostics.push({ ...locate(path, problem), messageZh: problem.messageZh });
  };
  const warnings: Diagnostic[] = [];
  const warn: Report = (path, code, text) => {
    const where = `\`${path.join(".")}\`: `;
    const d = locate(path, { code, message: where + text.en, messageZh: where + text.zh });
    warnings.push({ ...d, messageZh: where + text.zh, severity: "warning" });
  };
  const fields = new Map<string, Value>();
  const sections = new Set<string>();
  if (!isPlainObject(data)) {
    report([], "profile/type", {
      en: "a profile is a mapping of sections such as `person:`",
      zh: "档案应当是若干部分的映射，例如 `person:`",
    });
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
      report([sectionName], "profile/type", { en: "expected a mapping of fields", zh: "应当是字段的映射" });
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
      const value = convert(def, raw, path, { report, numberText, warn, ...options });
      if (value !== undefined) fields.set(path.join("."), value);
    }
  }
  deriveFromIdNumber(fields, report);
  return diagnostics.length ? { diagnostics } : { profile: { fields, sections }, diagnostics: warnings };
}

function unknownKey(kind: "section" | "field", name: string, known: object): Bilingual {
  const hint = didYouMean(name, Object.keys(known));
  return kind === "section"
    ? {
        en: `unknown section${hint}`,
        zh: `未知的部分${hintZh(hint)}`,
      }
    : {
        en: `unknown field${hint}`,
        zh: `未知的字段${hintZh(hint)}`,
      };
}

function convert(def: FieldDef, raw: unknown, path: Path, io: Conversion): Value | undefined {
  const { report } = io;
  if (def.type !== "records") return convertScalar(def, raw, path, io);
  if (!Array.isArray(raw))
    return void report(path, "profile/type", { en: "expected a list", zh: "应当是列表" });
  if (raw.length > MAX_RECORDS)
    return void report(path, "profile/range", {
      en: `${raw.length} entries; at most ${MAX_RECORDS} are accepted`,
      zh: `共 ${raw.length} 条，最多接受 ${MAX_RECORDS} 条`,
    });
  return raw.map((item, i): RecordValue => {
    const record: Record<string, Value> = {};
    if (!isPlainObject(item)) {
      report([...path, i], "profile/type", { en: "expected a mapping", zh: "应当是映射" });
      return record;
    }
    for (const [name, v] of Object.entries(item)) {
      const sub = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
      if (!sub) report([...path, i, name], "profile/unknown-key", unknownKey("field", name, def.fields));
      else if (v !== null && v !== undefined) {
        const converted = convertScalar(sub, v, [...path, i, name], io);
        if (converted !== undefined) record[name] = converted;
      }
    }
    return record;
  });
}

function deriveFromIdNumber(fields: Map<string, Value>, report: Report) {
  const id = fields.get("person.idNumber");
  if (typeof id !== "string") return;
  const parsed = parseIdNumber(id);
  if (!parsed.ok) return;
  const birth = fields.get("person.birthDate");
  const derived = parseIsoDate(parsed.birthDate) as Date;
  if (birth === undefined) fields.set("person.birthDate", derived);
  else if ((birth as Date).getTime() !== derived.getTime())
    report(["person", "birthDate"], "profile/id-number", {
      en: "does not match the birth date in the ID number",
      zh: "与身份证号码中的出生日期不一致",
    });
  const sex = fields.get("person.sex");
  if (sex === undefined) fields.set("person.sex", parsed.sex);
  else if (sex !== parsed.sex)
    report(["person", "sex"], "profile/id-number", {
      en: "does not match the sex in the ID number",
      zh: "与身份证号码中的性别不一致",
    });
}
