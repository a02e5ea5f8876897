import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { butie, REPO } from "../cli/memoryIo.js";

// Issue 8 §3: the case report printed by a real browser. Debian's chromium renders each bundled example's report
// to PDF; poppler's tools read it back. Skipped, and said so, where chromium or poppler is not installed.

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const POPPLER = ["pdfinfo", "pdftotext", "pdffonts"].every((tool) => {
  try {
    execFileSync(tool, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});
const missing = !CHROMIUM ? "chromium not found" : !POPPLER ? "poppler-utils not found" : "";
const ID = "340104199001011239";
const PROFILES = [
  ...readdirSync(join(REPO, "examples"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => `examples/${f}`),
  "test/fixtures-data/case-report/applicant.yaml",
];
const dir = mkdtempSync(join(tmpdir(), "butie-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Print an HTML file to PDF with headless chromium: no network, no profile, no header or footer. */
function printToPdf(html: string, name: string): string {
  const page = join(dir, `${name}.html`);
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(page, html);
  execFileSync(
    CHROMIUM as string,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${join(dir, `profile-${name}`)}`,
      "--no-pdf-header-footer",
      `--print-to-pdf=${pdf}`,
      `file://${page}`,
    ],
    { stdio: "ignore", timeout: 90_000 },
  );
  return pdf;
}

const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: "utf8" });

/** The text of the page that carries the signature line (zh or en), which must be there. */
function signedPage(pdf: string): string {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(tool("pdfinfo", pdf))?.[1]);
  const text = (page: number) =>
    tool("pdftotext", "-f", String(page), "-l", String(page), "-enc", "UTF-8", pdf, "-");
  const signed = Array.from({ length: pages }, (_, i) => text(i + 1)).filter((t) =>
    /经办人（签字）|Caseworker \(signature\)/.test(t),
  );
  expect(signed).toHaveLength(1);
  return signed[0] as string;
}

describe.skipIf(missing !== "")(
  `case report printed by chromium${missing ? ` (skipped: ${missing})` : ""}`,
  () => {
    for (const profile of PROFILES)
      it(`${profile}: at most two A4 pages, each headed and numbered, CJK font embedded, no unmasked ID number`, async () => {
        const { code, stdout } = await butie(["eval", profile, "--format", "html", "--as-of", "2021-09-01"]);
        expect(code).toBe(0);
        const pdf = printToPdf(stdout, profile.replace(/\W+/g, "-"));
        const info = tool("pdfinfo", pdf);
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        expect(pages).toBeGreaterThanOrEqual(1);
        // Three Ningxia programs with their conditions, currency caveats and the sources that decided them.
        expect(pages).toBeLessThanOrEqual(2);
        // Every page carries the case reference, the print date (the machine's today: --as-of is given) and its number.
        for (let page = 1; page <= pages; page++) {
          const text = tool("pdftotext", "-f", String(page), "-l", String(page), "-enc", "UTF-8", pdf, "-");
          expect(text).toMatch(/经办档案编号：(HF-2026-0815|（未填写）)/);
          expect(text).toMatch(/打印日期：\d{4}年\d{1,2}月\d{1,2}日/);
          expect(text).toContain(`第 ${page} 页，共 ${pages} 页`);
        }
        // A4 is 595 × 842 points.
        const [w, h] = (/^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info) ?? []).slice(1).map(Number);
        expect(Math.round(w as number)).toBe(595);
        expect(Math.round(h as number)).toBe(842);
        const text = tool("pdftotext", "-enc", "UTF-8", pdf, "-");
        expect(text).toContain("补贴资格测算报告");
        expect(text).toContain("经办人（签字）");
        expect(signedPage(pdf)).toContain("申报信息");
        expect(text.replace(/\s/g, "")).not.toContain(ID);
        expect(text).not.toMatch(/\d{17}[\dX]/);
        // Every font is embedded; the Chinese text comes out of them (Noto Sans CJK, which Skia embeds as Type 3,
        // or a named CJK TrueType font such as WenQuanYi).
        const fonts = tool("pdffonts", pdf).split("\n").slice(2).filter(Boolean);
        expect(fonts.length).toBeGreaterThan(0);
        for (const f of fonts) expect(f, "embedded").toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
        expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
      }, 120_000);

    // analyst2 F6: the signature never stands alone on a page; it is printed with the facts it attests (zh above,
    // English here; the Ningxia subsidy alone is the report that had its signature alone on page 2).
    const SUBSIDY_ONLY = "examples/ningxia-unemployment.yaml --program ningxia.unemployment-subsidy";
    for (const [profile, lang] of [
      ...PROFILES.map((p) => [p, "en"]),
      [SUBSIDY_ONLY, "zh"],
      [SUBSIDY_ONLY, "en"],
    ] as const)
      it(`${profile} (${lang}): the signature is on the page of the facts it attests`, async () => {
        const [file, ...rest] = profile.split(" ");
        const args = ["eval", file as string, ...rest, "--format", "html", "--as-of", "2021-09-01"];
        const { stdout } = await butie([...args, "--lang", lang]);
        const pdf = printToPdf(stdout, `signed-${lang}-${profile.replace(/\W+/g, "-")}`);
        expect(signedPage(pdf)).toContain(lang === "zh" ? "申报信息" : "Information given");
      }, 120_000);

    it("the applicant's report shows the masked ID number", async () => {
      const { stdout } = await butie(["eval", PROFILES.at(-1) as string, "--format", "html"]);
      const text = tool("pdftotext", "-enc", "UTF-8", printToPdf(stdout, "masked"), "-");
      expect(text).toContain("3401**********1239");
      expect(text).toContain("由身份证号码推算");
    }, 120_000);
  },
);
