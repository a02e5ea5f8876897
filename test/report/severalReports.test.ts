import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { butie, REPO } from "../cli/memoryIo.js";

// analyst F17: several applicants in one run make one document, each applicant's report on pages of its own, headed
// by its own case reference (a named page per report), never two applicants on one sheet.

const dir = mkdtempSync(join(tmpdir(), "butie-several-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The same man with his ID number (birth date and sex read from it) and a case reference.
const NINGXIA = `case: { reference: "NX-YN-2021-0457" }\n${readFileSync(
  join(REPO, "test/fixtures-data/yongning/unemployed-8-months.yaml"),
  "utf8",
).replace("birthDate: 1988-05-20, sex: male", 'idNumber: "640121198805201014"')}`;
const HEFEI = readFileSync(join(REPO, "test/fixtures-data/case-report/applicant.yaml"), "utf8");
const two = join(dir, "two.yaml");
writeFileSync(two, `${NINGXIA}---\n${HEFEI}`);
const ARGS = ["eval", two, "--as-of", "2021-12-01", "--all"];

describe("eval --format html with several applicants", () => {
  it("writes one document, each report on its own named page headed by its own case reference", async () => {
    const { code, stdout } = await butie([...ARGS, "--format", "html"]);
    expect(code).toBe(0);
    expect(stdout.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(stdout.match(/<html /g)).toHaveLength(1);
    expect(stdout.match(/<\/body>/g)).toHaveLength(1);
    expect(stdout).toMatch(/@page report-1 \{\s*@top-left \{ content: "经办档案编号：NX-YN-2021-0457";/);
    expect(stdout).toMatch(/@page report-2 \{\s*@top-left \{ content: "经办档案编号：HF-2026-0815";/);
    expect(stdout).toContain('<article class="report" style="page: report-1">');
    expect(stdout).toContain('<article class="report" style="page: report-2">');
    expect(stdout.indexOf("6401**********1014")).toBeLessThan(stdout.indexOf('style="page: report-2"'));
    expect(stdout.indexOf("3401**********1239")).toBeGreaterThan(stdout.indexOf('style="page: report-2"'));
  });
});

describe("eval --format md with several applicants", () => {
  it("separates the reports by a rule, each with its own head", async () => {
    const { code, stdout } = await butie([...ARGS, "--format", "md"]);
    expect(code).toBe(0);
    const reports = stdout.split(/\n\n---\n\n/);
    expect(reports).toHaveLength(2);
    expect(reports[0]?.split("\n")[0]).toBe("# 补贴资格测算报告 · 经办档案编号：NX-YN-2021-0457");
    expect(reports[1]?.split("\n")[0]).toBe("# 补贴资格测算报告 · 经办档案编号：HF-2026-0815");
    expect(reports[0]).not.toContain("3401**********1239");
    expect(reports[1]).not.toContain("6401**********1014");
  });
});

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: "utf8" });
const poppler = ["pdfinfo", "pdftotext"].every((name) => {
  try {
    execFileSync(name, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});

describe.skipIf(!CHROMIUM || !poppler)("the printed file of several applicants (chromium)", () => {
  it("heads every page with the case of the report printed on it, one applicant a sheet", async () => {
    const { stdout } = await butie([...ARGS, "--format", "html"]);
    const page = join(dir, "two.html");
    const pdf = join(dir, "two.pdf");
    writeFileSync(page, stdout);
    execFileSync(
      CHROMIUM as string,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        `--user-data-dir=${join(dir, "profile")}`,
        "--no-pdf-header-footer",
        `--print-to-pdf=${pdf}`,
        `file://${page}`,
      ],
      { stdio: "ignore", timeout: 90_000 },
    );
    const pages = Number(/^Pages:\s+(\d+)/m.exec(tool("pdfinfo", pdf))?.[1]);
    const texts = Array.from({ length: pages }, (_, i) =>
      tool("pdftotext", "-f", String(i + 1), "-l", String(i + 1), "-enc", "UTF-8", pdf, "-"),
    );
    const heads = texts.map((t) => [...t.matchAll(/经办档案编号：(\S+)/g)].map((m) => m[1]));
    for (const h of heads) expect(h).toHaveLength(1);
    const ningxia = texts.flatMap((t, i) => (t.includes("6401**********1014") ? [i] : []));
    const hefei = texts.flatMap((t, i) => (t.includes("3401**********1239") ? [i] : []));
    expect(ningxia.length).toBeGreaterThan(0);
    expect(hefei.length).toBeGreaterThan(0);
    for (const i of ningxia) expect(heads[i]).toEqual(["NX-YN-2021-0457"]);
    for (const i of hefei) expect(heads[i]).toEqual(["HF-2026-0815"]);
    // The first applicant's signature line ends its last page; the second's report starts on the next.
    const signed = texts.flatMap((t, i) => (t.includes("经办人（签字）") ? [i] : []));
    expect(signed).toHaveLength(2);
    expect(hefei[0]).toBe((signed[0] as number) + 1);
  }, 120_000);
});
