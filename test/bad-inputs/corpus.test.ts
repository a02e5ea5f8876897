import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseIdNumber } from "../../src/profile/idNumber.js";
import { butie, STACK_FRAME } from "../cli/memoryIo.js";
import { type BadInput, CASES, type Klass } from "./cases.js";

const ROOT = mkdtempSync(join(tmpdir(), "butie-bad-inputs-"));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noControlCharactersInRegex: a raw control character in output is the failure
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Every valid resident ID number in `text` (shape, date and check digit), unmasked. */
function unmaskedIds(text: string): string[] {
  return [...text.matchAll(/(?<!\d)\d{17}[\dXx](?!\d)/g)]
    .map((m) => m[0])
    .filter((id) => parseIdNumber(id).ok);
}

/** stdout of a JSON-mode run: one JSON document, or one per line (several profiles). */
function isJsonOutput(stdout: string): boolean {
  try {
    JSON.parse(stdout);
    return true;
  } catch {
    const lines = stdout.split("\n").filter((l) => l.trim());
    return (
      lines.length > 0 &&
      lines.every((l) => {
        try {
          JSON.parse(l);
          return true;
        } catch {
          return false;
        }
      })
    );
  }
}

async function run(c: BadInput, index: number) {
  const dir = join(ROOT, String(index));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  c.setup?.(dir);
  return butie(c.argv, { cwd: dir, stdin: c.stdin });
}

describe("profile and input diagnostics in Chinese, the default language", () => {
  const inEnglish = CASES.map((c, i) => [c, i] as const).filter(
    ([c]) => /^(profile|input)\//.test(c.code ?? "") && c.argv.includes("--lang") && c.exit === 2,
  );
  it.each(inEnglish.map(([c, i]) => [c.name, c, i] as const))(
    "%s",
    async (_name, c, i) => {
      const argv = c.argv.filter((a, j) => !(a === "--lang" || (a === "en" && c.argv[j - 1] === "--lang")));
      const { stdout, stderr } = await run({ ...c, argv }, 1000 + i);
      const line = `${stdout}${stderr}`.split("\n").find((l) => l.includes(c.code as string)) ?? "";
      expect(line, line).toMatch(/[\u4e00-\u9fff]/);
    },
    60_000,
  );
});

describe("the bad-input corpus", () => {
  it("has at least 80 cases with distinct names, covering every class of fault", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    const classes: Klass[] = [
      "written-digits",
      "past-dates",
      "parameter-units",
      "duplicate-program",
      "undetermined-missing",
      "fixture-compare",
      "imprecise-number",
      "date-functions",
      "strict-formats",
      "usage",
      "odd-files",
      "expression-size",
      "bounded-resources",
      "id-leak",
      "terminal-injection",
      "json-mode",
      "reader-guards",
    ];
    for (const k of classes) expect(CASES.filter((c) => c.klass === k).length, k).toBeGreaterThan(0);
  });

  it.each(CASES.map((c, i) => [c.name, c, i] as const))(
    "%s",
    async (_name, c, i) => {
      const started = Date.now();
      const { code, stdout, stderr } = await run(c, i);
      if (c.within) expect(Date.now() - started).toBeLessThan(c.within);
      if (c.peakMb) expect(process.resourceUsage().maxRSS / 1024).toBeLessThan(c.peakMb);
      const out = `${stdout}${stderr}`;
      expect(code, out.slice(0, 2000)).toBe(c.exit);
      if (c.code) expect(out).toContain(c.code);
      if (c.at) expect(out).toContain(c.at);
      if (c.says) expect(out, out.slice(0, 1000)).toMatch(c.says);
      if (c.never) expect(out).not.toMatch(c.never);
      expect(out).not.toMatch(STACK_FRAME);
      expect(out).not.toContain("internal error");
      expect(unmaskedIds(out)).toEqual([]);
      expect(out).not.toMatch(RAW_CONTROL);
      if (c.argv.includes("json") && (stdout || c.exit === 2))
        expect(isJsonOutput(stdout), stdout).toBe(true);
      // Generous: the large inputs (1 MB values, 100,000-deep nesting) take seconds on a loaded machine.
    },
    60_000,
  );
});
