import fc from "fast-check";
import { type Diagnostic, formatDiagnostic } from "../../src/diagnostics.js";
import type { FieldCatalogue, ScalarFieldDef } from "../../src/profile/fields.js";
import { profileFromData } from "../../src/profile/loadProfile.js";
import type { Profile } from "../../src/profile/profile.js";

/*
 * The one generator of random valid profiles (fast-check) for the properties of evaluation and the agreement of
 * the compiled evaluator with the interpreter: every section of the catalogue, some of its fields.
 */

/** Codes inside and around the bundled programs' regions, so programs apply, do not, or need a finer code. */
export const REGIONS = [
  "340104",
  "340100",
  "340000",
  "420102",
  "420100",
  "420000",
  "640121",
  "640104",
  "640100",
  "640000",
  "320703",
  "110105",
];

/** A date `YYYY-MM-DD` in the years from…to. */
export const isoDate = (from: number, to: number) =>
  fc
    .date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** A valid value of one field, as a profile file would hold it. */
export function scalarValue(def: ScalarFieldDef): fc.Arbitrary<unknown> {
  switch (def.type) {
    case "boolean":
      return fc.boolean();
    case "integer":
      // Small counts often, so thresholds (1, 6, 12 months) are met exactly as well as passed.
      return def.oneOf
        ? fc.constantFrom(...def.oneOf)
        : fc.oneof(
            fc.integer({ min: def.min ?? 0, max: Math.min(def.max ?? 14, 14) }),
            fc.integer({ min: def.min ?? 0, max: Math.min(def.max ?? 400, 400) }),
          );
    case "decimal":
      return def.max !== undefined && def.max <= 1
        ? fc.integer({ min: Math.round((def.min ?? 0) * 100), max: def.max * 100 }).map((n) => n / 100)
        : fc.integer({ min: Math.round((def.min ?? 0) * 100), max: 3_000_000 }).map((n) => n / 100);
    case "date":
      return isoDate(1950, 2025);
    case "region":
      return fc.constantFrom(...REGIONS);
    case "enum":
      return fc.constantFrom(...(def.values ?? ["x"]));
    case "enum-list":
      return fc.subarray([...(def.values ?? [])]);
    case "text":
      return fc.constantFrom("个体经营", "note", "");
    case "id-number":
      return fc.constant(undefined);
  }
}

export type ProfileData = Record<string, Record<string, unknown>>;

/** A random valid profile document: some sections, some of their fields (lists of up to 3 records). */
export function profileData(catalogue: FieldCatalogue): fc.Arbitrary<ProfileData> {
  return fc
    .record(
      Object.fromEntries(
        Object.entries(catalogue.sections).map(([name, section]) => [
          name,
          fc.option(
            fc.record(
              Object.fromEntries(
                Object.entries(section.fields).map(([field, def]) => [
                  field,
                  def.type === "records"
                    ? fc.array(
                        fc.record(
                          Object.fromEntries(Object.entries(def.fields).map(([k, d]) => [k, scalarValue(d)])),
                          { requiredKeys: [] },
                        ),
                        { maxLength: 3 },
                      )
                    : scalarValue(def),
                ]),
              ),
              { requiredKeys: [] },
            ),
            { nil: undefined, freq: 3 },
          ),
        ]),
      ),
      { requiredKeys: [] },
    )
    .map((data) => consistent(data as ProfileData, catalogue));
}

/**
 * The document without the fields that contradict others (insured before the 16th birthday, more months than the
 * years hold: `factRelations`): each field is drawn alone, so some draws cannot all be true together.
 */
function consistent(data: ProfileData, catalogue: FieldCatalogue): ProfileData {
  for (let round = 0; round < 8; round++) {
    const wrong: (string | number)[][] = [];
    profileFromData(data, catalogue, (path, p): Diagnostic => {
      if (p.code === "profile/contradiction" || p.code === "profile/id-number") wrong.push(path);
      return { file: "random", line: 1, col: 1, code: p.code, says: p.says, severity: "error" };
    });
    if (!wrong.length) return data;
    for (const [section, field] of wrong) delete data[section as string]?.[field as string];
  }
  return data;
}

/** The profile of generated data; the generator makes only valid ones, so a problem is a fault of the generator. */
export function toProfile(data: unknown, catalogue: FieldCatalogue): Profile {
  const { profile, diagnostics } = profileFromData(
    data,
    catalogue,
    (path, p): Diagnostic => ({
      file: "random",
      line: 1,
      col: 1,
      code: p.code,
      says: p.says,
      severity: "error",
      path: path.join("."),
    }),
  );
  if (!profile)
    throw new Error(
      `the generator made an invalid profile: ${diagnostics.map((d) => formatDiagnostic(d)).join("; ")}`,
    );
  return profile;
}
