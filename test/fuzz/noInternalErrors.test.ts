import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parse,
  parseDocument,
  stringify,
  YAMLMap,
  YAMLSeq,
} from "yaml";
import { butie, REPO, type Run, STACK_FRAME } from "../cli/memoryIo.js";

/*
 * Seeded mutation fuzzing of every input the CLI reads: profiles, rule files, fixtures and options.
 * The contract (PRODUCT §2, §4): a malformed input exits 2 (or 1 for check/test findings) with a located
 * `file:line:col code message`, never a stack trace or "internal error".
 *
 * Every run has its own seed, derived from SEED, the section and the run number, and the assertion message
 * prints it with the mutated input. To hunt longer or elsewhere (ONLY picks sections, VERBOSE prints exit
 * code counts per section):
 *   BUTIE_FUZZ_SEED=123 BUTIE_FUZZ_SCALE=10 BUTIE_FUZZ_ONLY=rules BUTIE_FUZZ_VERBOSE=1 npx vitest run test/fuzz
 */
const SEED = Number(process.env.BUTIE_FUZZ_SEED ?? 20220301);
const SCALE = Number(process.env.BUTIE_FUZZ_SCALE ?? 1);
const RUNS = {
  profiles: Math.round(120 * SCALE),
  rules: Math.round(50 * SCALE),
  fixtures: Math.round(100 * SCALE),
  options: Math.round(150 * SCALE),
};
/** BUTIE_FUZZ_ONLY=rules,options runs only those sections. */
const ONLY = process.env.BUTIE_FUZZ_ONLY?.split(",");
const section = (name: keyof typeof RUNS) => !ONLY || ONLY.includes(name);
// Generous: the mutants are checked in-process, and a busy machine (tests run two files at a time) doubles the time.
const TIMEOUT = 240_000 * Math.max(1, SCALE);
const AS_OF = ["--as-of", "2022-03-01"];
const HEFEI = "examples/hefei-provident-fund.yaml";
const INTERNAL = /internal error/i;
/** A located diagnostic: `file:line:col code message`. */
const LOCATED = /^\S.*:\d+:\d+ \S+ /m;

// ── seeded randomness ───────────────────────────────────────────────────────────────────────────────────

/** mulberry32: a tiny, fast, seedable PRNG; the same seed gives the same runs on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (!list.length) throw new Error("pick from an empty list");
    return list[this.int(list.length)] as T;
  }
}

/** The seed of run `i` of a section: reproducible on its own, independent of the other runs. */
function runSeed(section: string, i: number): number {
  let h = (SEED ^ 0x9e3779b9) >>> 0;
  for (const ch of `${section}#${i}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

// ── mutation vocabulary ─────────────────────────────────────────────────────────────────────────────────

const HUGE = "汉".repeat(5_000) + "x".repeat(20_000);
const DEEP = Array.from({ length: 40 }).reduce<unknown>((inner) => ({ a: inner }), { a: 1 });

/** Replacement values for the data-level mutations. */
const VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  -1e308,
  1e-7,
  0.1,
  2.5,
  2 ** 64,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  "",
  "x",
  " ",
  [],
  {},
  [[]],
  [{}],
  ["x", 1, null],
  { x: 1 },
  { a: { b: { c: [1, { d: "e" }] } } },
  DEEP,
  "340104199001011239",
  "11010519491231002X",
  "340104199001011230",
  "000000000000000000",
  "99999999999999999X",
  HUGE,
  "2021-02-30",
  "2021-02-29",
  "2020-02-29",
  "0000-01-01",
  "9999-12-31",
  "1900-01-01",
  "1000000-01-01",
  "2021-9-1",
  "420000",
  "000000",
  "340104",
  "999999",
  "male",
  "female",
  "micro-enterprise",
  "otherwise",
  "unemployed",
  "1e5",
  "0x10",
  "true",
  "null",
  "中文",
  "\u200b",
  "😀",
  "a\nb",
];

const KEY_NAMES = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "prototype",
  "",
  " ",
  "0",
  "1.5",
  "中文",
  "x",
];

/** Fragments the text-level mutations insert. */
const TEXT_TOKENS = [
  ":",
  ": ",
  "-",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ",",
  "&a ",
  "*a",
  "*a ",
  "!!binary ",
  "!!str ",
  "!!int ",
  "!!float ",
  "!!map ",
  "!!seq ",
  "!!set ",
  "!!timestamp ",
  "!custom ",
  "~",
  "null",
  "<<: *a",
  "? ",
  "|",
  ">",
  "#",
  "'",
  '"',
  "\\",
  "%YAML 1.2\n---\n",
  "---\n",
  "\n...\n",
  "\t",
  "\n",
  "\r\n",
  "  ",
  "\u0000",
  "\u0007",
  "\ufeff",
  "\u200b",
  "\u2028",
  "é",
  "中",
  "😀",
  "\ud800",
  ".inf",
  ".nan",
  "1e999",
  "-0",
  "0o17",
  "2021-02-30",
  "9".repeat(40),
];

/** Token soup for expression-level mutations (the brief's list, with a few sharper numbers). */
const EXPR_TOKENS = [
  "(",
  ")",
  "and",
  "or",
  "not",
  "in",
  "??",
  "+",
  "-",
  "*",
  "/",
  "<",
  "<=",
  "==",
  "[",
  "]",
  ",",
  '"',
  "1",
  "0.5",
  "person.birthDate",
  "asOf",
  "round",
  "date",
  "count",
  "within",
  "hasAny",
  "retirementDate",
  '"half-up"',
  '"2021-01-01"',
  '"420000"',
  "0",
  "1e9",
  "%",
  "?",
  ":",
  "!=",
  ">=",
  "this",
  "otherwise",
];

// ── text-level mutations ────────────────────────────────────────────────────────────────────────────────

function mutateText(rng: Rng, text: string, log: string[]): string {
  const at = () => rng.int(text.length + 1);
  const lines = () => text.split("\n");
  switch (rng.int(10)) {
    case 0: {
      const i = at();
      const n = 1 + rng.int(8);
      log.push(`delete ${n} chars at ${i}`);
      return text.slice(0, i) + text.slice(i + n);
    }
    case 1: {
      const i = at();
      const n = 1 + rng.int(30);
      log.push(`duplicate ${n} chars at ${i}`);
      return text.slice(0, i + n) + text.slice(i, i + n) + text.slice(i + n);
    }
    case 2: {
      const [i, j] = [rng.int(text.length), rng.int(text.length)].sort((a, b) => a - b) as [number, number];
      if (i === j) return text;
      log.push(`swap chars ${i} and ${j}`);
      return text.slice(0, i) + text[j] + text.slice(i + 1, j) + text[i] + text.slice(j + 1);
    }
    case 3:
    case 4: {
      const i = at();
      const token = rng.pick(TEXT_TOKENS);
      log.push(`insert ${JSON.stringify(token)} at ${i}`);
      return text.slice(0, i) + token + text.slice(i);
    }
    case 5: {
      const i = at();
      log.push(`truncate at ${i}`);
      return text.slice(0, i);
    }
    case 6: {
      const ls = lines();
      const i = rng.int(ls.length);
      log.push(`duplicate line ${i + 1}`);
      ls.splice(i, 0, ls[i] ?? "");
      return ls.join("\n");
    }
    case 7: {
      const ls = lines();
      const i = rng.int(ls.length);
      log.push(`delete line ${i + 1}`);
      ls.splice(i, 1);
      return ls.join("\n");
    }
    case 8: {
      const ls = lines();
      const [i, j] = [rng.int(ls.length), rng.int(ls.length)];
      log.push(`swap lines ${i + 1} and ${j + 1}`);
      [ls[i], ls[j]] = [ls[j] ?? "", ls[i] ?? ""];
      return ls.join("\n");
    }
    default: {
      const ls = lines();
      const i = rng.int(ls.length);
      const shift = rng.pick([-4, -2, -1, 1, 2, 4]);
      log.push(`indent line ${i + 1} by ${shift}`);
      const line = ls[i] ?? "";
      ls[i] = shift > 0 ? " ".repeat(shift) + line : line.slice(Math.min(-shift, line.search(/\S|$/)));
      return ls.join("\n");
    }
  }
}

// ── data-level mutations (on the YAML document, so that `__proto__` stays a plain key) ───────────────────

type Slot =
  | { kind: "pair"; map: YAMLMap; pair: Pair; path: string }
  | { kind: "item"; seq: YAMLSeq; index: number; path: string };

function slots(doc: Document): Slot[] {
  const out: Slot[] = [];
  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "?";
        out.push({ kind: "pair", map: node, pair, path: `${path}.${key}` });
        walk(pair.value, `${path}.${key}`);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        out.push({ kind: "item", seq: node, index, path: `${path}[${index}]` });
        walk(item, `${path}[${index}]`);
      });
    }
  };
  walk(doc.contents, "");
  return out;
}

function valueAt(slot: Slot): unknown {
  return slot.kind === "pair" ? slot.pair.value : slot.seq.items[slot.index];
}

function setValue(slot: Slot, node: unknown): void {
  if (slot.kind === "pair") slot.pair.value = node;
  else slot.seq.items[slot.index] = node;
}

const cloneNode = (n: unknown) => (n && typeof n === "object" && "clone" in n ? (n as Node).clone() : n);

function show(v: unknown): string {
  const text = typeof v === "number" && !Number.isFinite(v) ? String(v) : JSON.stringify(v);
  return text === undefined
    ? String(v)
    : text.length > 60
      ? `${text.slice(0, 40)}…(${text.length} chars)`
      : text;
}

/** One data-level mutation of the document; false when there was nothing to mutate. */
function mutateData(rng: Rng, doc: Document, log: string[], extra: readonly unknown[] = []): boolean {
  const all = slots(doc);
  if (!all.length) return false;
  const slot = rng.pick(all);
  switch (rng.int(8)) {
    case 0:
    case 1:
    case 2: {
      const v = extra.length && rng.chance(0.3) ? rng.pick(extra) : rng.pick(VALUES);
      log.push(`set ${slot.path} = ${show(v)}`);
      setValue(slot, doc.createNode(v));
      return true;
    }
    case 3: {
      if (slot.kind !== "pair") return false;
      const name = rng.pick(KEY_NAMES);
      log.push(`rename ${slot.path} to ${JSON.stringify(name)}`);
      slot.pair.key = doc.createNode(name);
      return true;
    }
    case 4: {
      log.push(`delete ${slot.path}`);
      if (slot.kind === "pair") slot.map.items.splice(slot.map.items.indexOf(slot.pair), 1);
      else slot.seq.items.splice(slot.index, 1);
      return true;
    }
    case 5: {
      log.push(`duplicate ${slot.path}`);
      if (slot.kind === "pair") slot.map.items.push(slot.pair.clone());
      else slot.seq.items.splice(slot.index, 0, cloneNode(slot.seq.items[slot.index]));
      return true;
    }
    case 6: {
      const from = rng.pick(all);
      log.push(`graft ${from.path} onto ${slot.path}`);
      setValue(slot, cloneNode(valueAt(from)));
      return true;
    }
    default: {
      const inner = valueAt(slot);
      const asList = rng.chance(0.5);
      const wrapped: unknown = asList ? new YAMLSeq() : new YAMLMap();
      if (wrapped instanceof YAMLSeq) wrapped.items.push(inner);
      else if (wrapped instanceof YAMLMap) wrapped.set(doc.createNode(rng.pick(KEY_NAMES)), inner);
      log.push(`wrap ${slot.path} in ${asList ? "a list" : "a mapping"}`);
      setValue(slot, wrapped);
      return true;
    }
  }
}

/** JSON text of a YAML node tree, written by hand so that a `__proto__` key stays an ordinary key. */
function jsonText(node: unknown): string {
  if (isMap(node))
    return `{${node.items
      .map((p) => `${JSON.stringify(isScalar(p.key) ? String(p.key.value) : "?")}: ${jsonText(p.value)}`)
      .join(", ")}}`;
  if (isSeq(node)) return `[${node.items.map(jsonText).join(", ")}]`;
  if (isPair(node) || isAlias(node)) return "null";
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "null" : "1e999";
    return JSON.stringify(v) ?? "null";
  }
  return "null";
}

type Mutant = { text: string; ext: "yaml" | "json"; log: string[] };

/**
 * 1–3 mutations (mostly one) of a YAML text, each text-level, data-level or (for rules) expression-level;
 * sometimes written back as JSON. Data- and expression-level ones keep the text parseable, to reach the checks
 * behind the parser.
 */
function mutate(
  rng: Rng,
  original: string,
  opts: { extra?: readonly unknown[]; expression?: (doc: Document, log: string[]) => boolean } = {},
): Mutant {
  const log: string[] = [];
  let text = original;
  let ext: "yaml" | "json" = "yaml";
  const steps = rng.chance(0.6) ? 1 : rng.chance(0.6) ? 2 : 3;
  for (let s = 0; s < steps; s++) {
    const level = rng.int(10);
    if (level < 3) {
      text = mutateText(rng, text, log);
      continue;
    }
    const doc = parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length) {
      text = mutateText(rng, text, log);
      continue;
    }
    const done =
      level < 6 && opts.expression ? opts.expression(doc, log) : mutateData(rng, doc, log, opts.extra);
    if (!done) continue;
    try {
      if (rng.chance(0.15)) {
        text = jsonText(doc.contents);
        ext = "json";
        log.push("as JSON");
      } else {
        text = doc.toString({ lineWidth: 0 });
        ext = "yaml";
      }
    } catch (e) {
      log.push(`(could not print: ${(e as Error).message})`);
    }
  }
  return { text, ext, log };
}

// ── expression-level mutations (rule files) ─────────────────────────────────────────────────────────────

type Typed = "boolean" | "number" | "date" | "string" | "list";

/** The catalogue's fields by expression type, read from rules/fields.yaml. */
function fieldsByType(): Record<Typed, string[]> {
  const catalogue = parse(readFileSync(join(REPO, "rules/fields.yaml"), "utf8")) as Record<
    string,
    { fields: Record<string, { type: string }> }
  >;
  const out: Record<Typed, string[]> = { boolean: [], number: [], date: ["asOf"], string: [], list: [] };
  const kind: Record<string, Typed> = {
    boolean: "boolean",
    integer: "number",
    decimal: "number",
    date: "date",
    region: "string",
    enum: "string",
    "id-number": "string",
    "enum-list": "list",
  };
  for (const [section, s] of Object.entries(catalogue))
    for (const [name, f] of Object.entries(s.fields)) {
      const t = kind[f.type];
      if (t) out[t].push(`${section}.${name}`);
    }
  return out;
}

/** A random expression, well-typed most of the time, so that it reaches the checker and the evaluator. */
function genExpression(
  rng: Rng,
  want: Typed,
  depth: number,
  fields: Record<Typed, string[]>,
  params: readonly string[],
): string {
  const t: Typed = rng.chance(0.08) ? rng.pick(["boolean", "number", "date", "string", "list"]) : want;
  const sub = (w: Typed) => genExpression(rng, w, depth - 1, fields, params);
  const leaf = depth <= 0 || rng.chance(0.3);
  const field = (w: Typed) => rng.pick(fields[w].length ? fields[w] : ["asOf"]);
  switch (t) {
    case "boolean": {
      if (leaf) return rng.chance(0.8) ? field("boolean") : rng.pick(["true", "false"]);
      return rng.pick([
        () => `${sub("number")} ${rng.pick(["<", "<=", ">", ">=", "==", "!="])} ${sub("number")}`,
        () => `${sub("date")} ${rng.pick(["<", "<=", ">", ">="])} ${sub("date")}`,
        () => `not (${sub("boolean")})`,
        () => `(${sub("boolean")}) ${rng.pick(["and", "or", "??"])} (${sub("boolean")})`,
        () => `${sub("string")} in ["male", "micro-enterprise", "x"]`,
        () => `${sub("string")} == "${rng.pick(["male", "female", "unemployed", "x"])}"`,
        () => `hasAny(${field("list")}, ["disabled", "x"])`,
        () => `within(${sub("string")}, "${rng.pick(["420000", "640000", "340100", "999999"])}")`,
      ])();
    }
    case "number": {
      if (leaf)
        return rng.chance(0.4)
          ? field("number")
          : rng.chance(0.5) && params.length
            ? rng.pick(params)
            : rng.pick(["0", "1", "0.5", "-1", "12", "1e9", "1e-9", "123456789012345678901234567890"]);
      return rng.pick([
        () => `(${sub("number")}) ${rng.pick(["+", "-", "*", "/", "%"])} (${sub("number")})`,
        () =>
          `round(${sub("number")}, ${rng.pick(["0", "2", "-1", "30", "1e7"])}, "${rng.pick(["half-up", "down", "up", "half-even"])}")`,
        () => `${rng.pick(["min", "max"])}(${sub("number")}, ${sub("number")})`,
        () => `${rng.pick(["yearsBetween", "monthsBetween", "daysBetween"])}(${sub("date")}, ${sub("date")})`,
        () => `-(${sub("number")})`,
        () => `${sub("number")} ?? ${sub("number")}`,
        () => `${params.length ? rng.pick(params) : "x"}[${sub("string")}]`,
        () => "count(hires)",
      ])();
    }
    case "date": {
      if (leaf)
        return rng.chance(0.6)
          ? field("date")
          : `date("${rng.pick(["2021-01-01", "2020-02-29", "0001-01-01", "9999-12-31", "2021-02-30"])}")`;
      return rng.pick([
        () => `${rng.pick(["addYears", "addMonths", "addDays"])}(${sub("date")}, ${sub("number")})`,
        () => "retirementDate(person.birthDate, person.sex, person.originalRetirementAge)",
        () => `retirementDate(${sub("date")}, ${sub("string")}, ${sub("number")})`,
        () => `${sub("date")} ?? ${sub("date")}`,
      ])();
    }
    case "string":
      return leaf || rng.chance(0.5)
        ? rng.chance(0.6)
          ? field("string")
          : `"${rng.pick(["male", "420102", "1", "x", ""])}"`
        : `${sub("string")} ?? ${sub("string")}`;
    default:
      return leaf ? field("list") : `["male", "x"]`;
  }
}

/** The names under `parameters:`, for expressions that use them. */
function parameterNamesOf(doc: Document): string[] {
  const parameters = isMap(doc.contents) ? doc.contents.get("parameters") : undefined;
  return isMap(parameters)
    ? parameters.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []))
    : [];
}

const EXPRESSION_KEYS = new Set(["test", "value", "when", "by", "months"]);

function expressionMutator(rng: Rng, fields: Record<Typed, string[]>) {
  return (doc: Document, log: string[]): boolean => {
    const targets = slots(doc).filter(
      (s): s is Extract<Slot, { kind: "pair" }> =>
        s.kind === "pair" &&
        isScalar(s.pair.key) &&
        EXPRESSION_KEYS.has(String(s.pair.key.value)) &&
        !s.path.startsWith(".parameters") &&
        isScalar(s.pair.value),
    );
    if (!targets.length) return false;
    const slot = rng.pick(targets);
    const before = String((slot.pair.value as { value: unknown }).value);
    const params = parameterNamesOf(doc);
    const want: Typed = /\.(test|when)$/.test(slot.path) ? "boolean" : "number";
    let after: string;
    switch (rng.int(3)) {
      case 0:
        after = Array.from({ length: 1 + rng.int(12) }, () => rng.pick(EXPR_TOKENS)).join(
          rng.chance(0.8) ? " " : "",
        );
        break;
      case 1: {
        const words = before.split(/\s+/);
        const i = rng.int(words.length + 1);
        const token = rng.pick([...EXPR_TOKENS, ...params, ...fields.number, ...fields.boolean]);
        if (rng.chance(0.5)) words.splice(i, 1, token);
        else words.splice(i, 0, token);
        after = words.join(" ");
        break;
      }
      default:
        after = genExpression(rng, want, 3, fields, params);
    }
    log.push(`expression ${slot.path}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    slot.pair.value = doc.createNode(after);
    return true;
  };
}

// ── options ─────────────────────────────────────────────────────────────────────────────────────────────

const PROGRAMS = [
  "hefei.provident-fund",
  "hubei.startup-subsidy",
  "hubei.hiring-reward",
  "hubei.training-uplift",
  "hubei.rural-welfare-post",
  "ningxia.unemployment-benefit",
  "ningxia.unemployment-subsidy",
  "ningxia.migrant-living-subsidy",
  "lianyungang.welfare-post",
];
const DATES = [
  "2022-03-01",
  "2021-09-01",
  "2020-02-29",
  "2021-02-29",
  "2021-02-30",
  "0000-01-01",
  "0001-01-01",
  "0099-12-31",
  "1900-01-01",
  "9999-12-31",
  "2022-3-1",
  "20220301",
  "2022-03-01T00:00:00Z",
  "+002022-03-01",
  "２０２２-０３-０１",
  "",
  " ",
  "today",
  "-1",
];

/** The programs' parameter names, for `--param` overrides that reach the rules. */
function parameterNames(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of ruleFiles(join(REPO, "rules"))) {
    const rule = parse(readFileSync(file, "utf8")) as { id?: string; parameters?: object };
    if (rule?.id) out.set(rule.id, Object.keys(rule.parameters ?? {}));
  }
  return out;
}

function paramOption(rng: Rng, params: Map<string, string[]>): string {
  const program = rng.chance(0.9)
    ? rng.pick(PROGRAMS)
    : rng.pick(["hefei.nope", "x", "HEFEI.PROVIDENT-FUND"]);
  const names = params.get(program) ?? [];
  const name =
    names.length && rng.chance(0.85) ? rng.pick(names) : rng.pick(["nope", "toString", "__proto__"]);
  const date = rng.chance(0.4) ? `@${rng.pick(DATES)}` : "";
  const value = rng.pick([
    "0",
    "1",
    "-1",
    "0.5",
    "1800",
    "99999999999999999999",
    "1".padEnd(400, "0"),
    "0.0000000000000001",
    "-0",
    "true",
    "false",
    "x",
    "",
    "1e5",
    "=",
    "[1,2]",
    '{"1": 2}',
    "中文",
  ]);
  return `${program}.${name}${date}=${value}`;
}

function randomOptions(rng: Rng, params: Map<string, string[]>): string[] {
  const argv: string[] = [];
  if (rng.chance(0.7)) argv.push("--as-of", rng.chance(0.6) ? rng.pick(DATES.slice(0, 4)) : rng.pick(DATES));
  for (let i = rng.int(3); i > 0; i--) argv.push("--param", paramOption(rng, params));
  if (rng.chance(0.4))
    argv.push("--program", rng.chance(0.8) ? rng.pick(PROGRAMS) : rng.pick(["x", ",", "hefei", "a,b"]));
  if (rng.chance(0.6)) argv.push("--format", rng.pick(["table", "json", "md", "csv", ""]));
  if (rng.chance(0.5)) argv.push("--lang", rng.pick(["zh", "en", "fr", ""]));
  if (rng.chance(0.2)) argv.push("--region", rng.pick(["420000", "640104", "999999", "x", ""]));
  if (rng.chance(0.3)) argv.push("--all");
  if (rng.chance(0.1)) argv.push("--rules", rng.pick(["examples/local-rules", "examples/nope"]));
  if (rng.chance(0.05)) argv.push(rng.pick(["--bogus", "--as-of", "--param", "--"]));
  return argv;
}

// ── files ───────────────────────────────────────────────────────────────────────────────────────────────

function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.yaml$/.test(f) && !/\.test\.yaml$/.test(f) && basename(f) !== "fields.yaml")
    .map((f) => join(dir, f))
    .sort();
}

/** The starting profiles: the examples, and every fixture case's profile. */
function seedProfiles(): { name: string; text: string }[] {
  const out = readdirSync(join(REPO, "examples"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({ name: `examples/${f}`, text: readFileSync(join(REPO, "examples", f), "utf8") }));
  for (const f of readdirSync(join(REPO, "rules"), { recursive: true, encoding: "utf8" }).sort()) {
    if (!f.endsWith(".test.yaml")) continue;
    const cases = parse(readFileSync(join(REPO, "rules", f), "utf8")) as { profile?: unknown }[];
    cases.forEach((c, i) => {
      if (c.profile) out.push({ name: `rules/${f}[${i}].profile`, text: stringify(c.profile) });
    });
  }
  return out;
}

// ── the checks every run must pass ──────────────────────────────────────────────────────────────────────

/** Problems with one run's output: internal errors, stack frames, bad exit codes, unlocated input errors. */
function problems(run: Run, expect: { json: boolean; fileInput?: string }): string[] {
  const out: string[] = [];
  for (const [name, text] of [
    ["stdout", run.stdout],
    ["stderr", run.stderr],
  ] as const) {
    if (INTERNAL.test(text)) out.push(`${name} says "internal error"`);
    if (STACK_FRAME.test(text)) out.push(`${name} holds a stack frame`);
  }
  if (![0, 1, 2].includes(run.code)) out.push(`exit code ${run.code}`);
  if (out.length) return out;
  const lastLine = run.stdout.trim().split("\n").at(-1) ?? "";
  if (expect.json && run.code === 0 && !parsesAsJson(run.stdout)) out.push("JSON mode printed invalid JSON");
  if (run.code === 2 && expect.json) {
    const error = parsesAsJson(lastLine) ? (JSON.parse(lastLine) as { error?: unknown }).error : undefined;
    if (!error) out.push("exit 2 in JSON mode without a JSON error on stdout");
    else if (expect.fileInput && !located(error))
      out.push("exit 2 in JSON mode without a located diagnostic");
  } else if (run.code === 2 && expect.fileInput) {
    if (!LOCATED.test(run.stderr)) out.push("exit 2 without a located `file:line:col code message`");
  } else if (run.code === 2 && !run.stderr.trim()) out.push("exit 2 with nothing said on stderr");
  return out;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function located(error: unknown): boolean {
  const diagnostics = (error as { diagnostics?: { line?: unknown; col?: unknown }[] }).diagnostics ?? [];
  return diagnostics.some(
    (d) =>
      Number.isInteger(d.line) &&
      Number.isInteger(d.col) &&
      (d.line as number) >= 1 &&
      (d.col as number) >= 1,
  );
}

/** Exit codes seen, to tell how deep the mutants reach (BUTIE_FUZZ_VERBOSE=1 prints them). */
class Stats {
  private readonly codes = new Map<number, number>();
  private readonly started = performance.now();
  add(run: Run): void {
    this.codes.set(run.code, (this.codes.get(run.code) ?? 0) + 1);
  }
  print(section: string): void {
    if (!process.env.BUTIE_FUZZ_VERBOSE) return;
    const runs = [...this.codes.values()].reduce((a, b) => a + b, 0);
    const codes = [...this.codes].sort(([a], [b]) => a - b).map(([c, n]) => `exit ${c}: ${n}`);
    const ms = Math.round(performance.now() - this.started);
    console.info(`fuzz ${section}: ${runs} runs in ${ms} ms (${codes.join(", ")})`);
  }
}

/** The input as printed in a failure: whole, unless it is huge. */
function excerpt(text: string): string {
  const shown =
    text.length > 3000 ? `${text.slice(0, 1500)}\n…(${text.length} chars)…\n${text.slice(-1500)}` : text;
  return shown.replace(/\n/g, "\n    | ");
}

/** One failing run, and what tells it apart from others: the error and the first frame in src/. */
type Failure = { signature: string; size: number; text: string };

function failure(
  where: string,
  seed: number | undefined,
  argv: readonly string[],
  m: Mutant | undefined,
  run: Run,
  found: string[],
): Failure {
  const lines = run.stderr.split("\n");
  const error = lines.find((l) => /^\w*Error\b/.test(l)) ?? found.join("; ");
  const frame = lines.find((l) => /^\s+at .*\/src\//.test(l))?.trim() ?? "";
  const head = lines.slice(0, 8).join("\n    ! ");
  const text = [
    `${where}${seed === undefined ? "" : ` (run seed ${seed}, BUTIE_FUZZ_SEED=${SEED})`}: ${found.join("; ")}`,
    `  $ butie ${argv.map((a) => (/^[\w./@=:-]+$/.test(a) ? a : JSON.stringify(a))).join(" ")} → exit ${run.code}`,
    ...(m ? [`  mutations: ${m.log.join(" | ")}`, `  input:\n    | ${excerpt(m.text)}`] : []),
    `  stderr:\n    ! ${head}`,
  ].join("\n");
  return { signature: `${error} ${frame.replace(/:\d+:\d+\)?$/, "")}`, size: m?.text.length ?? 0, text };
}

/** The failures, one per distinct signature (the smallest input of each), most frequent first. */
function report(failures: readonly Failure[]): string {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) groups.set(f.signature, [...(groups.get(f.signature) ?? []), f]);
  const shown = [...groups.values()]
    .sort((a, b) => b.length - a.length)
    .map((g) => {
      const smallest = g.reduce((a, b) => (b.size < a.size ? b : a));
      return `[${g.length}× ${smallest.signature}]\n${smallest.text}`;
    });
  return `${failures.length} fuzz failure(s), ${groups.size} distinct:\n\n${shown.join("\n\n")}`;
}

// ── the fuzz runs ───────────────────────────────────────────────────────────────────────────────────────

let work: string;
let rulesCopy: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "butie-fuzz-"));
  rulesCopy = join(work, "rules");
  cpSync(join(REPO, "rules"), rulesCopy, { recursive: true });
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe(`no internal errors under seeded mutation fuzzing (seed ${SEED})`, () => {
  it.runIf(section("profiles"))(
    `profiles: ${RUNS.profiles} mutants × eval --format table|json`,
    { timeout: TIMEOUT },
    async () => {
      const seeds = seedProfiles();
      const failures: Failure[] = [];
      const stats = new Stats();
      for (let i = 0; i < RUNS.profiles; i++) {
        const seed = runSeed("profiles", i);
        const rng = new Rng(seed);
        const start = rng.pick(seeds);
        const m = mutate(rng, start.text);
        m.log.unshift(`from ${start.name}`);
        const file = join(work, `profile-${i}.${m.ext}`);
        writeFileSync(file, m.text);
        const viaStdin = rng.chance(0.1);
        const all = rng.chance(0.3) ? ["--all"] : [];
        for (const format of ["table", "json"]) {
          const argv = ["eval", viaStdin ? "-" : file, ...AS_OF, "--format", format, ...all];
          const run = await butie(argv, viaStdin ? { stdin: m.text } : {});
          stats.add(run);
          const found = problems(run, { json: format === "json", fileInput: viaStdin ? "<stdin>" : file });
          if (found.length) failures.push(failure(`profiles#${i}`, seed, argv, m, run, found));
        }
        rmSync(file);
      }
      stats.print("profiles");
      expect(failures.length, report(failures)).toBe(0);
    },
  );

  it.runIf(section("rules"))(
    `rule files: ${RUNS.rules} mutants × check, eval --rules, test --rules`,
    { timeout: TIMEOUT },
    async () => {
      const files = ruleFiles(rulesCopy);
      const fields = fieldsByType();
      const failures: Failure[] = [];
      const stats = new Stats();
      for (let i = 0; i < RUNS.rules; i++) {
        const seed = runSeed("rules", i);
        const rng = new Rng(seed);
        const file = rng.chance(0.05) ? join(rulesCopy, "fields.yaml") : rng.pick(files);
        const original = readFileSync(file, "utf8");
        const m = mutate(rng, original, { expression: expressionMutator(rng, fields) });
        m.log.unshift(`in ${relative(work, file)}`);
        writeFileSync(file, m.text);
        const fixture = file.replace(/\.yaml$/, ".test.yaml");
        const checkJson = rng.chance(0.3);
        const evalJson = rng.chance(0.5);
        const commands: { argv: string[]; json: boolean }[] = [
          { argv: ["check", rulesCopy, ...(checkJson ? ["--format", "json"] : [])], json: checkJson },
          evalJson
            ? {
                argv: ["eval", HEFEI, "--rules", rulesCopy, ...AS_OF, "--format", "json", "--all"],
                json: true,
              }
            : { argv: ["eval", HEFEI, "--rules", rulesCopy, ...AS_OF], json: false },
        ];
        if (readdirSync(dirname(file)).includes(basename(fixture)))
          commands.push({ argv: ["test", fixture, "--rules", rulesCopy], json: false });
        for (const { argv, json } of commands) {
          const run = await butie(argv);
          stats.add(run);
          const found = problems(run, { json, fileInput: file });
          // `check` reports a rule file's errors with exit 1, each located.
          if (argv[0] === "check" && run.code === 1 && !json && !LOCATED.test(run.stderr))
            found.push("check found errors but printed no located diagnostic");
          if (found.length) failures.push(failure(`rules#${i}`, seed, argv, m, run, found));
        }
        writeFileSync(file, original);
      }
      stats.print("rules");
      expect(failures.length, report(failures)).toBe(0);
    },
  );

  it.runIf(section("fixtures"))(
    `fixtures: ${RUNS.fixtures} mutants of hubei/startup-subsidy.test.yaml × test`,
    { timeout: TIMEOUT },
    async () => {
      const original = readFileSync(join(REPO, "rules/hubei/startup-subsidy.test.yaml"), "utf8");
      const params = parameterNames();
      const extra = [
        { [paramOption(new Rng(1), params)]: 1 },
        { "hubei.startup-subsidy.standardSubsidy": "x" },
        { "hubei.startup-subsidy.standardSubsidy@2021-02-30": 1 },
        { "hubei.startup-subsidy.operatingYears": 99999999 },
        { "hubei.startup-subsidy.nope": 1 },
        { "hubei.startup-subsidy": { status: "eligible" } },
        { status: "eligble", amount: "x", missing: "x", failed: {}, explain: 1, months: [], total: null },
        "hubei.startup-subsidy.standardSubsidy",
      ];
      const failures: Failure[] = [];
      const stats = new Stats();
      for (let i = 0; i < RUNS.fixtures; i++) {
        const seed = runSeed("fixtures", i);
        const rng = new Rng(seed);
        const m = mutate(rng, original, { extra });
        const file = join(work, `fixture-${i}.test.yaml`);
        writeFileSync(file, m.text);
        const reporter = rng.pick(["pretty", "pretty", "json", "junit"]);
        const argv = ["test", file, "--reporter", reporter, ...(rng.chance(0.2) ? ["--coverage"] : [])];
        const run = await butie(argv);
        stats.add(run);
        const found = problems(run, { json: reporter === "json", fileInput: file });
        if (found.length) failures.push(failure(`fixtures#${i}`, seed, argv, m, run, found));
        rmSync(file);
      }
      stats.print("fixtures");
      expect(failures.length, report(failures)).toBe(0);
    },
  );

  it.runIf(section("options"))(
    `options: ${RUNS.options} random --as-of, --param, --program, --format, --lang`,
    { timeout: TIMEOUT },
    async () => {
      const params = parameterNames();
      const profiles = readdirSync(join(REPO, "examples")).filter((f) => f.endsWith(".yaml"));
      const failures: Failure[] = [];
      const stats = new Stats();
      for (let i = 0; i < RUNS.options; i++) {
        const seed = runSeed("options", i);
        const rng = new Rng(seed);
        const argv = ["eval", `examples/${rng.pick(profiles)}`, ...randomOptions(rng, params)];
        const run = await butie(argv);
        stats.add(run);
        const json = argv.some((a, k) => a === "json" && argv[k - 1] === "--format");
        const found = problems(run, { json });
        if (found.length) failures.push(failure(`options#${i}`, seed, argv, undefined, run, found));
      }
      stats.print("options");
      expect(failures.length, report(failures)).toBe(0);
    },
  );
});

// ── minimized findings ──────────────────────────────────────────────────────────────────────────────────

/** A rule file small enough to read, valid as it stands; `test` and `amount` are what a finding changes. */
const minimalRule = (test: string, amount = "") => `id: fuzz.minimal
title: { zh: 最小规则, en: Minimal rule }
subject: person
jurisdiction: { field: business.region, code: "420000" }
inForce: { from: 2021-01-01 }
sources:
  - { id: src, title: Source, quote: Quote }
conditions:
  - id: only
    test: '${test}'
    text: { zh: 条件, en: Condition }
    source: src
${amount}`;

const TO_STRING_FIXTURE = `- name: x
  asOf: 2022-09-01
  profile: {}
  expect:
    hubei.startup-subsidy: { status: { toString: x } }
`;
const TO_STRING_FIELDS = `person:
  label: { zh: 个人, en: Person }
  fields:
    x: { type: { toString: x }, label: { zh: 甲, en: X } }
`;
const STARTUP = ["examples/hubei-startup.yaml", "--as-of", "2022-09-01"];

/**
 * Each case was found by the fuzzing above and cut down by hand; each must exit 0, 1 or 2 without an internal
 * error, and an exit 2 must be located. `$DIR` is a fresh directory holding `files`.
 */
const FINDINGS: readonly {
  name: string;
  files: Record<string, string>;
  argv: readonly string[];
  input: string;
}[] = [
  {
    // zodDiagnostics: String(given) on a mapping whose `toString` key is not a function.
    name: "a fixture's `status: { toString: x }` (test)",
    files: { "x.test.yaml": TO_STRING_FIXTURE },
    argv: ["test", "$DIR/x.test.yaml"],
    input: "x.test.yaml",
  },
  {
    name: "a fixture's `status: { toString: x }` (test --reporter json)",
    files: { "x.test.yaml": TO_STRING_FIXTURE },
    argv: ["test", "$DIR/x.test.yaml", "--reporter", "json"],
    input: "x.test.yaml",
  },
  {
    name: "a rule file's `subject: { toString: x }` (check)",
    files: { "x.yaml": "subject: { toString: x }\n" },
    argv: ["check", "$DIR"],
    input: "x.yaml",
  },
  {
    name: "a rule file's `subject: { toString: x }` (eval --rules)",
    files: { "x.yaml": "subject: { toString: x }\n" },
    argv: ["eval", HEFEI, "--rules", "$DIR", ...AS_OF],
    input: "x.yaml",
  },
  {
    name: "a field catalogue's `type: { toString: x }` (check)",
    files: { "fields.yaml": TO_STRING_FIELDS },
    argv: ["check", "$DIR"],
    input: "fields.yaml",
  },
  {
    // loadProfile convertScalar (enum): didYouMean(String(raw), …) on such a mapping.
    name: "a profile's `sex: { toString: x }` (eval)",
    files: { "p.yaml": "person:\n  sex: { toString: x }\n" },
    argv: ["eval", "$DIR/p.yaml", ...AS_OF],
    input: "p.yaml",
  },
  {
    name: "a profile's `kind: { toString: 1 }` (eval --format json)",
    files: { "p.yaml": "business:\n  kind: { toString: 1 }\n" },
    argv: ["eval", "$DIR/p.yaml", ...AS_OF, "--format", "json"],
    input: "p.yaml",
  },
  {
    // functions.ts round: Big#round throws for more than 1e6 decimal places; the checker lets any whole number by.
    name: 'round(…, 1000001, "down") in an amount (eval --rules)',
    files: {
      "x.yaml": minimalRule(
        "business.operatingNormally",
        'amount:\n  per: once\n  value: round(1, 1000001, "down")\n',
      ),
    },
    argv: ["eval", ...STARTUP, "--rules", "$DIR"],
    input: "x.yaml",
  },
  {
    // retirement.ts retirementDelayMonths: RangeError for the Invalid Date addYears gives past year 275760.
    name: 'retirementDate(addYears(asOf, 1000000), "male", 60) (eval --rules)',
    files: { "x.yaml": minimalRule('retirementDate(addYears(asOf, 1000000), "male", 60) > asOf') },
    argv: ["eval", ...STARTUP, "--rules", "$DIR"],
    input: "x.yaml",
  },
  {
    // functions.ts applyFunction folds a constant call even after its check failed: new Big(NaN) throws.
    name: 'daysBetween(date("2021-02-30"), date("2021-03-01")) (check)',
    files: { "x.yaml": minimalRule('daysBetween(date("2021-02-30"), date("2021-03-01")) > 0') },
    argv: ["check", "$DIR"],
    input: "x.yaml",
  },
  {
    name: 'yearsBetween(date("0001-01-01"), date("2021-01-01")) (eval --rules)',
    files: { "x.yaml": minimalRule('yearsBetween(date("0001-01-01"), date("2021-01-01")) >= 1') },
    argv: ["eval", ...STARTUP, "--rules", "$DIR"],
    input: "x.yaml",
  },
  {
    // The same constant folding of an ill-typed call: "x".lt is not a function.
    name: 'min(1, "x") (check)',
    files: { "x.yaml": minimalRule('min(1, "x") <= 1') },
    argv: ["check", "$DIR"],
    input: "x.yaml",
  },
];

describe("fuzz findings, minimized", () => {
  it.each(FINDINGS)("$name", async ({ name, files, argv, input }) => {
    const dir = mkdtempSync(join(work, "finding-"));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    const args = argv.map((a) => a.replace("$DIR", dir));
    const run = await butie(args);
    const json = args.includes("json");
    const found = problems(run, { json, fileInput: join(dir, input) });
    const m: Mutant = { text: Object.values(files).join("\n---\n"), ext: "yaml", log: [name] };
    expect(found, failure(name, undefined, args, m, run, found).text).toEqual([]);
  });
});
