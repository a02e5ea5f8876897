import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("ndjson-controls");

// NDJSON records escape DEL and C1 controls where each piece is made (records.ts), not in a pass over the whole
// output: every record built from a text must still parse, a record in error included.
const REFERENCE = "\u007fdel\u0085nel";
const ROWS = [
  { case: { reference: REFERENCE }, person: { sex: "male" } },
  { case: { reference: REFERENCE }, person: { sex: "male", birthDate: "1985-02-30" } },
];

describe("batch NDJSON records with DEL and C1 controls", () => {
  it("parse, a valid record and a record in error alike, to stdout and to a file", async () => {
    writeFileSync(at("d.ndjson"), ROWS.map((r) => `${JSON.stringify(r)}\n`).join(""));
    const base = ["batch", at("d.ndjson"), "--as-of", "2021-09-01", "--format", "ndjson"];
    const out = await butie(base);
    await butie([...base, "--out", at("d.out.ndjson")]);
    for (const text of [out.stdout, readFileSync(at("d.out.ndjson"), "utf8")]) {
      const lines = text.split("\n").filter(Boolean);
      expect(lines).toHaveLength(2);
      expect(/[\u007f-\u009f]/.test(text)).toBe(false);
      const [valid, failed] = lines.map((l) => JSON.parse(l));
      expect(valid.reference).toBe(REFERENCE);
      expect(failed.errors.length).toBeGreaterThan(0);
      expect(failed.reference).toBe(REFERENCE);
    }
  });
});
