import { readdirSync } from "node:fs";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../src/expr/functions.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { butie, REPO } from "./memoryIo.js";

// Issue 7 §2 and §5: the default view speaks plain words and fits an 80-column terminal.

const EXAMPLES = readdirSync(`${REPO}/examples`)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => `examples/${f}`);
const DATES = ["2021-09-01", "2022-03-01", "2022-09-01"];
const rules = loadRules([], REPO);
/** An 80-column terminal, the width assumed when it is unknown. */
const AT_80 = { columns: 80 };

function tooWide(text: string, width = 80): string[] {
  return text.split("\n").filter((line) => stringWidth(line) > width);
}

describe("output fits an 80-column terminal", () => {
  it("finds the bundled examples", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(4);
  });

  for (const example of EXAMPLES)
    for (const extra of [[], ["--lang", "en"], ["--all"], ["--trace"], ["--trace", "--all", "--lang", "en"]])
      it(`eval ${example} ${extra.join(" ")}`, async () => {
        for (const asOf of DATES) {
          const { code, stdout } = await butie(["eval", example, "--as-of", asOf, ...extra], AT_80);
          expect(code).toBe(0);
          expect(tooWide(stdout), asOf).toEqual([]);
        }
      });

  it("rules list, in Chinese and in English", async () => {
    for (const lang of ["zh", "en"]) {
      const { stdout } = await butie(["rules", "list", "--lang", lang], AT_80);
      expect(stdout).toContain("ningxia.migrant-living-subsidy");
      expect(tooWide(stdout)).toEqual([]);
    }
  });

  it("rules show, for every program", async () => {
    for (const id of rules.programs.keys()) {
      const { stdout } = await butie(["rules", "show", id], AT_80);
      expect(tooWide(stdout), id).toEqual([]);
    }
  });

  it("every command's --help, whose examples used to run past 80 columns", async () => {
    for (const command of [[], ["eval"], ["ask"], ["batch"], ["test"], ["check"], ["rules"], ["schema"]]) {
      const { stdout } = await butie([...command, "--help"], AT_80);
      expect(stdout).toContain("Usage:");
      expect(tooWide(stdout), command.join(" ")).toEqual([]);
    }
  });

  it("test, with coverage", async () => {
    const { stdout } = await butie(["test", "--lang", "en", "--coverage"], AT_80);
    expect(stdout).toMatch(/\d+ passed, 0 failed/);
    expect(tooWide(stdout)).toEqual([]);
  });

  it("a wider terminal gets wider lines (COLUMNS)", async () => {
    const { stdout } = await butie(["eval", "examples/ningxia-migrant.yaml", "--trace"], {
      env: { COLUMNS: "200" },
    });
    expect(tooWide(stdout, 200)).toEqual([]);
    expect(tooWide(stdout, 80).length).toBeGreaterThan(0);
  });
});

describe("the default view names no internals", () => {
  const catalogue = rules.fields;
  const words = new Set<string>([
    ...Object.keys(FUNCTIONS),
    ...[...rules.programs.values()].flatMap((p) => [...p.parameters.keys()]),
  ]);
  const paths = [...catalogue.fieldPaths()];
  const enumCodes = [...catalogue.fields.values()].flatMap((f) => f.values ?? []);
  const standsAlone = (text: string) => (w: string) =>
    new RegExp(`(^|[^A-Za-z0-9-])${w}($|[^A-Za-z0-9-])`).test(text);
  const found = (text: string) => [
    ...[...words, ...enumCodes].filter(standsAlone(text)),
    ...paths.filter((p) => text.includes(p)),
  ];
  // In English an enum code may be the plain word itself (`male`, `unemployed`): only camelCase names count.
  const foundInEnglish = (text: string) => [
    ...[...words].filter((w) => /[A-Z]/.test(w)).filter(standsAlone(text)),
    ...paths.filter((p) => text.includes(p)),
  ];

  for (const example of EXAMPLES)
    it(`eval ${example} (zh and en)`, async () => {
      for (const asOf of DATES)
        for (const lang of ["zh", "en"]) {
          const { stdout } = await butie(["eval", example, "--as-of", asOf, "--lang", lang, "--all"]);
          const text = stdout.replace(/https?:\/\/\S+/g, "");
          expect((lang === "zh" ? found : foundInEnglish)(text), `${asOf} ${lang}`).toEqual([]);
        }
    });

  it("--trace still shows the engine's arithmetic with parameter ids and field paths", async () => {
    const { stdout } = await butie(["eval", "examples/hefei-provident-fund.yaml", "--trace"]);
    expect(found(stdout).length).toBeGreaterThan(0);
  });

  it("every enum value has a zh and an en label", () => {
    for (const [path, def] of catalogue.fields)
      for (const v of def.values ?? []) {
        expect(def.valueLabels?.[v]?.zh, `${path} ${v}`).toBeTruthy();
        expect(def.valueLabels?.[v]?.en, `${path} ${v}`).toBeTruthy();
      }
  });
});
