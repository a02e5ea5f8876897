import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRows } from "../../src/batch/inputs/csvRows.js";
import { InputFault } from "../../src/batch/inputs/inputFault.js";
import { checkWorkbook } from "../../src/batch/inputs/workbookCheck.js";
import { profilesInText } from "../../src/cli/profileDocuments.js";
import { formatDiagnosticIn, InputError } from "../../src/diagnostics.js";
import { sayMessage } from "../../src/messages/index.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { BUNDLED_RULES } from "../../src/rules/ruleFiles.js";
import { zip } from "../batch/zip.js";

/*
 * Issue 18: the table readers and the profile documents reader, given anything, give records or a located error
 * (an InputFault naming its line, an InputError at file:line:col) — never another exception. Seeded; FC_RUNS
 * raises the number of cases (`npm run test:readers` runs 5,000 of each).
 */
const SEED = Number(process.env.BUTIE_PROPERTY_SEED ?? 20261207);
const RUNS = Number(process.env.FC_RUNS ?? 150);
const catalogue = loadFieldCatalogue(join(BUNDLED_RULES, "fields.yaml"));

const CSV_PIECES = [
  "person.sex",
  "出生日期",
  ",",
  "\t",
  '"',
  '""',
  "\n",
  "\r\n",
  "男",
  "1990-01-01",
  "=1+1",
  "\u0000",
  "\uFEFF",
  "\u001b[2J",
];
const csvText = fc.oneof(
  fc.array(fc.constantFrom(...CSV_PIECES), { maxLength: 60 }).map((p) => p.join("")),
  fc.string({ maxLength: 300, unit: "binary" }),
);
/** The bytes of a CSV, whole or in pieces as a stream gives them, in UTF-8 or as raw bytes. */
const csvBytes = fc.oneof(
  csvText.map((t) => [Buffer.from(t)]),
  fc.array(
    fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b)),
    { maxLength: 8 },
  ),
);

describe("any bytes to a table reader give records or a located error", () => {
  it("CSV: records with line numbers that never go back, or an InputFault saying its line", async () => {
    await fc.assert(
      fc.asyncProperty(csvBytes, async (chunks) => {
        let last = 0;
        try {
          for await (const record of csvRows(Readable.from(chunks), "in.csv")) {
            expect(record.line).toBeGreaterThanOrEqual(Math.max(last, 1));
            last = record.line;
          }
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(InputFault);
          expect(sayMessage("en", (e as InputFault).says)).toMatch(/in\.csv/);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("a workbook: passed on to SheetJS, or an InputError at file:1:1", () => {
    const parts = fc.dictionary(
      fc.constantFrom(
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "xl/workbook.xml",
        "content.xml",
        "a.bin",
      ),
      fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('<c r="XFE1"/>', "<!DOCTYPE x>", "<si><t>a</t></si>", '<row r="9999999">'),
      ),
    );
    const bytes = fc.oneof(
      parts.map((p) => zip(p)),
      parts.chain((p) => {
        const whole = zip(p);
        return fc.nat(whole.length).map((n) => whole.subarray(0, n));
      }),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    );
    fc.assert(
      fc.property(bytes, fc.constantFrom("b.xlsx", "b.xls", "b.ods"), (b, name) => {
        try {
          checkWorkbook(b, name);
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(InputError);
          const said = (e as InputError).diagnostics.map((d) => formatDiagnosticIn(d, "en"));
          for (const line of said)
            expect(line).toMatch(new RegExp(`^${name.replace(".", "\\.")}:1:1 input/`));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("a file of several profile documents: profiles or errors located inside the file", () => {
    const doc = fc.constantFrom(
      "person: { sex: male }",
      "person:\n  sex: male\n  sex: female",
      "- person: {}\n- nope: 1",
      "[",
      "{}",
      "# only a comment",
      "person: { birthDate: 1990-13-01 }",
    );
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 6 }), (docs) => {
        const text = docs.join("\n---\n");
        const lines = text.split("\n").length;
        const read = profilesInText("p.yaml", `${text}\n`, catalogue);
        expect(read.profiles.length + read.diagnostics.length).toBeGreaterThan(0);
        for (const d of read.diagnostics) {
          expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
          expect(d.line, JSON.stringify(d)).toBeLessThanOrEqual(lines + 1);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
