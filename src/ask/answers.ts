import { formatDiagnostic, type Place } from "../diagnostics.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { profileFromData } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";

/** A field value as a profile file holds it: dates as `YYYY-MM-DD`, region codes as strings, amounts as numbers. */
export type RawScalar = boolean | number | string | readonly string[];
export type RawRecord = { readonly [field: string]: RawScalar };
export type RawValue = RawScalar | readonly RawRecord[];

/** The profile document built from the answers: `{ section: { field: value } }`. */
export type ProfileData = Record<string, Record<string, RawValue>>;

const FIELD_PATH = /^([^.:]+)\.([^.[]+)(?:\[(\d+)\]\.(.+))?$/;

/**
 * Whether `path` names a profile field. The engine's `missing` may still name a value no one can give (a
 * parameter with no value on the date, `param:…`): the questionnaire cannot ask it, and must not stop on it.
 */
export function isFieldPath(path: string): boolean {
  return FIELD_PATH.test(path);
}

/** `employer.hires[1].contractMonths` → section, field, and the record index and sub-field when there are. */
export function splitPath(path: string): { section: string; field: string; index?: number; sub?: string } {
  const m = FIELD_PATH.exec(path);
  if (!m) throw new Error(`not a field path: ${path}`);
  const [, section, field, index, sub] = m as unknown as [string, string, string, string?, string?];
  return index === undefined ? { section, field } : { section, field, index: Number(index), sub };
}

/**
 * What the person has said so far: the answers as profile data, the sections (situations) that exist even
 * without an answer, and the fields declined ("不知道 / 跳过"), which are never asked again.
 */
export class Answers {
  private readonly data: ProfileData = {};
  private readonly declinedPaths = new Set<string>();

  /** Open a section (a situation) so programs of that situation apply even before any of its fields is known. */
  openSection(section: string): void {
    this.data[section] ??= {};
  }

  sections(): string[] {
    return Object.keys(this.data);
  }

  /** Record an answer at a dotted path (a record's sub-field as `field[i].sub`). */
  set(path: string, value: RawValue): void {
    const { section, field, index, sub } = splitPath(path);
    this.data[section] ??= {};
    const body = this.data[section];
    if (index === undefined || sub === undefined) {
      body[field] = value;
      return;
    }
    const list = [...((body[field] as readonly RawRecord[] | undefined) ?? [])];
    while (list.length <= index) list.push({});
    list[index] = { ...list[index], [sub]: value as RawScalar };
    body[field] = list;
  }

  /** "不知道 / 跳过": the field stays unknown. It opens no section: saying "不知道" describes no situation. */
  decline(path: string): void {
    this.declinedPaths.add(path);
  }

  get(path: string): RawValue | undefined {
    const { section, field, index, sub } = splitPath(path);
    const value = this.data[section]?.[field];
    if (index === undefined || sub === undefined) return value;
    return (value as readonly RawRecord[] | undefined)?.[index]?.[sub];
  }

  /** Answered or declined: either way the question is not asked again. */
  settled(path: string): boolean {
    return this.declinedPaths.has(path) || (isFieldPath(path) && this.get(path) !== undefined);
  }

  declined(): readonly string[] {
    return [...this.declinedPaths];
  }

  isDeclined(path: string): boolean {
    return this.declinedPaths.has(path);
  }

  /** A copy of the answers as a profile document (what `--save` writes and `eval` reads). */
  toData(): ProfileData {
    return structuredClone(this.data);
  }

  /** The answers validated into a profile, exactly as `eval` would read the saved file. */
  toProfile(catalogue: FieldCatalogue): Profile {
    return profileFromAnswers(this.data, catalogue);
  }
}

/**
 * Validate profile data into a Profile. Answers are checked as they are typed, so a problem here is a bug.
 * @throws Error naming the first problem.
 */
export function profileFromAnswers(data: ProfileData, catalogue: FieldCatalogue): Profile {
  const locate = (path: (string | number)[], p: { code: string }): Place => ({
    file: "<answers>",
    line: 1,
    col: 1,
    code: p.code,
    severity: "error",
    path: path.join("."),
  });
  const { profile, diagnostics } = profileFromData(data, catalogue, locate);
  const first = diagnostics[0];
  if (!profile) throw new Error(`answers do not form a valid profile: ${first && formatDiagnostic(first)}`);
  return profile;
}
