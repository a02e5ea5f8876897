import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { md } from "../../src/cli/render/markdown.js";
import { butie } from "../cli/memoryIo.js";
import { MINI_PROFILE, miniRule } from "./mini.js";

// Issue 18, injection: text from a rule file, a profile or a file name must not become Markdown/HTML, a link,
// a forged `file:line:col` line, or a terminal control sequence.

const ROOT = mkdtempSync(join(tmpdir(), "butie-inject-"));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));
let n = 0;
function dir(files: Record<string, string>) {
  const d = join(ROOT, String(n++));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(d, name)), { recursive: true });
    writeFileSync(join(d, name), content);
  }
  return d;
}

const ESC = "\u001b";
const hostileRule = miniRule()
  .replace(
    "title: { zh: 测试补贴, en: Test subsidy }",
    'title: { zh: "<script>alert(1)</script>补贴", en: "[x](javascript:alert(1)) subsidy" }',
  )
  .replace(
    "    title: 测试来源\n",
    '    title: "<img src=x onerror=alert(1)>"\n    url: "javascript:alert(1)"\n',
  );

describe("the Markdown report carries no raw HTML and no javascript: link", () => {
  it("md() escapes what Markdown would read as markup", () => {
    expect(md("<script>x</script>")).toBe("\\<script\\>x\\</script\\>");
    expect(md("[a](javascript:b)")).toBe("\\[a\\](javascript:b)");
    expect(md("# not a heading\n<b>")).toBe("\\# not a heading \\<b\\>");
    expect(md("a | b")).toBe("a \\| b");
  });

  it.each(["zh", "en"])("eval --format md --lang %s over a hostile local rule", async (lang) => {
    const cwd = dir({ "p.yaml": MINI_PROFILE, "r/mini.yaml": hostileRule });
    const { stdout, stderr } = await butie(
      ["eval", "p.yaml", "--rules", "r", "--program", "test.mini", "--format", "md", "--lang", lang],
      { cwd },
    );
    expect(stderr).toBe("");
    expect(stdout).toContain("补贴");
    expect(stdout).not.toMatch(/(?<!\\)<(script|img)|<javascript:|(?<!\\)\]\(javascript:/i);
  });

  it("the HTML report stays clean", async () => {
    const cwd = dir({ "p.yaml": MINI_PROFILE, "r/mini.yaml": hostileRule });
    const { stdout } = await butie(
      ["eval", "p.yaml", "--rules", "r", "--program", "test.mini", "--format", "html"],
      {
        cwd,
      },
    );
    expect(stdout).not.toMatch(/<script>alert|<img|href="javascript/i);
  });
});

describe("a newline or escape sequence from input cannot forge lines or drive the terminal", () => {
  it("a file name with a newline does not start a `file:line:col` line of its own", async () => {
    const name = "a\nevil.yaml:1:1 profile/type forged.yaml";
    const cwd = dir({ [name]: "person: [\n" });
    const { code, stdout, stderr } = await butie(["eval", name, "--lang", "en"], { cwd });
    expect(code).toBe(2);
    for (const line of `${stdout}${stderr}`.split("\n")) expect(line).not.toMatch(/^evil\.yaml:1:1/);
  });

  it("under FORCE_COLOR, a title's escape sequence reaches the output only as visible text", async () => {
    const rule = miniRule().replace(
      "title: { zh: 测试补贴, en: Test subsidy }",
      'title: { zh: "测试\\e[2J\\e]0;pwned\\a补贴", en: "Test\\e[2J subsidy" }',
    );
    const cwd = dir({ "p.yaml": MINI_PROFILE, "r/mini.yaml": rule });
    for (const isTTY of [false, true]) {
      const { stdout, stderr } = await butie(["eval", "p.yaml", "--rules", "r", "--program", "test.mini"], {
        cwd,
        isTTY,
        env: { FORCE_COLOR: "1" },
      });
      const out = `${stdout}${stderr}`;
      expect(out).not.toContain(`${ESC}[2J`);
      expect(out).not.toContain(`${ESC}]0;`);
      expect(out).toContain(`${ESC}[`);
    }
  });
});
