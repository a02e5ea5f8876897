import Big from "big.js";
import { type Diagnostic, didYouMean } from "../diagnostics.js";
import { parseIsoDate, type RecordValue, type Value } from "../expr/values.js";
import type { YamlSource } from "../rules/yamlSource.js";
import type { FieldCatalogue, FieldDef, ScalarFieldDef } from "./fields.js";
import { maskIdNumber, parseIdNumber } from "./idNumber.js";
import type { Profile } from "./profile.js";
import { isRegionCode } from "./regions.js";

type Path = (string | number)[];
/** `atKey`: the problem is the name of a key (unknown key), so it is located at the key, not its value. */
export type Problem = { code: string; message: string; atKey?: boolean };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Validate a parsed profile document against the field catalogue; every problem is located. */
export function readProfile(
  src: YamlSource,
  catalogue: FieldCatalogue,
): { profile?: Profile; diagnostics: Diagnostic[] } {
  if (src.diagnostics.length) return { diagnostics: src.diagnostics };
  const numberText: NumberText = (path) => src.sourceText(path);
  return profileFromData(
    src.data,
    catalogue,
    (path, p) => (p.atKey ? src.atKey : src.at).call(src, path, p.code, p.message),
    numberText,
  );
}

/** Validate plain data (from YAML, JSON, a CSV row…) into a Profile; `locate` places each problem. */
export function profileFromData(
  data: unknown,
  catalogue: FieldCatalogue,
  locate: (path: Path, problem: Problem) => Diagnostic,
  numberText?: NumberText,
): { profile?: Profile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (path: Path, code: string, message: string) =>
    diagnostics.push(
      locate(path, {
        code,
        message: `\`${path.join(".")}\`: ${message}`,
        atKey: code === "profile/unknown-key",
      }),
    );
  const fields = new Map<string, Value>();
  const sections = new Set<string>();
  if (!isPlainObject(data)) {
    report([], "profile/type", "a profile is a mapping of sections such as `person:`");
    return { diagnostics };
  }
  for (const [sectionName, body] of Object.entries(data)) {
    const section = Object.hasOwn(catalogue.sections, sectionName)
      ? catalogue.sections[sectionName]
      : undefined;
    if (!section) {
      report(
        [sectionName],
        "profile/unknown-key",
        `unknown section${didYouMean(sectionName, Object.keys(catalogue.sections))}`,
      );
      continue;
    }
    if (body === null || body === undefined) continue;
    if (!isPlainObject(body)) {
      report([sectionName], "profile/type", "expected a mapping of fields");
      continue;
    }
    sections.add(sectionName);
    for (const [name, raw] of Object.entries(body)) {
      const def = Object.hasOwn(section.fields, name) ? section.fields[name] : undefined;
      const path = [sectionName, name];
      if (!def) {
        report(path, "profile/unknown-key", `unknown field${didYouMean(name, Object.keys(section.fields))}`);
        continue;
      }
      if (raw === null || raw === undefined) continue;
      const value = convert(def, raw, path, { report, numberText });
      if (value !== undefined) fields.set(path.join("."), value);
    }
  }
  deriveFromIdNumber(fields, report);
  return diagnostics.length ? { diagnostics } : { profile: { fields, sections }, diagnostics };
}

type Report = (path: Path, code: string, message: string) => void;

/** The digits of a number as written in the file, so `0.07` is read as exactly 0.07, not a binary float. */
export type NumberText = (path: Path) => string | undefined;

type Conversion = { report: Report; numberText?: NumberText };

function exactDecimal(parsed: number, written: string | undefined): Big {
  if (written !== undefined && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(written))
    return new Big(written);
  return new Big(parsed);
}

function convert(def: FieldDef, raw: unknown, path: Path, io: Conversion): Value | undefined {
  const { report } = io;
  if (def.type !== "records") return convertScalar(def, raw, path, io);
  if (!Array.isArray(raw)) return void report(path, "profile/type", "expected a list");
  return raw.map((item, i): RecordValue => {
    const record: Record<string, Value> = {};
    if (!isPlainObject(item)) {
      report([...path, i], "profile/type", "expected a mapping");
      return record;
    }
    for (const [name, v] of Object.entries(item)) {
      const sub = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
      if (!sub)
        report(
          [...path, i, name],
          "profile/unknown-key",
          `unknown field${didYouMean(name, Object.keys(def.fields))}`,
        );
      else if (v !== null && v !== undefined) {
        const converted = convertScalar(sub, v, [...path, i, name], io);
        if (converted !== undefined) record[name] = converted;
      }
    }
    return record;
  });
}

function convertScalar(
  def: ScalarFieldDef,
  raw: unknown,
  path: Path,
  { report, numberText }: Conversion,
): Value | undefined {
  const bad = (message: string, code = "profile/type") => void report(path, code, message);
  switch (def.type) {
    case "boolean":
      return typeof raw === "boolean" ? raw : bad(`expected true or false, got ${show(raw)}`);
    case "integer":
    case "decimal": {
      if (typeof raw !== "number" || !Number.isFinite(raw)) return bad(`expected a number, got ${show(raw)}`);
      if (def.type === "integer" && !Number.isInteger(raw)) return bad(`expected a whole number, got ${raw}`);
      if (def.min !== undefined && raw < def.min)
        return bad(`${raw} is below the minimum ${def.min}`, "profile/range");
      if (def.max !== undefined && raw > def.max)
        return bad(`${raw} is above the maximum ${def.max}`, "profile/range");
      if (def.oneOf && !def.oneOf.includes(raw))
        return bad(`${raw} is not one of ${def.oneOf.join(", ")}`, "profile/range");
      return exactDecimal(raw, numberText?.(path));
    }
    case "date": {
      if (typeof raw !== "string") return bad(`expected a date YYYY-MM-DD, got ${show(raw)}`);
      return parseIsoDate(raw) ?? bad(`${raw} is not a calendar date (YYYY-MM-DD)`, "profile/date");
    }
    case "region": {
      // Unquoted, 0340104 and 340104 are the same number: only a quoted code says what was meant.
      if (typeof raw === "number") return bad(`write region codes in quotes, e.g. "${raw}"`);
      const code = raw;
      if (typeof code !== "string" || !/^\d{6}$/.test(code))
        return bad(`expected a 6-digit region code, got ${show(raw)}`);
      return isRegionCode(code) ? code : bad(`${code} is not a GB/T 2260 region code`, "profile/region");
    }
    case "enum":
      return typeof raw === "string" && def.values?.includes(raw)
        ? raw
        : bad(
            `expected one of ${def.values?.join(", ")}, got ${show(raw)}${typeof raw === "string" ? didYouMean(raw, def.values ?? []) : ""}`,
            "profile/enum",
          );
    case "enum-list": {
      const list = Array.isArray(raw) ? raw : [raw];
      const wrong = list.filter((x) => typeof x !== "string" || !def.values?.includes(x));
      if (wrong.length)
        return bad(`not among ${def.values?.join(", ")}: ${wrong.map(show).join(", ")}`, "profile/enum");
      return list as string[];
    }
    case "text": {
      if (typeof raw !== "string") return bad(`expected a text, got ${show(raw)}`);
      const limit = def.maxLength ?? 200;
      if ([...raw].length > limit) return bad(`longer than ${limit} characters`, "profile/range");
      // A short free text is printed in reports: it must never carry an ID number.
      if (/\d{17}[\dXx]/.test(raw)) return bad("must not contain an ID number", "profile/id-number");
      return raw;
    }
    case "id-number": {
      if (typeof raw !== "string") return bad("expected the 18-character ID number as a quoted string");
      const parsed = parseIdNumber(raw);
      return parsed.ok
        ? raw.toUpperCase()
        : bad(`the ID number is invalid (${parsed.reason})`, "profile/id-number");
    }
  }
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
    report(["person", "birthDate"], "profile/id-number", "does not match the birth date in the ID number");
  const sex = fields.get("person.sex");
  if (sex === undefined) fields.set("person.sex", parsed.sex);
  else if (sex !== parsed.sex)
    report(["person", "sex"], "profile/id-number", "does not match the sex in the ID number");
}

/** A value quoted back in a message; anything shaped like an ID number is masked, wherever it was typed. */
function show(raw: unknown): string {
  const text = typeof raw === "string" ? `"${raw}"` : (JSON.stringify(raw) ?? String(raw));
  return text.replace(/\d{17}[\dXx]/g, (id) => maskIdNumber(id));
}
