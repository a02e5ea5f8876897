// A JSON profile is read without the YAML parser (src/cli/jsonProfile.ts, src/text/jsonText.ts): the same
// profile and the same located diagnostics as YamlSource gives, or no answer (then YamlSource reads it).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { plainProfile as jsonProfile } from "../../src/cli/plainProfile.js";
import { FieldCatalogue } from "../../src/profile/fieldCatalogue.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { bundleOfRules } from "./bundleOfRules.js";

const catalogue = new FieldCatalogue(bundleOfRules().fields);
const options = { today: "2026-12-07", asOf: "2022-03-01" };
const EXAMPLES = ["hefei-provident-fund", "hubei-startup", "ningxia-migrant", "ningxia-unemployment"].map(
  (n) => parse(readFileSync(`examples/${n}.yaml`, "utf8")) as Record<string, Record<string, unknown>>,
);

const viaYaml = (name: string, text: string) => readProfile(new YamlSource(name, text), catalogue, options);

/** Both readings of `text`; the JSON one may decline. */
function both(text: string, name = "p.json") {
  return { json: jsonProfile(name, text, catalogue, options), yaml: viaYaml(name, text) };
}

// Values people and office systems write: right and wrong types, exact decimals, dates, codes, blanks.
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom("0.10", "1988-05-20", "1988/5/20", "640121", "是", "", " ", "3333.335", "male", "女"),
  fc.constantFrom(0.1, 3333.5, -1, 0, 1e21, 12, 2.675),
  // Numbers as offices write them, kept as written (JSON.stringify would rewrite them): see RAW below.
  fc
    .constantFrom("0.10", "3333.330", "1.50e3", "8.0", "-0.50", "100000000000000000001", "5000.00")
    .map((raw) => `RAW:${raw}`),
);
const RAW = /"RAW:([^"]*)"/g;

const edit = fc.record({
  example: fc.nat(EXAMPLES.length - 1),
  changes: fc.array(fc.tuple(fc.nat(), fc.nat(), value), { maxLength: 4 }),
  extra: fc.option(fc.tuple(fc.constantFrom("person", "unemployment", "zzz"), fc.string(), value)),
  indent: fc.constantFrom(0, 2, "\t", " "),
  crlf: fc.boolean(),
});

describe("jsonProfile", () => {
  it("reads a JSON profile as YamlSource does, or declines", () => {
    let answered = 0;
    fc.assert(
      fc.property(edit, ({ example, changes, extra, indent, crlf }) => {
        const data = structuredClone(EXAMPLES[example]) as Record<string, Record<string, unknown>>;
        const sections = Object.keys(data);
        for (const [s, k, v] of changes) {
          const section = data[sections[s % sections.length] as string] as Record<string, unknown>;
          const keys = Object.keys(section);
          section[keys[k % keys.length] as string] = v;
        }
        if (extra) data[extra[0]] = { ...(data[extra[0]] ?? {}), [extra[1]]: extra[2] };
        let text = JSON.stringify(data, null, indent).replace(RAW, "$1");
        if (crlf) text = text.replaceAll("\n", "\r\n");
        const { json, yaml } = both(text);
        if (json) {
          answered++;
          expect(json).toEqual(yaml);
        }
      }),
      { numRuns: 300 },
    );
    // Most generated profiles are plain JSON: the fast path answered them.
    expect(answered).toBeGreaterThan(200);
  });

  it("counts a bare CR as a line break, as an editor shows the file (it placed every problem on line 1)", () => {
    const lines = [
      "{",
      '  "person": {',
      '    "sex": "male",',
      '    "birthDate": "1988-02-30"',
      "  }",
      "}",
      "",
    ];
    for (const eol of ["\r", "\r\n", "\n"]) {
      const read = jsonProfile("p.json", lines.join(eol), catalogue, options);
      const d = read?.diagnostics[0];
      expect(d, JSON.stringify(eol)).toMatchObject({ line: 4, col: 18 });
    }
  });

  it("locates problems where YamlSource does: an unknown key, a wrong type, digits past a decimal's scale", () => {
    const text =
      '{\n  "person": {\n    "birthDate": 19880520,\n    "nmae": "x"\n  },\n  "unemployment": {"contributionMonths": 8.5}\n}\n';
    const { json, yaml } = both(text);
    expect(json?.diagnostics.length).toBeGreaterThan(0);
    expect(json).toEqual(yaml);
  });

  it.each([
    ['{"person": {"sex": "male", "sex": "female"}}', "a duplicate key"],
    ['{"person": {"sex": "ma\\u001ble"}}', "a control character"],
    ['{"unemployment": {"contributionMonths": 1e999}}', "a number that is not finite"],
    ['[{"person": {"sex": "male"}}]', "a list of profiles"],
    ['{"person": {"sex": "male",}}', "a trailing comma"],
    ["person:\n  sex: male\n", "YAML"],
    ['{"person": {"sex": "male"}} x', "text after the object"],
  ])("declines %s (%s): YamlSource reads it", (text) => {
    expect(jsonProfile("p.json", text, catalogue, options)).toBeUndefined();
  });

  it("reads only .json files and stdin", () => {
    expect(jsonProfile("p.yaml", '{"person": {"sex": "male"}}', catalogue, options)).toBeUndefined();
    expect(jsonProfile("<stdin>", '{"person": {"sex": "male"}}', catalogue, options)).toEqual(
      viaYaml("<stdin>", '{"person": {"sex": "male"}}'),
    );
  });
});
