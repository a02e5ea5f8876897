import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ndjsonProfile, rowProfile } from "../../src/batch/rowProfile.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { formatDiagnosticIn } from "../../src/diagnostics.js";
import { decodeText, withinDepth } from "../../src/files/readTextFile.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { BUNDLED_RULES } from "../../src/rules/ruleFiles.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { guardOutput } from "../../src/text/guard.js";

/*
 * Issue 18: whatever a reader is given — a profile's text, an NDJSON line, a CSV row's cells — it gives a result
 * or located errors, never an exception; what it says, once guarded, holds no raw control character and no
 * readable ID number. Seeded, so a failure reproduces; FC_RUNS raises the number of cases (`npm run test:long`).
 */
const catalogue = loadFieldCatalogue(join(BUNDLED_RULES, "fields.yaml"));
const SEED = Number(process.env.BUTIE_PROPERTY_SEED ?? 20261206);
const RUNS = Number(process.env.FC_RUNS ?? 200);
const ID = "11010519491231002X";

// Pieces real files are made of, and the hostile ones of issue 18, so random text often looks like a profile.
const PIECES = [
  "person:",
  "\n  ",
  "sex: ",
  "male",
  "birthDate: ",
  "1990-01-01",
  "unemployment:",
  "contributionMonths: ",
  "+5000",
  "0x1388",
  "0o0",
  "1e400",
  "11.9999999999999999",
  "[",
  "]",
  "{",
  "}",
  ",",
  '"',
  "'",
  "- ",
  "---\n",
  "&a ",
  "*a",
  "!!binary ",
  "%YAML 1.2\n",
  "__proto__",
  "toString",
  "\u001b[2J",
  "\u0000",
  "\u200b",
  ID,
  "１１０１０５１９４９１２３１００２Ｘ",
  "#",
  ":",
  "\t",
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join("")),
  fc.string({ maxLength: 200, unit: "binary" }),
);

const located = (d: Diagnostic) => d.line >= 1 && d.col >= 1 && d.file.length > 0 && d.code.includes("/");
// biome-ignore lint/suspicious/noControlCharactersInRegex: a raw control character in output is the failure
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function checkSaid(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(located(d), JSON.stringify(d)).toBe(true);
    for (const lang of ["zh", "en"] as const) {
      const line = guardOutput(formatDiagnosticIn(d, lang));
      expect(line).not.toMatch(RAW_CONTROL);
      expect(line).not.toContain(ID);
    }
  }
}

describe("any input to a reader gives a result or located errors", () => {
  it("profile text (YAML or JSON, after the depth check)", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("p.yaml", "p.json"), (t, name) => {
        const read = withinDepth(decodeText(Buffer.from(t), name), name);
        if (!read.ok) return checkSaid([read.diagnostic]);
        const { profile, diagnostics } = readProfile(new YamlSource(name, read.text), catalogue);
        expect(profile !== undefined || diagnostics.length > 0).toBe(true);
        checkSaid(diagnostics);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("an NDJSON line", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.json({ maxDepth: 4 }),
          fc.constant('{"person": {"idNumber": "１１０１０５１９４９１２３１００２Ｘ"}}'),
        ),
        (line) => {
          if (line.includes("\n")) return;
          const r = ndjsonProfile(line, catalogue, "in.ndjson", 3);
          expect(r.profile !== undefined || r.diagnostics.length > 0).toBe(true);
          checkSaid(r.diagnostics);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("a CSV row's cells", () => {
    const columns = [
      { header: "性别", index: 1, field: "person.sex" },
      { header: "出生日期", index: 2, field: "person.birthDate" },
      { header: "缴费月数", index: 3, field: "unemployment.contributionMonths" },
      { header: "编号", index: 4, field: "case.reference" },
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, fc.constantFrom(...PIECES)), { minLength: 4, maxLength: 4 }),
        (raw) => {
          const r = rowProfile(raw, columns, catalogue, "in.csv", 2);
          expect(r.profile !== undefined || r.diagnostics.length > 0).toBe(true);
          checkSaid(r.diagnostics);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
