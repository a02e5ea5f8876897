import { describe, expect, it } from "vitest";
import { butie, STACK_FRAME } from "./memoryIo.js";

/** A wide terminal, so that the long lines of `rules show` checked here are not wrapped. */
const WIDE = { env: { COLUMNS: "400" } };

const PROGRAMS = [
  "hefei.provident-fund",
  "hubei.hiring-reward",
  "hubei.rural-welfare-post",
  "hubei.startup-subsidy",
  "hubei.training-uplift",
  "lianyungang.welfare-post",
  "ningxia.migrant-living-subsidy",
  "ningxia.unemployment-benefit",
  "ningxia.unemployment-subsidy",
];

/** The lines of `text` from the one starting with `start` up to the next line indented no deeper. */
function block(text: string, start: RegExp): string[] {
  const all = text.split("\n");
  const i = all.findIndex((l) => start.test(l));
  if (i < 0) return [];
  const indent = (l: string) => l.length - l.trimStart().length;
  const end = all.findIndex((l, j) => j > i && (l.trim() === "" || indent(l) <= indent(all[i] ?? "")));
  return all.slice(i, end < 0 ? undefined : end);
}

describe("butie rules list", () => {
  it("lists all nine programs: exit 0", async () => {
    const { code, stdout, stderr } = await butie(["rules", "list"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const id of PROGRAMS) expect(stdout).toContain(id);
  });

  it("is the default action", async () => {
    const { code, stdout } = await butie(["rules"]);
    expect(code).toBe(0);
    for (const id of PROGRAMS) expect(stdout).toContain(id);
  });

  it("shows place, in-force dates and subject", async () => {
    const { stdout } = await butie(["rules", "list", "--lang", "en"]);
    // A row of the table spans several lines between its borders (id above title, code below place).
    const rows = stdout.split(/\n[├└][─┼┴]+[┤┘]\n?/);
    const row = rows.find((r) => r.includes("hubei.training-uplift")) ?? "";
    expect(row).toMatch(/│ Hubei +│/);
    expect(row).toMatch(/│ 420000 +│ 2021-12-31 +│/);
    expect(row).toContain("2021-08-26 …");
    expect(row).toContain("person");
    const employer = rows.find((r) => r.includes("hubei.hiring-reward")) ?? "";
    expect(employer).toContain("employer");
  });

  it("--format json gives one entry per program, sorted by id", async () => {
    const { code, stdout } = await butie(["rules", "list", "--format", "json"]);
    expect(code).toBe(0);
    const list = JSON.parse(stdout);
    expect(list.map((p: { id: string }) => p.id)).toEqual(PROGRAMS);
    expect(list.find((p: { id: string }) => p.id === "ningxia.unemployment-subsidy")).toMatchObject({
      title: { zh: "宁夏失业补助金", en: "Ningxia unemployment subsidy" },
      subject: "person",
      place: { code: "640000" },
      inForce: { from: "2020-03-01", to: "2022-12-31" },
      file: "rules/ningxia/unemployment-subsidy.yaml",
    });
  });
});

describe("butie rules show ningxia.unemployment-subsidy", () => {
  it("prints conditions, the dated history of benefitStandard and the quoted sources: exit 0", async () => {
    const { code, stdout, stderr } = await butie(["rules", "show", "ningxia.unemployment-subsidy"], WIDE);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("宁夏失业补助金 (ningxia.unemployment-subsidy)");
    expect(stdout).toContain(
      "has-contributed: 参加失业保险并缴过费（参保失业人员；领取失业保险金期满者必已缴费）",
    );
    expect(stdout).toContain("unemployment.contributionMonths >= 1");

    const history = block(stdout, /^\s+benefitStandard: /);
    expect(history[0]).toContain("失业保险金月标准（按地区类别）");
    expect(
      history.filter((l) => /^\s+\d{4}-\d{2}-\d{2}: /.test(l)).map((l) => l.trim().slice(0, 10)),
    ).toEqual(["2020-03-01", "2021-09-01"]);
    for (const l of history.slice(1)) expect(l).toContain("ningxia-standard-2021");

    // The sources, each with its quote.
    expect(stdout).toContain("[yinchuan-tiers] 银川市失业补助金申领通知（转载）");
    expect(stdout).toContain("“领取失业保险金期满仍未就业的失业人员、不符合领取失业保险金条件的参保失业人员");
    expect(stdout).toContain("一类地区1755元、二类地区1656元、三类地区1575元");
  });

  it("shows scalar parameters with their value and reference", async () => {
    const { stdout } = await butie(["rules", "show", "ningxia.unemployment-subsidy"], WIDE);
    expect(block(stdout, /^\s+higherTierRate: /)).toEqual([
      "  higherTierRate: 第一档比例（单位：比例）",
      "      2020-03-01: 80%   (yinchuan-tiers)",
    ]);
  });

  // A caseworker reading the parameter history must see what the standard was on each date, not `{…}`.
  it("prints the values of a table parameter on each date (1404 before, 1656 from 2021-09-01 for class 2)", async () => {
    const { stdout } = await butie(["rules", "show", "ningxia.unemployment-subsidy", "--lang", "en"], WIDE);
    const history = block(stdout, /^\s+benefitStandard: /);
    const since2020 = history.find((l) => l.includes("2020-03-01")) ?? "";
    const since2021 = history.find((l) => l.includes("2021-09-01")) ?? "";
    expect(since2020).toContain("1404");
    expect(since2021).toContain("1656");
  });

  it("speaks English with --lang en", async () => {
    const { stdout } = await butie(["rules", "show", "ningxia.unemployment-subsidy", "--lang", "en"], WIDE);
    expect(stdout).toContain("Ningxia unemployment subsidy (ningxia.unemployment-subsidy)");
    expect(stdout).toContain("Conditions (all must hold)");
    expect(stdout).toContain("Parameters (by effective date)");
    expect(stdout).toContain("has-contributed: Insured, with at least one month of contributions");
  });

  it("--format json gives the conditions, the dated parameter values with refs, and the sources", async () => {
    const { code, stdout } = await butie([
      "rules",
      "show",
      "ningxia.unemployment-subsidy",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const detail = JSON.parse(stdout);
    expect(detail.id).toBe("ningxia.unemployment-subsidy");
    expect(detail.conditions.map((c: { id: string }) => c.id)).toEqual([
      "unemployed",
      "has-contributed",
      "not-entitled-to-benefit",
      "not-kept-on-benefit",
      "working-age",
      "new-spell-this-year",
      "not-paid-in-earlier-year",
      "no-basic-pension",
    ]);
    const standard = detail.parameters.find((p: { name: string }) => p.name === "benefitStandard");
    expect(standard.values.map((v: { since: string; ref: string }) => [v.since, v.ref])).toEqual([
      ["2020-03-01", "ningxia-standard-2021"],
      ["2021-09-01", "ningxia-standard-2021"],
    ]);
    const rate = detail.parameters.find((p: { name: string }) => p.name === "higherTierRate");
    // The YAML: `2020-03-01: { value: 0.8, ref: yinchuan-tiers, confirmed: { on: 2021-08-11, ref: ningxia-expansion } }`.
    expect(rate.values).toEqual([
      {
        since: "2020-03-01",
        value: "80%",
        ref: "yinchuan-tiers",
        confirmed: { on: "2021-08-11", ref: "ningxia-expansion" },
      },
    ]);
    expect(detail.sources.map((s: { id: string }) => s.id)).toEqual([
      "ningxia-expansion",
      "mohrss-2020-40",
      "yinchuan-tiers",
      "ningxia-standard-2021",
      "employment-services-63",
      "social-insurance-law-51",
      "minimum-wage-10",
      "mohrss-2021-29",
      "mohrss-2022-23",
      "kunming-2021",
    ]);
    for (const s of detail.sources) expect(s.quote.length).toBeGreaterThan(10);
  });

  // Machine output must carry the data itself: the value of a table parameter shows the table, not `{…}`.
  it("--format json gives the table values of benefitStandard, not a placeholder", async () => {
    const { stdout } = await butie(
      ["rules", "show", "ningxia.unemployment-subsidy", "--format", "json"],
      WIDE,
    );
    const standard = JSON.parse(stdout).parameters.find(
      (p: { name: string }) => p.name === "benefitStandard",
    );
    const [before, after] = standard.values.map((v: { value: unknown }) => JSON.stringify(v.value));
    for (const n of ["1494", "1404", "1332"]) expect(before).toContain(n);
    for (const n of ["1755", "1656", "1575"]) expect(after).toContain(n);
  });

  it("--format json gives each dated value's confirmation (the date and source that last confirm it)", async () => {
    const { stdout } = await butie(
      ["rules", "show", "ningxia.unemployment-subsidy", "--format", "json"],
      WIDE,
    );
    const months = JSON.parse(stdout).parameters.find((p: { name: string }) => p.name === "maximumMonths");
    // rules/ningxia/unemployment-subsidy.yaml: `2020-03-01: { value: 6, …, confirmed: { on: 2021-08-11, ref: ningxia-expansion } }`
    expect(months.values[0].confirmed).toEqual({ on: "2021-08-11", ref: "ningxia-expansion" });
  });

  it("shows the amount note of a program whose amount is unpublished", async () => {
    const { code, stdout } = await butie(
      ["rules", "show", "ningxia.migrant-living-subsidy", "--lang", "en"],
      WIDE,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Amount not published");
    expect(block(stdout, /^\s+monthlyAmount: /).join("\n")).toContain(
      "supply them with --param or a local rule directory",
    );
  });
});

describe("butie rules: could not run, exit 2", () => {
  it("show of an unknown id suggests the closest", async () => {
    const { code, stdout, stderr } = await butie(
      ["rules", "show", "ningxia.unemployment-subsidi", "--lang", "en"],
      WIDE,
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "butie: unknown program `ningxia.unemployment-subsidi` (did you mean `ningxia.unemployment-subsidy`?)\n",
    );
    const zh = await butie(["rules", "show", "ningxia.unemployment-subsidi"]);
    expect(zh.stderr).toBe(
      "butie: 未知的项目 `ningxia.unemployment-subsidi`（是否想写 `ningxia.unemployment-subsidy`？）\n",
    );
  });

  it("in JSON mode the error is JSON on stdout", async () => {
    const { code, stdout, stderr } = await butie([
      "rules",
      "show",
      "ningxia.unemployment-subsidi",
      "--format",
      "json",
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual({
      error: expect.objectContaining({
        kind: "usage",
        message:
          "unknown program `ningxia.unemployment-subsidi` (did you mean `ningxia.unemployment-subsidy`?)",
      }),
    });
  });

  it("show without an id", async () => {
    const { code, stderr } = await butie(["rules", "show"]);
    expect(code).toBe(2);
    expect(stderr).toContain("butie rules list");
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it("an unknown action", async () => {
    const { code, stderr } = await butie(["rules", "lsit", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown action `lsit`");
  });
});

describe("butie rules with --rules", () => {
  it("lists a program replaced by a local rule directory with its local file", async () => {
    const { code, stdout } = await butie([
      "rules",
      "list",
      "--format",
      "json",
      "--rules",
      "test/fixtures-data/local-program-override",
    ]);
    expect(code).toBe(0);
    const list = JSON.parse(stdout);
    expect(list.map((p: { id: string }) => p.id)).toEqual(PROGRAMS);
    expect(list.find((p: { id: string }) => p.id === "hubei.training-uplift")).toMatchObject({
      title: { en: "Test-only local 30% training-subsidy uplift" },
      file: "test/fixtures-data/local-program-override/hubei/training-uplift.yaml",
    });
  });

  it("shows a parameter overridden by local rules, naming the local file", async () => {
    const { code, stdout } = await butie(
      ["rules", "show", "ningxia.migrant-living-subsidy", "--rules", "examples/local-rules"],
      WIDE,
    );
    expect(code).toBe(0);
    expect(block(stdout, /^\s+monthlyAmount: /)).toContainEqual(
      "      2020-07-01: 550   (local rules examples/local-rules/ningxia/migrant-living-subsidy.yaml, example-bureau-notice)",
    );
  });
});
