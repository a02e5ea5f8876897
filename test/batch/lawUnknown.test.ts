import { writeFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("batch-law");

// A Hefei row on 2026-12-06, past the 办法's horizon (Anhui's default five-year validity ends 2026-12-01): the
// law alone leaves it open. The batch outcome carries why (`lawUnknown`), and the words come from that reason.
const HEFEI = {
  person: { birthDate: "1990-01-01", sex: "female", hukouRegion: "340104", fullCivilCapacity: true },
  pension: { region: "340104", asIndividual: true, continuousMonths: 14 },
  providentFund: { base: 5000, ratio: 0.07 },
};
const args = (file: string, ...more: string[]) => [
  "batch",
  at(file),
  "--as-of",
  "2026-12-06",
  "--program",
  "hefei.provident-fund",
  ...more,
];

describe("batch past a program's horizon (Hefei on 2026-12-06)", () => {
  it("NDJSON says the law is unknown from 2026-12-01, with nothing missing", async () => {
    writeFileSync(at("h.ndjson"), `${JSON.stringify(HEFEI)}\n`);
    const run = await butie(args("h.ndjson", "--format", "ndjson"));
    const record = JSON.parse(run.stdout.split("\n")[0] as string);
    expect(record.results["hefei.provident-fund"]).toMatchObject({
      status: "undetermined",
      amount: null,
      missing: [],
      lawUnknown: { from: "2026-12-01" },
    });
  });

  it("CSV reads 政策待确认 and the summary counts it as such", async () => {
    writeFileSync(at("h2.ndjson"), `${JSON.stringify(HEFEI)}\n`);
    const run = await butie(args("h2.ndjson", "--format", "csv", "--out", at("h.csv")));
    const [header, row] = parseCsv(await import("node:fs").then((fs) => fs.readFileSync(at("h.csv"))), {
      bom: true,
    }) as string[][];
    const status = header?.findIndex((h) => h.includes("结论")) ?? -1;
    expect(status).toBeGreaterThan(0);
    expect(row?.[status]).toBe("政策待确认");
    expect(run.stderr).toContain("政策待确认 1");
  });
});

describe("the status words follow the reason, never a guess from what is missing", () => {
  it("undetermined with nothing missing but no law reason reads as undetermined", async () => {
    const { statusWords } = await import("../../src/messages/status.js");
    const { say } = await import("../../src/messages/index.js");
    expect(statusWords({ status: "undetermined", missing: [] }, "zh")).toBe(say("zh", "status/undetermined"));
    const law = { from: "2026-12-01" };
    expect(statusWords({ status: "undetermined", missing: [], lawUnknown: law }, "zh")).toBe("政策待确认");
    expect(statusWords({ status: "undetermined", missing: ["a.b"], lawUnknown: law }, "zh")).toBe(
      say("zh", "status/undetermined"),
    );
  });
});
