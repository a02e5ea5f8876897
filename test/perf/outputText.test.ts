import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type InputRow, processChunk } from "../../src/batch/chunk.js";
import { type BatchSettings, batchContext, outputWords } from "../../src/batch/context.js";
import { outcomeOf } from "../../src/batch/outcome.js";
import { outcomeJson, recordCells } from "../../src/batch/records.js";
import { withExclusions } from "../../src/engine/evaluate.js";
import { factRelations } from "../../src/profile/factRelations.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { profileData, toProfile } from "../arbitraries/profiles.js";

/*
 * Batch builds its output as bytes in pieces, for speed: the bytes must be those of the plain way — each NDJSON
 * record `JSON.stringify` of its object (`outcomeJson` per program: PRODUCT §5 names, in that order), each CSV
 * row csv-stringify of its cells — however the rows fall into chunks and pieces.
 */
const rules = loadRules();
const catalogue = rules.fields;
const settings = (format: BatchSettings["format"]): BatchSettings => ({
  asOf: "2022-03-01",
  today: "2026-12-06",
  rules: [],
  params: [],
  compare: false,
  file: "people.ndjson",
  input: "ndjson",
  format,
  records: "all",
});
// Rows dated after 2022-03-01, or whose facts contradict each other on that day (factRelations.ts), are error
// records, not outcomes: left out.
const afterAsOf = (data: unknown) =>
  (JSON.stringify(data).match(/\d{4}-\d{2}-\d{2}/g) ?? []).some((d) => d > "2022-03-01");
const ROWS = fc
  .sample(profileData(catalogue), { seed: 20261207, numRuns: 400 })
  .filter((data) => !afterAsOf(data))
  .filter(
    (data) => !factRelations(new Map(toProfile(data, catalogue).fields), catalogue, "2022-03-01").length,
  )
  .map((data, i) => ({ ...data, case: { reference: `CASE-${i}` } }));
const block = (from: number, to: number): InputRow => ({
  line: from + 1,
  block: `${ROWS.slice(from, to)
    .map((r) => JSON.stringify(r))
    .join("\n")}\n`,
  count: to - from,
});
const text = (format: BatchSettings["format"], chunks: InputRow[][]) => {
  const ctx = batchContext(rules, settings(format));
  return chunks.map((rows) => Buffer.concat(processChunk(ctx, rows).bytes ?? []).toString("utf8")).join("");
};

describe("batch output text", () => {
  const ctx = batchContext(rules, settings("ndjson"));
  const outcomes = ROWS.map((data) => {
    const profile = toProfile(data, catalogue);
    const results = withExclusions(ctx.lean.map((evaluate) => evaluate(profile, ctx.asOf)));
    return new Map(results.map((r) => [r.program.id, outcomeOf(r, profile)]));
  });

  it("NDJSON: each record is JSON.stringify of its object, in one chunk or many", () => {
    const plain = outcomes
      .map((results, i) => {
        const json = Object.fromEntries([...results].map(([id, o]) => [id, outcomeJson(o)]));
        return `${JSON.stringify({ row: i + 1, reference: `CASE-${i}`, asOf: "2022-03-01", results: json })}\n`;
      })
      .join("");
    expect(text("ndjson", [[block(0, ROWS.length)]])).toBe(plain);
    expect(text("ndjson", [[block(0, 7)], [block(7, 250), block(250, ROWS.length)]])).toBe(plain);
  });

  it("CSV: the rows of csv-stringify, in one chunk or many", () => {
    expect(ROWS.length).toBeGreaterThan(301);
    const words = outputWords(batchContext(rules, settings("csv")));
    const cells = outcomes.map((results, i) =>
      recordCells({ row: i + 1, reference: `CASE-${i}`, results }, ctx.programIds, words),
    );
    const plain = stringify(cells);
    expect(text("csv", [[block(0, ROWS.length)]])).toBe(plain);
    expect(text("csv", [[block(0, 99)], [block(99, 301)], [block(301, ROWS.length)]])).toBe(plain);
  });
});
