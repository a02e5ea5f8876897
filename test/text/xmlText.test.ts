import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { junitReport } from "../../src/cli/render/junit.js";
import { xmlLegal } from "../../src/text/xmlText.js";
import { tempDir } from "../batch/tempDir.js";
import { butie } from "../cli/memoryIo.js";

// What XML 1.0 allows (its "Char" production); a lone surrogate has no code point and is not a Char.
const LEGAL = /^(?:[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

describe("hostile2 F6: every XML text butie writes is legal XML 1.0", () => {
  it("xmlLegal leaves legal text as it is and shows every forbidden character visibly", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), (any, legal) => {
        expect(xmlLegal(any)).toMatch(LEGAL);
        expect(xmlLegal(legal.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""))).toBe(
          legal.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""),
        );
      }),
    );
    expect(xmlLegal("I\uFFFFJ\uFFFE\u0001\uD800x😀")).toBe("I\\uFFFFJ\\uFFFE\\x01\\uD800x😀");
  });

  it("a JUnit report of a fixture named with U+FFFF, a control and a lone surrogate", () => {
    const report = junitReport([
      { file: "f.yaml", line: 1, name: "A]]>&<\u0001\uFFFF\uD800", program: "p", problems: ["\uFFFE 不符"] },
    ]);
    expect(report).toMatch(LEGAL);
    expect(report).toContain('name="A]]&gt;&amp;&lt;\\x01\\uFFFF\\uD800"');
  });

  it("an .xlsx of results whose reference holds U+FFFF", async () => {
    const { at } = tempDir("xml-text");
    writeFileSync(
      at("u.ndjson"),
      `${JSON.stringify({
        case: { reference: "I\uFFFFJ" },
        person: { employmentStatus: "unemployed", birthDate: "1988-05-20", sex: "male" },
        unemployment: {
          insuredRegion: "640121",
          firstInsuredDate: "2020-12-01",
          contributionMonths: 8,
          unemployedSince: "2021-08-01",
          involuntary: true,
          registered: true,
        },
      })}\n`,
    );
    const run = await butie(
      [
        "batch",
        "u.ndjson",
        "--as-of",
        "2021-09-01",
        "--program",
        "ningxia.unemployment-benefit",
        "--out",
        "u.xlsx",
      ],
      { cwd: at("") },
    );
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at("u.xlsx"));
    const cells = book.worksheets[0]?.getRow(2).values as unknown[];
    expect(cells.map(String).join("|")).toContain("I\\uFFFFJ");
    expect(cells.map(String).join("|")).not.toContain("\uFFFF");
  });
});
