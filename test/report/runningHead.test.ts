import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { butie, REPO } from "../cli/memoryIo.js";

// Issue 17 §7: every printed page carries the case reference, the print date and its number (@page margin boxes,
// which Chromium draws from version 131; printedPdf.test.ts reads them back from the PDF).

const APPLICANT = "test/fixtures-data/case-report/applicant.yaml";
const dir = mkdtempSync(join(tmpdir(), "butie-head-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the running head and foot of the printed report", () => {
  it("names the case and the print date above, the page of the count below", async () => {
    const { stdout } = await butie(["eval", APPLICANT, "--format", "html"]);
    expect(stdout).toContain('@top-left { content: "经办档案编号：HF-2026-0815";');
    // Without --as-of the evaluation is as of today (2022-03-01 in these runs), the print date too.
    expect(stdout).toContain('@top-right { content: "打印日期：2022年3月1日";');
    expect(stdout).toContain(
      '@bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页";',
    );
    const en = await butie(["eval", APPLICANT, "--format", "html", "--lang", "en"]);
    expect(en.stdout).toContain('content: "Page " counter(page) " of " counter(pages) "";');
  });

  it("cannot be broken out of by a hostile case reference", async () => {
    // At most 40 characters, as a case reference may be.
    const hostile = 'X";}*{x:0}</style><script>a()</script>\\';
    const profile = readFileSync(join(REPO, APPLICANT), "utf8").replace(
      "reference: HF-2026-0815",
      `reference: ${JSON.stringify(hostile)}`,
    );
    writeFileSync(join(dir, "hostile.yaml"), profile);
    const { code, stdout, stderr } = await butie(["eval", join(dir, "hostile.yaml"), "--format", "html"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const style = /<style>([\s\S]*?)<\/style>/.exec(stdout)?.[1] ?? "";
    expect(style).not.toMatch(/<|\{x:0|\\"/);
    expect(stdout).not.toContain("<script");
    const head = /@top-left \{ content: ("[^"]*");/.exec(style)?.[1];
    expect(head).toBe(
      String.raw`"经办档案编号：X\22 ;\7d \2a \7b x:0\7d \3c \2f style\3e \3c script\3e a()\3c \2f script\3e \5c "`,
    );
  });

  it("prints the print date in the Markdown report too", async () => {
    const { stdout } = await butie(["eval", APPLICANT, "--format", "md"]);
    expect(stdout).toContain("- 打印日期：2022年3月1日");
  });
});
