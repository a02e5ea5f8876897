import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { guardOutput } from "../../src/text/guard.js";
import { holdsIdNumber, maskIdShapedIn } from "../../src/text/idMask.js";
import { idWritten, withoutIdSeparators } from "../../src/text/idWriting.js";
import { butie } from "../cli/memoryIo.js";

// hostile2 F1 (task F2): ID numbers the reader accepts (4-4-4-4-2, double spaces, 3-digit groups, 6-8-2-2) were
// printed whole by the mask and passed the case-reference check; hostile2 F9 (task F3): one glued after other
// digits was masked at the run's start, its birth date, sequence and check digit readable. The tester's files (the
// ref-*.yaml renamed: `_` between the parts of a file name is not yet read as a separator).
const ID = "640121198506150018";
const file = (name: string) => fileURLToPath(new URL(`./fixtures-hostile2/${name}`, import.meta.url));
const NX = ["--as-of", "2022-03-01", "--program", "ningxia.unemployment-benefit"];
const readable = (text: string) => withoutIdSeparators(text).includes("19850615");

const ACCEPTED = [
  "6401 2119 8506 1500 18",
  "640121  19850615  0018",
  "640 121 198 506 150 018",
  "640121 19850615 00 18",
  "64 01 21 19 85 06 15 00 18",
  "640121\u00a0\u00a019850615\u00a0\u00a00018",
  "640121\u3000\u300019850615\u3000\u30000018",
];

describe("hostile2 F1: every writing the ID reader accepts is one the mask hides", () => {
  it.each(ACCEPTED)(
    "%j: read as the ID, masked in output and in quoted typing, refused as a reference",
    (typed) => {
      expect(idWritten(typed)).toBe(ID);
      expect(readable(guardOutput(`经办档案编号：${typed}`))).toBe(false);
      expect(readable(maskIdShapedIn(`实际为 "${typed}"`))).toBe(false);
      expect(holdsIdNumber(typed)).toBe(true);
    },
  );

  it("a writing the mask would not find is not read as an ID (one notion)", () => {
    expect(idWritten("64012 11985 06150 018")).toBeUndefined();
    expect(idWritten("640121    19850615")).toBeUndefined();
  });

  it.each(["ref-4-4-4-4-2.yaml", "ref-2spaces.yaml", "ref-3-3-3.yaml", "ref-6-8-2-2.yaml"])(
    "%s: the reference is refused as an ID, in text and html",
    async (name) => {
      for (const format of ["text", "html"]) {
        const run = await butie(["eval", file(name), ...NX, "--format", format]);
        expect(run.code).toBe(2);
        expect(readable(run.stdout + run.stderr)).toBe(false);
      }
    },
  );

  it("ids-in-id.csv: the accepted forms read; ids-in-sex.csv: none of them echoed readable", async () => {
    const ids = await butie(["batch", file("ids-in-id.csv"), ...NX, "--format", "csv"]);
    const ok = ids.stdout
      .split("\n")
      .filter((l) => /^\d+,(4-4-4-4-2|2sp|3s|6-8-2-2|nbsp2|idsp3|ok),,/.test(l));
    expect(ok).toHaveLength(7);
    const sex = await butie(["batch", file("ids-in-sex.csv"), ...NX, "--format", "csv"]);
    for (const row of ["4-4-4-4-2", "3s", "2sp", "sp-every2", "6-8-2-2", "nl"])
      expect(readable(sex.stdout.split("\n").find((l) => l.includes(`,${row},`)) ?? "")).toBe(false);
  });

  it("the same writings in a CSV header, --list-columns, a --param value and a file name", async () => {
    const typed = "6401 2119 8506 1500 18";
    const param = await butie([
      "eval",
      file("glued-sex.yaml"),
      "--param",
      `hefei.provident-fund.minimumAge=${typed}`,
    ]);
    expect(readable(param.stdout + param.stderr)).toBe(false);
    expect(readable(guardOutput(`"${typed}": ~`))).toBe(false);
    expect(readable(guardOutput(`${typed}.yaml · 评估日期`))).toBe(false);
    expect(readable(guardOutput(`<title>${typed}</title>`))).toBe(false);
  });
});

describe("hostile2 F9: an ID glued after other digits is masked where it stands", () => {
  it.each([
    "20210801640121198506150018",
    "13800138000640121198506150018",
    "1234567890640121198506150018",
    "2021640121198506150018",
  ])("%s", (typed) => {
    expect(readable(maskIdShapedIn(`实际为 "${typed}"`))).toBe(false);
    expect(maskIdShapedIn(`实际为 "${typed}"`)).not.toMatch(/121198|06150018/);
  });

  it("glued2.csv and glued-sex.yaml: neither birth date nor sequence readable", async () => {
    const batch = await butie(["batch", file("glued2.csv"), ...NX, "--format", "csv"]);
    expect(batch.stdout).not.toMatch(/19850615|06150018/);
    const one = await butie(["eval", file("glued-sex.yaml"), ...NX, "--format", "json"]);
    expect(one.stdout + one.stderr).not.toMatch(/19850615|06150018/);
  });
});
