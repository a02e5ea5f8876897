import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { butie, STACK_FRAME } from "../cli/memoryIo.js";
import { MINI_PROFILE, miniRule } from "./mini.js";

// Issue 18, crashes: inputs that aborted node (exit 134), printed "Maximum call stack size exceeded", or crashed
// big.js. Each must be a located, worded error (exit 2) within a second or two, or read exactly.

const ROOT = mkdtempSync(join(tmpdir(), "butie-round2-"));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));
let n = 0;

async function run(argv: string[], files: Record<string, string | Buffer>, stdin?: string) {
  const dir = join(ROOT, String(n++));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const result = await butie(argv, { cwd: dir, stdin });
  const out = `${result.stdout}${result.stderr}`;
  expect(out).not.toMatch(STACK_FRAME);
  expect(out).not.toMatch(/internal error|call stack|内部错误/i);
  expect(Date.now() - started).toBeLessThan(10_000);
  return { ...result, out };
}

const deepFlow = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
const TOO_DEEP = /nested too deeply \(more than 64 levels/;

describe("nesting is bounded before any parser runs (900 levels, 7 KB, aborted node)", () => {
  const inputs: [string, string][] = [
    ["a JSON profile", `{"person": ${deepFlow(900)}}`],
    ["a YAML profile", `person: ${deepFlow(900)}\n`],
    ["a multi-document file whose second document is deep", `person: {}\n---\nperson: ${deepFlow(900)}\n`],
    ["a top-level list", `- ${deepFlow(900)}\n`],
    ["compact block sequences", `${"- ".repeat(5000)}a\n`],
    [
      "block mappings indented a step a level",
      Array.from({ length: 900 }, (_, i) => `${" ".repeat(i)}a:`).join("\n"),
    ],
  ];
  it.each(inputs)("%s: a located error in English", async (_name, text) => {
    const { code, out } = await run(["eval", "p.yaml", "--lang", "en"], { "p.yaml": text });
    expect(code).toBe(2);
    expect(out).toMatch(/p\.yaml:\d+:\d+ yaml\/syntax/);
    expect(out).toMatch(TOO_DEEP);
  });

  it("JSON on standard input, in Chinese", async () => {
    const { code, out } = await run(["eval", "-"], {}, `{"a": ${deepFlow(900)}}`);
    expect(code).toBe(2);
    expect(out).toMatch(/<stdin>:1:\d+ yaml\/syntax 文件嵌套过深（超过 64 层/);
  });

  it("ask --replay of a deep file", async () => {
    const { code, out } = await run(["ask", "--replay", "p.json", "--lang", "en"], {
      "p.json": `{"person": ${deepFlow(900)}}`,
    });
    expect(code).toBe(2);
    expect(out).toMatch(TOO_DEEP);
  });

  it("a rule file and a --columns map", async () => {
    const rule = await run(["eval", "p.yaml", "--rules", "r", "--lang", "en"], {
      "p.yaml": MINI_PROFILE,
      "r/mini.yaml": `${miniRule()}notes: ${deepFlow(900)}\n`,
    });
    expect(rule.code).toBe(2);
    expect(rule.out).toMatch(/r\/mini\.yaml:\d+:\d+ yaml\/syntax .*nested too deeply/);
    const columns = await run(["batch", "b.csv", "--columns", "c.yaml", "--lang", "en"], {
      "b.csv": "a\n1\n",
      "c.yaml": `a: ${deepFlow(900)}\n`,
    });
    expect(columns.code).toBe(2);
    expect(columns.out).toMatch(TOO_DEEP);
  });
});

describe("numbers in rule files: `+5000` is 5000, `0x1388` and `0o0` are refused with a sentence", () => {
  it("a leading + is read as the decimal written after it (no big.js crash)", async () => {
    const { code, out } = await run(["eval", "p.yaml", "--rules", "r", "--lang", "en", "--format", "json"], {
      "p.yaml": MINI_PROFILE,
      "r/mini.yaml": miniRule({ value: "+5000" }),
    });
    expect(code).toBe(0);
    const mini = JSON.parse(out).results.find((r: { program: string }) => r.program === "test.mini");
    expect(mini.amount.value).toBe(5000);
  });

  it.each(["0x1388", "0o0"])("%s: refused, located, in Chinese by default", async (value) => {
    const { code, out } = await run(["eval", "p.yaml", "--rules", "r"], {
      "p.yaml": MINI_PROFILE,
      "r/mini.yaml": miniRule({ value }),
    });
    expect(code).toBe(2);
    expect(out).toContain(`r/mini.yaml:15:28 rule/imprecise-number "${value}" 不是十进制数`);
  });
});

describe("encodings are named as they are", () => {
  it("UTF-32 is said to be UTF-32, not UTF-16", async () => {
    const { code, out } = await run(["eval", "p.yaml", "--lang", "en"], {
      "p.yaml": Buffer.from([
        0xff,
        0xfe,
        0,
        0,
        ...[..."person: {}\n"].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]),
      ]),
    });
    expect(code).toBe(2);
    expect(out).toContain("p.yaml:1:1 input/encoding the file is UTF-32");
  });
});
