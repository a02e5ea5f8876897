import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { ID, ID2, MINI_PROFILE, miniRule } from "./mini.js";
import { READER_CASES } from "./readerCases.js";

/**
 * One hostile or careless input and what butie must do with it. Every case is also checked for: no stack
 * trace, no unmasked ID number, no raw control character in anything written (see corpus.test.ts).
 */
export interface BadInput {
  readonly name: string;
  /** The class of fault (issue 9), so the corpus can show it covers each. */
  readonly klass: Klass;
  readonly argv: readonly string[];
  /** Files to create in a fresh directory (the working directory of the run). */
  readonly files?: Readonly<Record<string, string | Buffer>>;
  /** Extra set-up in that directory (FIFOs, symlinks, permissions). */
  readonly setup?: (dir: string) => void;
  readonly stdin?: string;
  readonly exit: number;
  /** The diagnostic code the output must contain. */
  readonly code?: string;
  /** `file:line:col` the output must contain. */
  readonly at?: string;
  /** A fragment the output must contain. */
  readonly says?: string | RegExp;
  /** A fragment the output must not contain. */
  readonly never?: string | RegExp;
  /** The most milliseconds the run may take (generous: the machine is shared and loaded). */
  readonly within?: number;
  /** The most memory (MB) the test process may have held at its peak after the run (the whole runner's peak). */
  readonly peakMb?: number;
}

export type Klass =
  | "written-digits"
  | "past-dates"
  | "parameter-units"
  | "duplicate-program"
  | "undetermined-missing"
  | "fixture-compare"
  | "imprecise-number"
  | "date-functions"
  | "strict-formats"
  | "usage"
  | "odd-files"
  | "expression-size"
  | "bounded-resources"
  | "id-leak"
  | "terminal-injection"
  | "json-mode"
  | "reader-guards";

const P = "p.yaml";
const profile = (text: string) => ({ [P]: text });
const evalEn = (...more: string[]) => ["eval", P, "--lang", "en", ...more];
const NL = "\n";
const ESC = "\u001b";

const fixture = (body: string) => ({ "r/mini.yaml": miniRule(), "r/mini.test.yaml": body });
const fixtureCase = (expect: string, name = "a case") =>
  `- name: ${name}\n  asOf: 2022-03-01\n  profile: { person: { povertyAlleviated: true }, business: { region: "420102" } }\n  expect:\n${expect}`;

export const CASES: readonly BadInput[] = [
  // ── 1. Numbers are checked on the digits as written ──────────────────────────────────────────
  {
    name: "a count of months that is 12 only after rounding to a double",
    klass: "written-digits",
    argv: evalEn(),
    files: profile("unemployment:\n  contributionMonths: 11.9999999999999999\n"),
    exit: 2,
    code: "profile/type",
    at: "p.yaml:2:23",
    says: "expected a whole number, got 11.9999999999999999",
  },
  {
    name: "a ratio just above its maximum of 1",
    klass: "written-digits",
    argv: evalEn(),
    files: profile("providentFund:\n  ratio: 1.0000000000000001\n"),
    exit: 2,
    code: "profile/range",
    at: "p.yaml:2:10",
  },
  {
    name: "1e-99999999 as whole months",
    klass: "written-digits",
    argv: evalEn(),
    files: profile("unemployment:\n  contributionMonths: 1e-99999999\n"),
    exit: 2,
    // An exponent is refused as written (inputs #16), before any arithmetic.
    code: "profile/type",
    at: "p.yaml:2:23",
    says: "not a decimal number",
  },
  {
    name: "1e-99999999 in arithmetic (a wage)",
    klass: "bounded-resources",
    argv: evalEn(),
    files: profile("providentFund:\n  base: 1e-99999999\n  ratio: 0.05\n"),
    exit: 2,
    code: "profile/type",
    at: "p.yaml:2:9",
  },
  {
    name: "1e400 is too large, not null",
    klass: "written-digits",
    argv: evalEn(),
    files: profile("providentFund:\n  base: 1e400\n"),
    exit: 2,
    code: "input/number",
    at: "p.yaml:2:9",
    says: "too large",
    never: "null",
  },
  {
    name: "a number with 40 digits",
    klass: "written-digits",
    argv: evalEn(),
    files: profile(`providentFund:\n  base: 1.${"1".repeat(40)}\n`),
    exit: 2,
    code: "profile/range",
    at: "p.yaml:2:9",
    says: "too many digits",
  },
  {
    name: "1e21 yuan",
    klass: "written-digits",
    argv: evalEn(),
    files: profile("providentFund:\n  base: 1e21\n"),
    exit: 2,
    code: "profile/type",
    says: "not a decimal number",
  },
  {
    name: "negative months",
    klass: "written-digits",
    argv: evalEn(),
    files: profile("unemployment:\n  contributionMonths: -1\n"),
    exit: 2,
    code: "profile/range",
    at: "p.yaml:2:23",
  },
  {
    name: "1e400 in a JSON profile",
    klass: "written-digits",
    argv: ["eval", "p.json", "--lang", "en"],
    files: { "p.json": '{"providentFund": {"base": 1e400}}' },
    exit: 2,
    code: "input/number",
    at: "p.json:1:28",
  },
  {
    name: "a fraction of a month in a JSON profile on stdin",
    klass: "written-digits",
    argv: ["eval", "-", "--lang", "en"],
    stdin: '{"unemployment": {"contributionMonths": 11.9999999999999999}}',
    exit: 2,
    code: "profile/type",
    at: "<stdin>:1:41",
  },

  // ── 2. Dates of past facts ───────────────────────────────────────────────────────────────────
  {
    name: "a birth date after today",
    klass: "past-dates",
    argv: evalEn(),
    files: profile("person:\n  birthDate: 2031-01-01\n"),
    exit: 2,
    code: "profile/future-date",
    at: "p.yaml:2:14",
    says: "after today",
  },
  {
    name: "a first insured date after today",
    klass: "past-dates",
    argv: evalEn(),
    files: profile("unemployment:\n  firstInsuredDate: 2030-05-01\n"),
    exit: 2,
    code: "profile/future-date",
    at: "p.yaml:2:21",
  },
  {
    name: "a licence date after today",
    klass: "past-dates",
    argv: evalEn(),
    files: profile("business:\n  licenseDate: 2029-12-31\n"),
    exit: 2,
    code: "profile/future-date",
    at: "p.yaml:2:16",
  },
  {
    name: "a licence date after the as-of date is refused: on that day there was no licence (inputs2 F2)",
    klass: "past-dates",
    argv: evalEn("--as-of", "2021-01-01"),
    files: profile('business:\n  licenseDate: 2021-06-01\n  region: "420102"\n'),
    exit: 2,
    code: "profile/after-as-of",
    at: "p.yaml:2:16",
    says: "evaluate on a later date",
  },
  {
    name: "the refusal in Chinese by default",
    klass: "past-dates",
    argv: ["eval", P, "--as-of", "2021-01-01"],
    files: profile("person:\n  birthDate: 2021-06-01\n"),
    exit: 2,
    code: "profile/after-as-of",
    says: "晚于评估日期",
  },
  {
    name: "a date before year 100 is outside the supported range",
    klass: "past-dates",
    argv: evalEn(),
    files: profile("person:\n  birthDate: 0099-01-01\n"),
    exit: 2,
    code: "profile/date",
    at: "p.yaml:2:14",
    says: "outside the supported range",
  },

  // ── 3. Parameter values against their unit ───────────────────────────────────────────────────
  {
    name: "--param months negative",
    klass: "parameter-units",
    argv: ["eval", P, "--lang", "en", "--param", "ningxia.unemployment-subsidy.maximumMonths=-6"],
    files: profile("unemployment: { contributionMonths: 8 }\n"),
    exit: 2,
    says: "-6 months is below 0",
  },
  {
    name: "--param months fractional",
    klass: "parameter-units",
    argv: ["eval", P, "--lang", "en", "--param", "ningxia.unemployment-subsidy.maximumMonths=1.5"],
    files: profile("unemployment: { contributionMonths: 8 }\n"),
    exit: 2,
    says: "not a whole number",
  },
  {
    name: "--param ratio above 1",
    klass: "parameter-units",
    argv: ["eval", P, "--lang", "en", "--param", "ningxia.unemployment-subsidy.higherTierRate=80"],
    files: profile("unemployment: { contributionMonths: 8 }\n"),
    exit: 2,
    says: "higherTierRate: 80 is above 1",
  },
  {
    name: "--param yuan negative",
    klass: "parameter-units",
    argv: ["eval", P, "--lang", "en", "--param", "ningxia.migrant-living-subsidy.monthlyAmount=-600"],
    files: profile("unemployment: { contributionMonths: 8 }\n"),
    exit: 2,
    says: "below 0",
  },
  {
    name: "--param unit error in Chinese",
    klass: "parameter-units",
    argv: ["eval", P, "--param", "ningxia.unemployment-subsidy.maximumMonths=-6"],
    files: profile("unemployment: { contributionMonths: 8 }\n"),
    exit: 2,
    says: "小于 0",
  },
  {
    name: "a rule file with a negative yuan value",
    klass: "parameter-units",
    argv: evalEn("--rules", "r"),
    files: { ...profile(MINI_PROFILE), "r/mini.yaml": miniRule({ value: "-2000" }) },
    exit: 2,
    code: "rule/parameter-unit",
    at: "r/mini.yaml:15:28",
  },
  {
    name: "an override file with negative months",
    klass: "parameter-units",
    argv: evalEn("--rules", "r"),
    files: {
      ...profile(MINI_PROFILE),
      "r/o.yaml":
        "overrides: ningxia.unemployment-subsidy\nparameters:\n  maximumMonths:\n    values:\n      2024-01-01: { value: -6, ref: local }\n",
    },
    exit: 2,
    code: "rule/override",
    at: "r/o.yaml:3:3",
    says: "below 0",
  },
  {
    name: "a fixture's params with negative months",
    klass: "parameter-units",
    argv: ["test", "r", "--rules", "r"],
    files: fixture(
      fixtureCase("    test.mini: { status: eligible }\n").replace(
        "  expect:",
        "  params: { ningxia.unemployment-subsidy.maximumMonths: -6 }\n  expect:",
      ),
    ),
    exit: 1,
    code: "fixture/param",
    says: "below 0",
  },
  {
    name: "check reports a rule's unit error",
    klass: "parameter-units",
    argv: ["check", "r"],
    files: { "r/mini.yaml": miniRule({ value: "-1" }) },
    exit: 1,
    code: "rule/parameter-unit",
    at: "r/mini.yaml:15:28",
  },

  // ── 4. Two programs with one id in one directory ─────────────────────────────────────────────
  ...(["eval", "test", "rules"] as const).map(
    (command): BadInput => ({
      name: `two programs with one id in one --rules directory (${command})`,
      klass: "duplicate-program",
      argv:
        command === "eval"
          ? evalEn("--rules", "r")
          : command === "test"
            ? ["test", "--rules", "r"]
            : ["rules", "list", "--rules", "r"],
      files: {
        ...profile(MINI_PROFILE),
        "r/a.yaml": miniRule(),
        "r/b.yaml": miniRule({ value: "5000" }),
      },
      exit: 2,
      code: "rule/duplicate-program",
      at: "r/b.yaml:1:1",
    }),
  ),
  {
    name: "two programs with one id in one directory (check)",
    klass: "duplicate-program",
    argv: ["check", "r"],
    files: { "r/a.yaml": miniRule(), "r/b.yaml": miniRule() },
    exit: 1,
    code: "rule/duplicate-program",
  },

  // ── 5. `undetermined` always names what is missing ──────────────────────────────────────────
  {
    name: "a parameter with no value on the as-of date is named as missing",
    klass: "undetermined-missing",
    argv: [...evalEn("--rules", "r", "--program", "test.mini", "--format", "json")],
    files: {
      ...profile(MINI_PROFILE),
      "r/mini.yaml": miniRule({
        params:
          "  laterLimit:\n    label: { zh: 上限, en: Limit }\n    values:\n      2023-01-01: { value: 5, ref: src-a }\n",
        test: "person.povertyAlleviated and laterLimit > 1",
      }),
    },
    exit: 0,
    says: /"status": "undetermined",[\s\S]*"missing": \[\s*"param:laterLimit"\s*\]/,
  },
  {
    name: "a division by zero is named as missing",
    klass: "undetermined-missing",
    argv: [...evalEn("--rules", "r", "--program", "test.mini", "--format", "json")],
    files: {
      [P]: `${MINI_PROFILE}providentFund: { ratio: 0 }\n`,
      "r/mini.yaml": miniRule({
        test: "person.povertyAlleviated and standardSubsidy / providentFund.ratio > 1",
      }),
    },
    exit: 0,
    says: /"missing": \[\s*"divisor:providentFund.ratio"\s*\]/,
  },
  {
    name: "a table key that is not in the table is named as missing",
    klass: "undetermined-missing",
    argv: [...evalEn("--rules", "r", "--program", "test.mini", "--format", "json")],
    files: {
      ...profile(MINI_PROFILE),
      "r/mini.yaml": miniRule({
        params:
          "  byClass:\n    label: { zh: 分类, en: By class }\n    values:\n      2021-08-26: { value: { a: 1 }, ref: src-a }\n",
        test: 'person.povertyAlleviated and byClass["b"] > 0',
      }),
    },
    exit: 0,
    says: /"missing": \[\s*"table:byClass\[b\]"\s*\]/,
  },
  {
    name: "an amount with no tier for the value: nothing is missing, the amount is none and says why",
    klass: "undetermined-missing",
    argv: [...evalEn("--rules", "r", "--program", "test.mini", "--format", "json")],
    files: {
      [P]: `${MINI_PROFILE}unemployment: { contributionMonths: 30 }\n`,
      "r/mini.yaml": miniRule({
        amount:
          "\n    tiers:\n      by: unemployment.contributionMonths\n      ranges:\n        - { from: 0, below: 12, value: standardSubsidy, label: { zh: 一档, en: Tier 1 } }",
      }),
    },
    exit: 0,
    says: /"amountNote": "no amount: (?:[^"]*) 30 falls in no tier"[\s\S]*"missing": \[\]/,
  },

  // ── 6. Fixtures ──────────────────────────────────────────────────────────────────────────────
  {
    name: "an expectation with no keys asserts nothing",
    klass: "fixture-compare",
    argv: ["test", "r", "--rules", "r"],
    files: fixture(fixtureCase("    test.mini: {}\n")),
    exit: 1,
    code: "schema/invalid",
    at: "r/mini.test.yaml:5:16",
  },
  {
    name: "an empty expect",
    klass: "fixture-compare",
    argv: ["test", "r", "--rules", "r"],
    files: fixture(fixtureCase("    {}\n").replace("expect:\n    {}", "expect: {}")),
    exit: 1,
    code: "schema/invalid",
  },
  {
    name: "missing: [a, a] does not pass for [a]",
    klass: "fixture-compare",
    argv: ["test", "r", "--rules", "r"],
    files: {
      "r/mini.yaml": miniRule(),
      "r/mini.test.yaml":
        '- name: poverty unknown\n  asOf: 2022-03-01\n  profile: { business: { region: "420102" } }\n  expect:\n    test.mini: { status: undetermined, missing: [person.povertyAlleviated, person.povertyAlleviated] }\n',
    },
    exit: 1,
    says: "missing",
  },
  {
    name: "duplicate failed ids against one failure",
    klass: "fixture-compare",
    argv: ["test", "r", "--rules", "r"],
    files: {
      "r/mini.yaml": miniRule(),
      "r/mini.test.yaml":
        '- name: not poor\n  asOf: 2022-03-01\n  profile: { person: { povertyAlleviated: false }, business: { region: "420102" } }\n  expect:\n    test.mini: { status: ineligible, failed: [poverty-alleviated, poverty-alleviated] }\n',
    },
    exit: 1,
    says: "failed",
  },
  {
    name: "__proto__ as a program under expect",
    klass: "fixture-compare",
    argv: ["test", "r", "--rules", "r"],
    files: fixture(fixtureCase("    __proto__: { status: eligible }\n")),
    exit: 1,
    code: "schema/unknown-key",
    at: "r/mini.test.yaml:5:5",
  },
  {
    name: "constructor as a program under expect",
    klass: "fixture-compare",
    argv: ["test", "r", "--rules", "r"],
    files: fixture(fixtureCase("    constructor: { status: eligible }\n")),
    exit: 1,
    code: "schema/unknown-key",
    at: "r/mini.test.yaml:5:5",
  },
  {
    name: "__proto__ as a parameter of an override file",
    klass: "fixture-compare",
    argv: evalEn("--rules", "r"),
    files: {
      ...profile(MINI_PROFILE),
      "r/o.yaml":
        "overrides: ningxia.unemployment-subsidy\nparameters:\n  __proto__:\n    values:\n      2024-01-01: { value: 6, ref: local }\n",
    },
    exit: 2,
    code: "schema/unknown-key",
    at: "r/o.yaml:3:3",
  },
  {
    name: "constructor as a parameter of an override file",
    klass: "fixture-compare",
    argv: evalEn("--rules", "r"),
    files: {
      ...profile(MINI_PROFILE),
      "r/o.yaml":
        "overrides: ningxia.unemployment-subsidy\nparameters:\n  constructor:\n    values:\n      2024-01-01: { value: 6, ref: local }\n",
    },
    exit: 2,
    code: "schema/unknown-key",
    at: "r/o.yaml:3:3",
  },
  {
    name: "__proto__ as a profile section",
    klass: "fixture-compare",
    argv: evalEn(),
    files: profile("__proto__: { birthDate: 1990-01-01 }\n"),
    exit: 2,
    code: "profile/unknown-key",
    at: "p.yaml:1:1",
  },

  // ── 7. The imprecise-number check everywhere ─────────────────────────────────────────────────
  {
    name: "a rule number in exponent notation with too many digits",
    klass: "imprecise-number",
    argv: ["check", "r"],
    files: { "r/mini.yaml": miniRule({ value: "1.0000000000000000001e1" }) },
    exit: 1,
    code: "rule/imprecise-number",
    at: "r/mini.yaml:15:28",
  },
  {
    name: "1e400 in a rule file",
    klass: "imprecise-number",
    argv: ["check", "r", "--lang", "en"],
    files: { "r/mini.yaml": miniRule({ value: "1e400" }) },
    exit: 1,
    code: "rule/imprecise-number",
    says: "too large",
  },
  {
    name: "1e-99999999 in a rule file",
    klass: "imprecise-number",
    argv: ["check", "r"],
    files: { "r/mini.yaml": miniRule({ value: "1e-99999999" }) },
    exit: 1,
    code: "rule/imprecise-number",
    says: "too small",
  },
  {
    name: "an imprecise number in an override file",
    klass: "imprecise-number",
    argv: evalEn("--rules", "r"),
    files: {
      ...profile(MINI_PROFILE),
      "r/o.yaml":
        "overrides: ningxia.unemployment-subsidy\nparameters:\n  maximumMonths:\n    values:\n      2024-01-01: { value: 5.99999999999999999, ref: local }\n",
    },
    exit: 2,
    code: "rule/imprecise-number",
    at: "r/o.yaml:5:28",
  },
  {
    name: "an imprecise amount in a fixture",
    klass: "imprecise-number",
    argv: ["test", "r", "--rules", "r"],
    files: fixture(fixtureCase("    test.mini: { status: eligible, amount: 1999.99999999999999999 }\n")),
    exit: 1,
    code: "fixture/imprecise-number",
  },

  // ── 8. Date functions ────────────────────────────────────────────────────────────────────────
  {
    name: "a fractional count of months to addMonths",
    klass: "date-functions",
    argv: ["check", "r"],
    files: { "r/mini.yaml": miniRule({ test: "addMonths(person.birthDate, 1.5) < asOf" }) },
    exit: 1,
    code: "expr/type",
    at: "r/mini.yaml:18:11",
  },
  {
    name: "a fractional count of years to addYears",
    klass: "date-functions",
    argv: ["check", "r"],
    files: { "r/mini.yaml": miniRule({ test: "addYears(person.birthDate, 0.5) < asOf" }) },
    exit: 1,
    code: "expr/type",
  },
  {
    name: "retirementDate with 60 as a woman's original retirement age",
    klass: "date-functions",
    argv: ["check", "r"],
    files: {
      "r/mini.yaml": miniRule({ test: 'asOf < retirementDate(person.birthDate, "female", 60)' }),
    },
    exit: 1,
    code: "expr/literal",
  },

  // ── 9. Strict formats and usage ──────────────────────────────────────────────────────────────
  {
    name: "a trailing comma in a .json profile",
    klass: "strict-formats",
    argv: ["eval", "p.json", "--lang", "en"],
    files: { "p.json": '{"person": {"sex": "male",}}' },
    exit: 2,
    code: "input/json-syntax",
    at: "p.json:1:27",
  },
  {
    name: "single quotes in a .json profile",
    klass: "strict-formats",
    argv: ["eval", "p.json", "--lang", "en"],
    files: { "p.json": "{'person': {}}" },
    exit: 2,
    code: "input/json-syntax",
    at: "p.json:1:2",
  },
  {
    name: "a comment in a .json profile",
    klass: "strict-formats",
    argv: ["eval", "p.json", "--lang", "en"],
    files: { "p.json": '{"person": {} // me\n}' },
    exit: 2,
    code: "input/json-syntax",
  },
  {
    name: "a custom YAML tag",
    klass: "strict-formats",
    argv: evalEn(),
    files: profile("person:\n  sex: !foo male\n"),
    exit: 2,
    code: "yaml/tag",
    at: "p.yaml:2:8",
  },
  {
    name: "a !!binary tag",
    klass: "strict-formats",
    argv: evalEn(),
    files: profile("person:\n  sex: !!binary bWFsZQ==\n"),
    exit: 2,
    code: "yaml/tag",
    at: "p.yaml:2:8",
  },
  {
    name: "a tag in a rule file",
    klass: "strict-formats",
    argv: ["check", "r"],
    files: { "r/mini.yaml": miniRule({ value: "!!str 2000" }) },
    exit: 1,
    code: "yaml/tag",
    at: "r/mini.yaml:15:28",
  },
  {
    name: "a %YAML 1.1 directive",
    klass: "strict-formats",
    argv: evalEn(),
    files: profile("%YAML 1.1\n---\nperson:\n  fullCivilCapacity: yes\n"),
    exit: 2,
    code: "yaml/directive",
    at: "p.yaml:1:1",
  },
  {
    name: "--program with an empty id",
    klass: "usage",
    argv: evalEn("--program", ""),
    files: profile(MINI_PROFILE),
    exit: 2,
    says: "--program needs a program id",
  },
  {
    name: "--program with only commas",
    klass: "usage",
    argv: evalEn("--program", ",,"),
    files: profile(MINI_PROFILE),
    exit: 2,
    says: "--program needs a program id",
  },
  {
    name: "a usage error in Chinese by default",
    klass: "usage",
    argv: ["eval", P, "--as-of", "2021-13-01"],
    files: profile(MINI_PROFILE),
    exit: 2,
    says: "不是有效日期",
  },
  {
    name: "an unknown option in Chinese by default",
    klass: "usage",
    argv: ["eval", P, "--frobnicate"],
    files: profile(MINI_PROFILE),
    exit: 2,
    says: "未知选项 '--frobnicate'",
  },

  // ── 10. Odd files ────────────────────────────────────────────────────────────────────────────
  {
    name: "--rules /dev/null",
    klass: "odd-files",
    argv: evalEn("--rules", "/dev/null"),
    files: profile(MINI_PROFILE),
    exit: 2,
    says: "/dev/null is neither a directory nor a regular file",
  },
  {
    name: "a symlink to a directory named x.yaml among the rules",
    klass: "odd-files",
    argv: evalEn("--rules", "r"),
    files: profile(MINI_PROFILE),
    setup: (dir) => {
      mkdirSync(join(dir, "r"));
      symlinkSync(dir, join(dir, "r", "x.yaml"));
    },
    exit: 2,
    code: "input/unreadable",
    at: "r/x.yaml:1:1",
    says: "it is a directory",
  },
  {
    name: "an unreadable rule file",
    klass: "odd-files",
    argv: evalEn("--rules", "r"),
    files: { ...profile(MINI_PROFILE), "r/mini.yaml": miniRule() },
    // Root reads any file whatever its mode: a directory where the file should be stands in for EACCES then.
    setup: (dir) => chmodSync(join(dir, "r", "mini.yaml"), 0),
    exit: process.getuid?.() === 0 ? 0 : 2,
    code: process.getuid?.() === 0 ? undefined : "input/unreadable",
  },
  {
    name: "a FIFO as a profile does not block",
    klass: "odd-files",
    argv: ["eval", "fifo.yaml", "--lang", "en"],
    setup: (dir) => execFileSync("mkfifo", [join(dir, "fifo.yaml")]),
    exit: 2,
    code: "input/unreadable",
    at: "fifo.yaml:1:1",
    says: "pipe (FIFO)",
  },
  {
    name: "a FIFO among the rules does not block",
    klass: "odd-files",
    argv: evalEn("--rules", "r"),
    files: profile(MINI_PROFILE),
    setup: (dir) => {
      mkdirSync(join(dir, "r"));
      execFileSync("mkfifo", [join(dir, "r", "x.yaml")]);
    },
    exit: 2,
    code: "input/unreadable",
    at: "r/x.yaml:1:1",
  },
  {
    name: "/dev/zero as a profile",
    klass: "odd-files",
    argv: ["eval", "/dev/zero", "--lang", "en"],
    exit: 2,
    code: "input/unreadable",
    says: "device",
  },
  {
    name: "a profile over 1 MiB",
    klass: "odd-files",
    argv: evalEn(),
    files: profile(`# ${"x".repeat(1024 * 1024)}\n`),
    exit: 2,
    code: "input/too-large",
    at: "p.yaml:1:1",
  },
  {
    name: "a directory as a profile",
    klass: "odd-files",
    argv: ["eval", "d", "--lang", "en"],
    setup: (dir) => mkdirSync(join(dir, "d")),
    exit: 2,
    code: "input/unreadable",
    says: "directory",
  },
  {
    name: "a UTF-16 LE profile with a BOM (PowerShell)",
    klass: "odd-files",
    argv: evalEn(),
    files: { [P]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("person: {}\n", "utf16le")]) },
    exit: 2,
    code: "input/encoding",
    says: "UTF-16",
  },
  {
    name: "a UTF-16 BE profile",
    klass: "odd-files",
    argv: evalEn(),
    files: {
      [P]: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("person: {}\n", "utf16le").swap16()]),
    },
    exit: 2,
    code: "input/encoding",
  },
  {
    name: "a UTF-16 profile without a BOM",
    klass: "odd-files",
    argv: evalEn(),
    files: { [P]: Buffer.from("person: {}\n", "utf16le") },
    exit: 2,
    code: "input/encoding",
  },
  {
    name: "a binary file",
    klass: "odd-files",
    argv: evalEn(),
    files: { [P]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
    exit: 2,
    code: "input/binary",
  },
  {
    name: "a GBK profile",
    klass: "odd-files",
    argv: evalEn(),
    files: { [P]: Buffer.from([0x23, 0x20, 0xba, 0xcf, 0xb7, 0xca, 0x0a]) },
    exit: 2,
    code: "input/encoding",
    says: "UTF-8",
  },
  {
    name: "a BOM before `- ` in a fixture file is read as the file",
    klass: "odd-files",
    argv: ["test", "r", "--rules", "r", "--lang", "en"],
    files: {
      "r/mini.yaml": miniRule(),
      "r/mini.test.yaml": `\ufeff${fixtureCase("    test.mini: { status: eligible, amount: 2000 }\n")}`,
    },
    exit: 0,
    says: "1 passed",
  },
  {
    name: "a BOM before a profile",
    klass: "odd-files",
    argv: evalEn("--program", "test.mini", "--rules", "r"),
    files: { [P]: `\ufeff${MINI_PROFILE}`, "r/mini.yaml": miniRule() },
    exit: 0,
    says: "2000",
  },
  {
    name: "an empty profile on stdin",
    klass: "odd-files",
    argv: ["eval", "-", "--lang", "en"],
    stdin: "",
    exit: 2,
    code: "input/unreadable",
    says: "empty",
  },

  // ── 11. Expression size ──────────────────────────────────────────────────────────────────────
  {
    name: "a 5,000-term sum",
    klass: "expression-size",
    argv: ["check", "r"],
    files: { "r/mini.yaml": miniRule({ amount: Array(5000).fill("standardSubsidy").join(" + ") }) },
    exit: 1,
    code: "expr/too-large",
    at: "r/mini.yaml:23:",
  },
  {
    name: "a 5,000-term sum with eval",
    klass: "expression-size",
    argv: evalEn("--rules", "r"),
    files: {
      ...profile(MINI_PROFILE),
      "r/mini.yaml": miniRule({ amount: Array(5000).fill("standardSubsidy").join(" + ") }),
    },
    exit: 2,
    code: "expr/too-large",
  },
  {
    name: "parentheses nested 3,000 deep",
    klass: "expression-size",
    argv: ["check", "r"],
    files: { "r/mini.yaml": miniRule({ amount: `${"(".repeat(3000)}1${")".repeat(3000)}` }) },
    exit: 1,
    code: "expr/too-large",
  },
  {
    name: "a 10,000-case firstMatch",
    klass: "expression-size",
    argv: evalEn("--rules", "r", "--format", "json"),
    files: {
      ...profile(MINI_PROFILE),
      "r/mini.yaml": miniRule({
        amount: `\n    firstMatch:\n${Array.from({ length: 10000 }, (_, i) => `      - { when: "business.returnedHome and ${i} > 0", value: standardSubsidy }\n`).join("")}      - { when: otherwise, value: standardSubsidy }`,
      }),
    },
    exit: 2,
    code: "schema/invalid",
    says: /"kind":"input".*1000/,
  },

  // ── 12. Bounded resources ────────────────────────────────────────────────────────────────────
  {
    name: "did you mean on a 1 MB enum value",
    klass: "bounded-resources",
    argv: evalEn(),
    files: profile(`person:\n  sex: "${"m".repeat(1_000_000)}"\n`),
    exit: 2,
    code: "profile/enum",
    at: "p.yaml:2:8",
    says: "…(+",
  },
  {
    name: "did you mean on a 1 MB unknown key",
    klass: "bounded-resources",
    argv: ["eval", "p.json", "--lang", "en"],
    files: { "p.json": `{"person": {"${"k".repeat(1_000_000)}": 1}}` },
    exit: 2,
    code: "profile/unknown-key",
  },
  {
    name: "a 1 MB --program id",
    klass: "bounded-resources",
    argv: evalEn("--program", "p".repeat(1024 * 1024)),
    files: profile(MINI_PROFILE),
    exit: 2,
    says: "…(+",
  },
  {
    name: "a 20,000-character title",
    klass: "bounded-resources",
    argv: ["rules", "list", "--rules", "r"],
    files: {
      "r/mini.yaml": miniRule().replace("测试补贴", "长".repeat(20000)),
    },
    exit: 2,
    code: "schema/invalid",
    at: "r/mini.yaml:2:14",
  },
  {
    name: "100,000 hires",
    klass: "bounded-resources",
    argv: evalEn(),
    files: profile(`employer:\n  hires:\n${"    - { hireDate: 2021-01-01 }\n".repeat(100000)}`),
    exit: 2,
    code: "input/too-large",
    at: "p.yaml:1:1",
  },
  {
    name: "10,001 hires",
    klass: "bounded-resources",
    argv: evalEn(),
    files: profile(`employer:\n  hires:\n${"    - hireDate: 2021-01-01\n".repeat(10001)}`),
    exit: 2,
    code: "profile/range",
    at: "p.yaml:3:5",
    says: "at most 10000",
  },
  {
    name: "lists nested 100,000 deep",
    klass: "bounded-resources",
    argv: evalEn(),
    files: profile(`person: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`),
    exit: 2,
    code: "yaml/syntax",
    says: "nested too deeply",
  },
  {
    name: "JSON nested 100,000 deep",
    klass: "bounded-resources",
    argv: ["eval", "p.json", "--lang", "en"],
    files: { "p.json": `{"person": ${"[".repeat(100_000)}${"]".repeat(100_000)}}` },
    exit: 2,
    says: "nested too deeply",
  },
  {
    name: "an alias bomb",
    klass: "bounded-resources",
    argv: evalEn(),
    files: profile(
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
    ),
    exit: 2,
    code: "yaml/syntax",
  },

  // ── 13. No ID number leaks ───────────────────────────────────────────────────────────────────
  {
    name: "an ID number in a profile's file name",
    klass: "id-leak",
    argv: ["eval", `${ID}.yaml`, "--lang", "en"],
    files: { [`${ID}.yaml`]: "person:\n  sex: man\n" },
    exit: 2,
    code: "profile/enum",
    at: "1101**********002X.yaml:2:8",
  },
  {
    name: "an ID number as an unknown key",
    klass: "id-leak",
    argv: evalEn(),
    files: profile(`person:\n  ${ID}: 1\n`),
    exit: 2,
    code: "profile/unknown-key",
    at: "p.yaml:2:3",
  },
  {
    name: "an ID number glued to letters in an unknown key",
    klass: "id-leak",
    argv: evalEn(),
    files: profile(`person:\n  id${ID}x: 1\n`),
    exit: 2,
    code: "profile/unknown-key",
  },
  {
    name: "an ID number as a birth date",
    klass: "id-leak",
    argv: evalEn(),
    files: profile(`person:\n  birthDate: "${ID}"\n`),
    exit: 2,
    code: "profile/date",
  },
  {
    name: "an ID number as an unquoted region code",
    klass: "id-leak",
    argv: evalEn(),
    files: profile(`person:\n  hukouRegion: ${ID2}\n`),
    exit: 2,
    code: "profile/type",
  },
  {
    name: "an ID number as an enum value",
    klass: "id-leak",
    argv: evalEn(),
    files: profile(`person:\n  sex: "${ID2}"\n`),
    exit: 2,
    code: "profile/enum",
  },
  {
    name: "an ID number in a --param value",
    klass: "id-leak",
    argv: [
      "eval",
      P,
      "--lang",
      "en",
      "--all",
      "--param",
      `ningxia.unemployment-subsidy.maximumMonths=${ID2}`,
    ],
    files: profile(MINI_PROFILE),
    exit: 0,
  },
  {
    name: "an ID number as --as-of",
    klass: "id-leak",
    argv: evalEn("--as-of", ID),
    files: profile(MINI_PROFILE),
    exit: 2,
    says: "--as-of 1101",
  },
  {
    name: "an ID number as --region",
    klass: "id-leak",
    argv: evalEn("--region", ID),
    files: profile(MINI_PROFILE),
    exit: 2,
  },
  {
    name: "an ID number as --program",
    klass: "id-leak",
    argv: evalEn("--program", ID),
    files: profile(MINI_PROFILE),
    exit: 2,
  },
  {
    name: "an ID number as an unknown option",
    klass: "id-leak",
    argv: evalEn(`--${ID}`),
    files: profile(MINI_PROFILE),
    exit: 2,
  },
  {
    name: "an ID number in a fixture name",
    klass: "id-leak",
    argv: ["test", "r", "--rules", "r"],
    files: fixture(fixtureCase("    test.mini: { status: ineligible }\n", `case of ${ID}`)),
    exit: 1,
  },
  {
    name: "an ID number in a check message",
    klass: "id-leak",
    argv: ["check", "r"],
    files: { "r/mini.yaml": miniRule({ test: `person.x${ID}` }) },
    exit: 1,
    code: "expr/unknown-field",
  },
  {
    name: "an ID number in a rule shown by rules show",
    klass: "id-leak",
    argv: ["rules", "show", "test.mini", "--rules", "r", "--lang", "en"],
    files: { "r/mini.yaml": miniRule().replace("测试来源", `来源 ${ID}`) },
    exit: 0,
  },
  {
    name: "an ID number in JSON output",
    klass: "id-leak",
    argv: ["rules", "show", "test.mini", "--rules", "r", "--format", "json"],
    files: { "r/mini.yaml": miniRule().replace("测试来源", `来源 ${ID}`) },
    exit: 0,
  },
  {
    name: "an ID number on stdin as a wrong-typed value",
    klass: "id-leak",
    argv: ["eval", "-", "--lang", "en", "--format", "json"],
    stdin: `{"person": {"fullCivilCapacity": "${ID}"}}`,
    exit: 2,
    code: "profile/type",
  },

  // ── 14. No terminal injection ────────────────────────────────────────────────────────────────
  {
    name: "an escape sequence in an enum value",
    klass: "terminal-injection",
    argv: evalEn(),
    files: profile(`person:\n  sex: "${ESC}[2J${ESC}[Hmale"\n`),
    exit: 2,
    code: "profile/enum",
    says: "\\x1b[2J",
  },
  {
    name: "a newline in a key forging a file:line:col line",
    klass: "terminal-injection",
    argv: evalEn(),
    files: profile(`person:\n  "x\\nevil.yaml:1:1 profile/ok all good": 1\n`),
    exit: 2,
    code: "profile/unknown-key",
    never: /^evil\.yaml/m,
  },
  {
    name: "an escape sequence in --as-of",
    klass: "terminal-injection",
    argv: evalEn("--as-of", `${ESC}]0;pwned${"\u0007"}`),
    files: profile(MINI_PROFILE),
    exit: 2,
    says: "\\x1b]0;pwned\\x07",
  },
  {
    name: "a newline in --program",
    klass: "terminal-injection",
    argv: evalEn("--program", `x${NL}p.yaml:1:1 fake`),
    files: profile(MINI_PROFILE),
    exit: 2,
    never: /^p\.yaml:1:1 fake/m,
  },
  {
    name: "a carriage return in a file name",
    klass: "terminal-injection",
    argv: ["eval", "a\rb.yaml", "--lang", "en"],
    files: { "a\rb.yaml": "person:\n  sex: x\n" },
    exit: 2,
    code: "profile/enum",
    says: "a\\rb.yaml:2:8",
  },
  {
    name: "an escape sequence in a rule title shown by rules list",
    klass: "terminal-injection",
    argv: ["rules", "list", "--rules", "r"],
    files: { "r/mini.yaml": miniRule().replace("测试补贴", `"测试${"\\e"}[31m补贴"`) },
    exit: 0,
  },
  {
    name: "an escape sequence in an unknown command",
    klass: "terminal-injection",
    argv: [`ev${ESC}[2Jal`],
    exit: 2,
    says: "\\x1b[2J",
  },

  // ── 15. JSON mode stays JSON ─────────────────────────────────────────────────────────────────
  {
    name: "JSON mode: an unreadable profile",
    klass: "json-mode",
    argv: ["eval", "nowhere.yaml", "--format", "json"],
    exit: 2,
    code: "input/unreadable",
    says: '"kind":"input"',
  },
  {
    name: "JSON mode: a usage error",
    klass: "json-mode",
    argv: ["eval", P, "--format", "json", "--as-of", "x"],
    files: profile(MINI_PROFILE),
    exit: 2,
    says: '"kind":"usage"',
  },
  {
    name: "JSON mode: a broken rule directory",
    klass: "json-mode",
    argv: ["eval", P, "--format", "json", "--rules", "r"],
    files: { ...profile(MINI_PROFILE), "r/mini.yaml": miniRule({ test: "person.nope" }) },
    exit: 2,
    code: "expr/unknown-field",
    says: '"kind":"input"',
  },
  {
    name: "JSON mode: one good and one bad profile keep NDJSON valid",
    klass: "json-mode",
    argv: ["eval", P, "bad.yaml", "--format", "json", "--program", "test.mini", "--rules", "r"],
    files: { ...profile(MINI_PROFILE), "bad.yaml": "person: [\n", "r/mini.yaml": miniRule() },
    exit: 2,
    code: "yaml/syntax",
  },
  ...READER_CASES,
];
