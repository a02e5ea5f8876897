// A YAML profile is read without the YAML library (src/cli/plainYaml.ts, src/cli/plainProfile.ts) when it is the
// plain YAML profiles are written in: the same values, positions and written numbers as YamlSource gives, hence
// the same profile and located diagnostics — or no answer (then YamlSource reads it).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document, parseAllDocuments, visit, type YAMLMap } from "yaml";
import { plainProfile } from "../../src/cli/plainProfile.js";
import { plainYaml } from "../../src/cli/plainYaml.js";
import { FieldCatalogue } from "../../src/profile/fieldCatalogue.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { bundleOfRules } from "./bundleOfRules.js";

const RUNS = Number(process.env.FC_RUNS ?? 400);
const catalogue = new FieldCatalogue(bundleOfRules().fields);
const options = { today: "2026-12-07", asOf: "2022-03-01" };

type Path = (string | number)[];

/** Whether the plain reader answered; when it did, it agrees with YamlSource on every value and position. */
function agrees(text: string): boolean {
  const plain = plainYaml(text);
  if (!plain) return false;
  const src = new YamlSource("p.yaml", text);
  expect(src.diagnostics).toEqual([]);
  // The same values, keys in the same order (the order the profile's problems are reported in).
  expect(plain.data).toEqual(src.data);
  expect(JSON.stringify(plain.data)).toBe(JSON.stringify(src.data));
  const walk = (value: unknown, path: Path) => {
    expect(plain.offsetOf(path), path.join(".")).toBe(src.offsetOf(path));
    expect(plain.sourceText(path), path.join(".")).toBe(src.sourceText(path));
    if (path.length) {
      const parent = path.slice(0, -1);
      const key = String(path[path.length - 1]);
      expect(plain.offsetOfKey(parent, key), path.join(".")).toBe(src.offsetOfKey(parent, key));
    }
    if (value && typeof value === "object") {
      // A name that is not there is located at the nearest mapping that is.
      expect(plain.offsetOf([...path, "absent", 0])).toBe(src.offsetOf([...path, "absent", 0]));
      expect(plain.offsetOfKey(path, "absent")).toBe(src.offsetOfKey(path, "absent"));
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(plain.data, []);
  return true;
}

/** Both readings of a profile; the plain one may decline. */
function bothProfiles(text: string, name = "p.yaml") {
  return {
    plain: plainProfile(name, text, catalogue, options),
    yaml: readProfile(new YamlSource(name, text), catalogue, options),
  };
}

// Scalars as people write them, and texts at every edge of the plain reader's subset (indicators, comments,
// notations YAML reads as numbers, nulls or booleans, quoting, escapes).
const SCALARS = [
  ...[
    "male",
    "女",
    "1990-01-01",
    "1990/1/1",
    "3333",
    "0.05",
    "0.10",
    "+5000",
    "-1",
    "-0",
    "007",
    "1e3",
    "1.50e3",
  ],
  ...[
    ".5",
    "+.5",
    "1.",
    "-1.5",
    "3333.335",
    "100000000000000000001",
    "1e400",
    "1e-400",
    "1_000",
    "１２",
    "8年",
  ],
  ...["0x1F", "0X1F", "0o7", "0b101", ".inf", "-.inf", ".nan", "-.nan", ".NaN", "~", "null", "Null", "NULL"],
  ...[
    "true",
    "True",
    "FALSE",
    "yes",
    "no",
    "on",
    "y",
    "1,000",
    "a: b",
    "a:b",
    "a:",
    "a #b",
    "a#b",
    "http://x.y",
  ],
  ...["- a", "-", "-a", "--1", "? x", "?x", ":x", "! x", "!!str 1", "&a x", "*a", "|", ">", "%x", "@x", "`x"],
  ...["'q'", '"q"', '"a\\"b"', "'it''s'", '""', "''", '"# not a comment"', "'a # b'", '"a"b', "'a' #c"],
  ...["12:30", "a b  c", "[a]", "{a: 1}", "a]", "蜀山区 #区", "x #", "a\tb", "a\rb", "a\u0085b", "é"],
];
const COMMON = [
  "male",
  "女",
  "1990-01-01",
  "3333",
  "0.05",
  "0.10",
  '"340104"',
  "'640121'",
  "true",
  "14",
  "-1",
  "~",
];
const scalarText = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...COMMON) },
  { weight: 6, arbitrary: fc.constantFrom(...SCALARS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[-+.0-9eE]{1,6}$/) },
);
const KEYS = ["person", "sex", "a", "b_1", "y", "on", "null", "True", "constructor", "__proto__", "x9", "A"];
const key = fc.oneof(
  { weight: 15, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,4}$/) },
  { weight: 1, arbitrary: fc.constantFrom('"a"', "a b", "1", "-a", "? a", "a:", "") },
);

type Tree = { key: string; value: string | Tree | null }[];
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.array(
    fc.record({
      key,
      value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        scalarText,
        fc.constant(null),
        tie("tree"),
      ),
    }),
    { minLength: 1, maxLength: 4 },
  ),
}));

// How the lines are laid out: indentation steps, spaces after the colon, comments and blank lines between lines,
// comments after values, trailing spaces.
const layout = fc.record({
  step: fc.constantFrom(1, 2, 2, 4),
  spaces: fc.constantFrom(" ", " ", "  "),
  noise: fc.array(
    fc.oneof(
      { weight: 12, arbitrary: fc.constant("") },
      { weight: 4, arbitrary: fc.constantFrom("# c", "  # 注释", "#", "   ", "      # deep") },
      { weight: 1, arbitrary: fc.constantFrom("x", "  - a", "---", "...", "%YAML 1.2", "? a", "a", ": b") },
    ),
    { maxLength: 40 },
  ),
  after: fc.array(fc.constantFrom("", "", "", "", " # c", "  ", " #", "#c", " ## x", "\t"), {
    maxLength: 40,
  }),
  oddIndent: fc.option(fc.nat(20), { freq: 4 }),
  eol: fc.constantFrom("\n", "\n", "\r\n"),
  final: fc.constantFrom("", "\n", "\n\n# end\n"),
});

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function yamlText(t: Tree, l: Layout): string {
  const lines: string[] = [];
  let n = 0;
  const emit = (tr: Tree, depth: number) => {
    for (const { key: k, value } of tr) {
      const i = n++;
      const noise = l.noise[i];
      if (noise) lines.push(noise);
      const indent = " ".repeat(depth * l.step + (l.oddIndent === i ? 1 : 0));
      const after = l.after[i] ?? "";
      if (value === null || Array.isArray(value)) {
        lines.push(`${indent}${k}:${after}`);
        if (Array.isArray(value)) emit(value, depth + 1);
      } else lines.push(`${indent}${k}:${l.spaces}${value}${after}`);
    }
  };
  emit(t, 0);
  return lines.join(l.eol) + l.final;
}

/** Every YAML file of the repository (rules, fixtures, examples, test inputs). */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}
const FILES = ["examples", "rules", "test"].flatMap(yamlFiles);

/** Each mapping of a file, written in block style as its own document (the fixtures write profiles in flow style). */
function mappingsOf(text: string): string[] {
  const out: string[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (!("contents" in doc) || doc.errors.length) continue;
    visit(doc, {
      Map: (_k, map) => {
        const copy = map.clone() as YAMLMap;
        visit(copy, {
          Collection: (_k2, c) => {
            c.flow = false;
          },
        });
        out.push(new Document(copy).toString());
      },
    });
  }
  return out;
}

describe("plainYaml", () => {
  it("reads generated documents as YamlSource does, or declines", () => {
    let answered = 0;
    fc.assert(
      fc.property(tree, layout, (t, l) => {
        if (agrees(yamlText(t, l))) answered++;
      }),
      { numRuns: RUNS },
    );
    // The plain reader takes ~12 % of these documents (40–61 of 400 in six runs; the rest it declines): a floor
    // at 10 % failed one run in several, 5 % is ~4 standard deviations below the mean.
    expect(answered).toBeGreaterThan(RUNS / 20);
  });

  it("reads every example profile, and every mapping of the repository's YAML files, as YamlSource does", () => {
    const examples = readdirSync("examples").filter((f) => f.endsWith(".yaml"));
    for (const f of examples) expect(agrees(readFileSync(join("examples", f), "utf8")), f).toBe(true);
    let answered = 0;
    let mappings = 0;
    for (const file of FILES) {
      const text = readFileSync(file, "utf8");
      agrees(text);
      for (const mapping of mappingsOf(text)) {
        mappings++;
        if (agrees(mapping)) answered++;
      }
    }
    expect(mappings).toBeGreaterThan(1000);
    expect(answered).toBeGreaterThan(mappings / 4);
  });

  it.each([
    ["person:\n  sex: male\n  sex: female\n", "a duplicate key"],
    ["person:\n\tsex: male\n", "a tab"],
    ["person:\r\n  sex: male\r\n", "CRLF line ends"],
    ["person:\n  sex: ma\u001ble\n", "a control character"],
    ["pension:\n  continuousMonths: 0x10\n", "a hexadecimal number"],
    ["pension:\n  continuousMonths: .inf\n", "a number that is not finite"],
    ["person:\n  sex: !!str male\n", "a tag"],
    ['person:\n  sex: "ma\\u006ce"\n', "an escape"],
    ["person: { sex: male }\n", "a flow mapping"],
    ["employer:\n  hires:\n    - startDate: 2021-01-01\n", "a block sequence"],
    ["person:\n  sex: male\n---\nperson:\n  sex: female\n", "two documents"],
    ["person:\n  sex: male\n    birthDate: 1990-01-01\n", "an indentation error"],
    ["person:\n  name: a\n    b\n", "a plain scalar over two lines"],
    ["# only a comment\n", "no mapping"],
    [Array.from({ length: 70 }, (_, i) => `${" ".repeat(i)}a:`).join("\n"), "nesting YamlSource refuses"],
    [Array.from({ length: 9 }, (_, i) => `${" ".repeat(i)}a:`).join("\n"), "nesting no profile has"],
  ])("declines %j (%s): YamlSource reads it", (text) => {
    expect(plainYaml(text)).toBeUndefined();
  });

  it("gives the profile and the located diagnostics YamlSource gives", () => {
    const texts = [
      ...readdirSync("examples")
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => readFileSync(join("examples", f), "utf8")),
      "person:\n  birthDate: 1988-02-30\n  nmae: x\n  sex: 男\nunemployment:\n  contributionMonths: 8.5\nzzz:\n",
      "person:\n  idNumber: '110101199003070000'\n  sex: male\npension:\n  continuousMonths: +14\n  region: 340104\n",
      "person: male\nproviderFund:\n  base: 3333.335\n",
      "person:\n  # the applicant\n  birthDate: 2030-01-01\n",
    ];
    for (const text of texts) {
      const { plain, yaml } = bothProfiles(text);
      expect(plain, text).toBeDefined();
      expect(plain).toEqual(yaml);
    }
    let answered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SCALARS)), { maxLength: 4 }),
        (text, edits) => {
          const lines = text.split("\n");
          for (const [at, value] of edits) {
            const i = at % lines.length;
            lines[i] = (lines[i] as string).replace(/^( +[A-Za-z]+:) .*$/, `$1 ${value}`);
          }
          const { plain, yaml } = bothProfiles(lines.join("\n"));
          if (plain) {
            answered++;
            expect(plain).toEqual(yaml);
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(answered).toBeGreaterThan(RUNS / 4);
  });

  it("leaves NDJSON and JSON files to their readers", () => {
    expect(plainProfile("p.ndjson", "person:\n  sex: male\n", catalogue, options)).toBeUndefined();
    expect(plainProfile("p.json", "person:\n  sex: male\n", catalogue, options)).toBeUndefined();
    expect(plainProfile("<stdin>", "person:\n  sex: male\n", catalogue, options)).toEqual(
      readProfile(new YamlSource("<stdin>", "person:\n  sex: male\n"), catalogue, options),
    );
  });

  it("holds a key named as one of Object's properties as data of its own", () => {
    expect(agrees("constructor:\n  toString: 1\n  hasOwnProperty: 2\n")).toBe(true);
    expect(Object.hasOwn(plainYaml("constructor: 1\n")?.data as object, "constructor")).toBe(true);
  });
});
