import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { zip } from "../batch/zip.js";
import type { BadInput } from "./cases.js";
import { MINI_PROFILE } from "./mini.js";

// Issue 18, round 2: every reader goes through the shared guards (file type and size, encoding, limits of a
// workbook or a CSV row). Each case is also checked for no stack trace, no unmasked ID number and no raw
// control character, and in Chinese when it is an `input/…` error (corpus.test.ts).

const CSV = "person.sex,person.birthDate\nmale,1990-01-01\n";
const batchEn = (file: string, ...more: string[]) => ["batch", file, "--lang", "en", ...more];
const localSection = (name: string) =>
  `${name}:\n  label: { zh: 测试, en: Test }\n  fields:\n    x: { type: boolean, label: { zh: 某项, en: Something } }\n`;
const SHEET = "xl/worksheets/sheet1.xml";
const sheetXml = (cells: string) => `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
const ROSTER = readFileSync(new URL("../batch/fixtures/roster-openpyxl.xlsx", import.meta.url));
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** A workbook case: `batch b.xlsx` in English, refused with `says`, located at the file. */
const workbook = (
  name: string,
  bytes: Buffer,
  code: string,
  says: string | RegExp,
  file = "b.xlsx",
): BadInput => ({
  name,
  klass: "reader-guards",
  argv: batchEn(file),
  files: { [file]: bytes },
  exit: 2,
  code,
  at: `${file}:1:1`,
  says,
  within: 20_000,
  // The 50 MB cell took 1.76 GB and 10 million shared strings 1.47 GB: the test runner's peak stays below.
  peakMb: 1200,
});
const fifo = (name: string) => (dir: string) => execFileSync("mkfifo", [join(dir, name)]);

export const READER_CASES: readonly BadInput[] = [
  {
    name: "--param with 100,000 digits is refused by its length, not computed for minutes",
    klass: "reader-guards",
    argv: [
      "eval",
      "p.yaml",
      "--lang",
      "en",
      "--param",
      `hubei.startup-subsidy.standardSubsidy=${"9".repeat(100_000)}`,
    ],
    files: { "p.yaml": MINI_PROFILE },
    exit: 2,
    says: /--param hubei\.startup-subsidy\.standardSubsidy=9+…\(\+\d+\): the value is longer than 100 characters/,
  },
  {
    name: "--param of batch with 101 digits, in Chinese by default",
    klass: "reader-guards",
    argv: ["batch", "in.csv", "--param", `hubei.startup-subsidy.standardSubsidy=${"9".repeat(101)}`],
    files: { "in.csv": CSV },
    exit: 2,
    says: "值超过 100 个字符",
  },
  {
    name: "a FIFO as the batch input is refused, not waited on",
    klass: "reader-guards",
    argv: batchEn("in.csv"),
    setup: fifo("in.csv"),
    exit: 2,
    code: "input/unreadable",
    at: "in.csv:1:1",
    says: "it is a pipe (FIFO)",
  },
  {
    name: "/dev/zero as the batch input is refused, not read without end",
    klass: "reader-guards",
    argv: batchEn("/dev/zero"),
    exit: 2,
    code: "input/unreadable",
    says: "it is a device",
  },
  {
    name: "a directory as the batch input",
    klass: "reader-guards",
    argv: batchEn("in.csv"),
    setup: (dir) => mkdirSync(join(dir, "in.csv")),
    exit: 2,
    code: "input/unreadable",
    at: "in.csv:1:1",
    says: "it is a directory",
  },
  {
    name: "/dev/zero as the --columns map",
    klass: "reader-guards",
    argv: batchEn("in.csv", "--columns", "/dev/zero"),
    files: { "in.csv": CSV },
    exit: 2,
    code: "input/unreadable",
    says: "it is a device",
  },
  {
    name: "a FIFO as the --columns map",
    klass: "reader-guards",
    argv: batchEn("in.csv", "--columns", "map.yaml"),
    files: { "in.csv": CSV },
    setup: fifo("map.yaml"),
    exit: 2,
    code: "input/unreadable",
    at: "map.yaml:1:1",
    says: "it is a pipe (FIFO)",
  },
  {
    name: "a --columns map larger than 1 MiB",
    klass: "reader-guards",
    argv: batchEn("in.csv", "--columns", "map.yaml"),
    files: { "in.csv": CSV, "map.yaml": `# ${"x".repeat(1024 * 1024)}\n` },
    exit: 2,
    code: "input/too-large",
    at: "map.yaml:1:1",
  },
  {
    name: "a --columns map saved in GBK is read right",
    klass: "reader-guards",
    argv: batchEn(
      "in.csv",
      "--columns",
      "map.yaml",
      "--format",
      "ndjson",
      "--program",
      "hubei.startup-subsidy",
    ),
    files: {
      "in.csv": "XB,CSRQ\n男,1990-01-01\n",
      "map.yaml": iconv.encode("XB: 性别\nCSRQ: 出生日期\n", "gbk"),
    },
    exit: 0,
    says: '"row":2',
    never: /"errors?"|unknown|cannot/,
  },
  ...["toString", "constructor"].map(
    (name): BadInput => ({
      name: `a local fields.yaml section named ${name} is a plain name`,
      klass: "reader-guards",
      argv: ["eval", "p.yaml", "--rules", "r", "--lang", "en", "--format", "json"],
      files: { "p.yaml": `${name}: { x: true }\n`, "r/fields.yaml": localSection(name) },
      exit: 0,
      never: /unknown-key|internal/,
    }),
  ),
  {
    name: "a local fields.yaml section named __proto__ is refused by name, located",
    klass: "reader-guards",
    argv: ["eval", "p.yaml", "--rules", "r", "--lang", "en"],
    files: { "p.yaml": MINI_PROFILE, "r/fields.yaml": localSection("__proto__") },
    exit: 2,
    code: "schema/invalid",
    at: "r/fields.yaml:1:1",
    says: "__proto__ cannot be the name of a section or field",
  },
  {
    name: "a local field named __proto__ is refused, in Chinese by default",
    klass: "reader-guards",
    argv: ["eval", "p.yaml", "--rules", "r"],
    files: {
      "p.yaml": MINI_PROFILE,
      "r/fields.yaml": localSection("extra").replace("    x:", "    __proto__:"),
    },
    exit: 2,
    at: "r/fields.yaml:4:5",
    says: "__proto__ 不能用作分组或字段的名称",
  },
  {
    name: "a local fields.yaml that is a FIFO",
    klass: "reader-guards",
    argv: ["eval", "p.yaml", "--rules", "r", "--lang", "en"],
    files: { "p.yaml": MINI_PROFILE, "r/mini.yaml": "" },
    setup: fifo("r/fields.yaml"),
    exit: 2,
    code: "input/unreadable",
    says: "it is a pipe (FIFO)",
  },
  {
    name: "a profile of 80,000 unknown keys is read in seconds (the parser's duplicate check took minutes)",
    klass: "reader-guards",
    argv: ["eval", "p.yaml", "--lang", "en"],
    files: { "p.yaml": `person:\n${Array.from({ length: 80_000 }, (_, i) => `  k${i}: 1\n`).join("")}` },
    exit: 2,
    code: "profile/unknown-key",
    at: "p.yaml:80001:3",
    // Measured 197 s before; about 10 s on the loaded test machine now (most of it locating 80,000 errors).
    within: 45_000,
  },
  {
    name: "a key written twice in the second document of a file is named where it is",
    klass: "reader-guards",
    argv: ["eval", "p.yaml", "--lang", "en"],
    files: { "p.yaml": `${MINI_PROFILE}---\nperson:\n  sex: male\n  sex: female\n` },
    exit: 2,
    code: "yaml/syntax",
    at: "p.yaml:6:3",
    says: 'the key "sex" is written twice',
  },
  {
    name: "an NDJSON profile line nested 900 deep is a located error",
    klass: "reader-guards",
    argv: ["eval", "p.ndjson", "--lang", "en"],
    files: { "p.ndjson": `{"person": {}}\n{"person": ${"[".repeat(900)}${"]".repeat(900)}}\n` },
    exit: 2,
    code: "yaml/syntax",
    at: "p.ndjson:2:",
    says: "nested too deeply",
  },
  workbook(
    "an .xlsx that is CSV text, not a zip",
    Buffer.from(CSV),
    "input/unreadable",
    "is not an .xlsx file",
  ),
  workbook(
    "a password-protected .xlsx (an encrypted OLE file)",
    Buffer.concat([OLE, Buffer.alloc(600), Buffer.from("EncryptedPackage", "utf16le")]),
    "input/unreadable",
    "password-protected",
  ),
  workbook(
    "an .xls that SheetJS cannot open",
    Buffer.concat([OLE, Buffer.alloc(100)]),
    "input/unreadable",
    "old-format (.xls)",
    "b.xls",
  ),
  workbook(
    "a truncated .xlsx (half a download)",
    ROSTER.subarray(0, ROSTER.length >> 1),
    "input/unreadable",
    "cut short",
  ),
  workbook(
    "an .xlsx declaring XML entities (billion laughs)",
    zip({
      "xl/sharedStrings.xml": `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>`,
      [SHEET]: sheetXml('<c r="A1" t="s"><v>0</v></c>'),
    }),
    "input/unreadable",
    "declares XML entities",
  ),
  workbook(
    "a cell reference beyond column XFD",
    zip({ [SHEET]: sheetXml('<c r="XFE1"><v>1</v></c>') }),
    "input/unreadable",
    "cell reference XFE1 is beyond the last column XFD",
  ),
  workbook(
    "a row beyond 1,048,576",
    zip({
      [SHEET]:
        '<worksheet><sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData></worksheet>',
    }),
    "input/unreadable",
    "cell reference A1048577 is beyond",
  ),
  workbook(
    "a 50 KB .xlsx hiding a 50 MB cell (it took 1.76 GB)",
    zip({ [SHEET]: sheetXml(`<c r="A1" t="inlineStr"><is><t>${"a".repeat(50_000_000)}</t></is></c>`) }),
    "input/too-large",
    "a cell holds more than 32767 characters",
  ),
  workbook(
    "a workbook of 1,000,001 shared strings (10 million took 1.47 GB)",
    zip({
      "xl/sharedStrings.xml": `<sst>${"<si><t>a</t></si>".repeat(1_000_001)}</sst>`,
      [SHEET]: sheetXml(""),
    }),
    "input/too-large",
    "more than 1000000 distinct texts",
  ),
  {
    name: "a CSV quote that never closes: located, the records before it accounted for",
    klass: "reader-guards",
    argv: batchEn("in.csv", "--format", "ndjson"),
    files: { "in.csv": `${CSV}"female,1991-01-01\nmale,1992-01-01\n` },
    exit: 2,
    says: /in\.csv line 3: the quotes of the record starting here do not pair up[^\n\\]*\n {2}the 1 records before it were evaluated/,
  },
  {
    name: "a CSV row of 1,000,000 columns (123 s and 152 MB of messages)",
    klass: "reader-guards",
    argv: batchEn("in.csv", "--format", "ndjson"),
    files: { "in.csv": `${CSV}${",".repeat(1_000_000)}\n` },
    exit: 2,
    says: /in\.csv line 3: this record has more than 2000 columns[^\n\\]*\n {2}the 1 records before it were evaluated/,
    within: 20_000,
  },
  {
    name: "a CSV cell of 40,000 characters, in Chinese by default",
    klass: "reader-guards",
    argv: ["batch", "in.csv", "--format", "ndjson"],
    files: { "in.csv": `${CSV}male,${"1".repeat(40_000)}\n` },
    exit: 2,
    says: /in\.csv 第 3 行：这条记录有单元格超过 32767 个字符/,
  },
  {
    name: "a CSV line of 5 MB without a line break is refused at the line it starts on",
    klass: "reader-guards",
    argv: batchEn("in.csv", "--format", "ndjson"),
    files: { "in.csv": `${CSV}${"x".repeat(5_000_000)}` },
    exit: 2,
    says: /in\.csv line 3: this record is longer than 4194304 characters[\s\S]*the 1 records before it were evaluated/,
    within: 20_000,
  },
  {
    name: "--as-of 9999-12-31 is refused: no law is evaluated then",
    klass: "usage",
    argv: ["eval", "p.yaml", "--lang", "en", "--as-of", "9999-12-31"],
    files: { "p.yaml": MINI_PROFILE },
    exit: 2,
    says: "--as-of 9999-12-31: give a date in the years 1900–2199",
  },
  {
    name: "--as-of 1899-12-31 in Chinese, for batch too",
    klass: "usage",
    argv: ["batch", "in.csv", "--as-of", "1899-12-31"],
    files: { "in.csv": CSV },
    exit: 2,
    says: "--as-of 1899-12-31：请给出 1900–2199 年之间的日期",
  },
];
