import type { Entry } from "../catalogue.js";
import { writeFaultEn } from "../writeFault.js";
import type { GeneralParams } from "./params.js";

/** English words of the general messages: usage, files, statuses, units, currency, rules. */
export const enGeneral = {
  "usage/as-of": ({ value }) => `--as-of ${value} is not a calendar date YYYY-MM-DD`,
  "usage/as-of-years": ({ value, from, to }) => `--as-of ${value}: give a date in the years ${from}–${to}`,
  "usage/stdin-twice": "stdin (-) can be read only once",
  "usage/program-missing": "--program needs a program id; see `butie rules list`",
  "usage/program-unknown": ({ id, suggestion }) =>
    `unknown program \`${id}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}`,
  "usage/param-unknown": ({ program, parameter, suggestion }) =>
    `${program} has no parameter \`${parameter}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}`,
  "usage/param-kind": ({ name, want, value, got }) => `${name} is a ${want}; ${value} gives a ${got}`,
  "usage/param-shape": ({ text }) => `--param ${text}: expected <program>.<parameter>[@YYYY-MM-DD]=<value>`,
  "usage/param-date": ({ text, date }) => `--param ${text}: ${date} is not a calendar date`,
  "usage/param-one-of": ({ name, allowed, value }) =>
    `${name} can only be ${allowed.join(" or ")}; ${value} cannot be honoured`,
  "usage/param-unit": ({ name, problem, key, value }, inner) =>
    `${name}: ${key === undefined ? inner(problem) : inner({ code: "words/unit-entry", params: { key, problem: inner(problem) } })} (${value})`,
  "usage/region": ({ value }) => `--region ${value} is not a GB/T 2260 region code`,
  "usage/param-too-long": ({ option, limit }) =>
    `--param ${option}: the value is longer than ${limit} characters; a parameter value is a number, a date or a short word`,
  "usage/encoding": ({ value }) => `--encoding ${value}: unknown encoding (try utf8, gbk or gb18030)`,
  "usage/jobs": ({ value, max, cores }) =>
    `--jobs ${value}: expected a whole number from 1 to ${max} (this machine has ${cores} processors; more threads are only slower and use more memory)`,
  "usage/stale-years": ({ value }) => `--stale-years ${value}: expected a whole number of years ≥ 1 (e.g. 5)`,
  "check/from-build":
    "(the build's check of the bundled rules, reused: no file below rules/ has changed since)",
  "usage/xlsx-needs-out": "--format xlsx writes a file: give --out <file.xlsx>",
  "usage/save-no-directory": ({ file, dir }) => `--save ${file}: the directory ${dir} does not exist`,
  "usage/save-is-directory": ({ file }) => `--save ${file}: it is a directory`,
  "usage/save-failed": ({ file, reason }) => `cannot write ${file}: ${reason}`,
  "usage/unknown-option": ({ option, suggestion }) =>
    `unknown option '${option}'${suggestion ? ` (did you mean ${suggestion}?)` : ""}`,
  "usage/unknown-command": ({ command, suggestion }) =>
    `unknown command '${command}'${suggestion ? ` (did you mean ${suggestion}?)` : ""}`,
  "usage/missing-argument": ({ name }) => `missing required argument '${name}'`,
  "usage/option-needs-value": ({ option }) => `option '${option}' needs a value`,
  "usage/option-choice": ({ option, value, choices }) =>
    `option '${option}': ${value} is not allowed; use one of ${choices}`,
  "usage/too-many-arguments": ({ command, expected, got }) =>
    `too many arguments${command ? ` for '${command}'` : ""}: expected ${expected}, got ${got}`,
  "file/directory": "cannot read: it is a directory",
  "file/fifo": "cannot read: it is a pipe (FIFO), not a regular file",
  "file/device": "cannot read: it is a device, not a regular file",
  "file/socket": "cannot read: it is a socket, not a regular file",
  "file/not-regular": "cannot read: it is not a regular file",
  "file/no-such-file": "cannot read: no such file",
  "file/not-a-directory": "cannot read: a part of the path is not a directory",
  "file/permission": "cannot read: permission denied",
  "file/loop": "cannot read: too many symbolic links (a loop?)",
  "file/name-too-long": "cannot read: the file name is too long",
  "file/io-error": ({ code }) => `cannot read: ${code}`,
  "file/too-large": ({ size }) => `the file is larger than ${size}, the most butie reads`,
  "file/utf16":
    "the file is UTF-16 (as Windows PowerShell writes with `>`); save it as UTF-8, e.g. `Out-File -Encoding utf8`",
  "file/utf32": "the file is UTF-32; save it as UTF-8",
  "file/binary": "this is not a text file (it contains NUL bytes); give a YAML or JSON file",
  "file/not-utf8": "the file is not valid UTF-8 (perhaps GBK); save it as UTF-8",
  "file/too-deep": ({ limit }) =>
    `the file is nested too deeply (more than ${limit} levels; a profile or rule file needs a few)`,
  "file/yaml-quote-braces": ({ reason }) =>
    `${reason}: a text on this line holds {…} (a placeholder); inside { … } it must be quoted, as "at least {minimumMonths} months"`,
  "file/json-strict": ({ reason }) =>
    `not strict JSON: ${reason} (a .json file allows no comments, trailing commas or single quotes)`,
  "file/yaml-collection-key":
    "a key cannot be a list or a mapping (`[…]`, `{…}`, `? - …`): write a field name",
  "file/yaml-directive": "`%` directives are not accepted: butie reads YAML 1.2 as written",
  "file/yaml-tag": ({ tag }) => `tags such as \`${tag}\` are not accepted; write the plain value`,
  "file/number-infinite": ({ value }) => `${value} is too large (or not a number); numbers must be finite`,
  "file/duplicate-key": ({ key }) => `the key ${key} is written twice in the same mapping; keep one`,
  "file/reserved-name": ({ name }) => `${name} cannot be the name of a section or field; choose another name`,
  "file/csv-quote":
    'a quoted cell is not closed: a `"` opens it and no `"` ends it before the end of the file',
  "file/not-zip": "this is not an .xlsx file (an .xlsx is a zip archive); save the sheet as .xlsx or CSV",
  "file/ole":
    "this is an old-format (.xls) or password-protected workbook, which butie cannot open; remove the password and save as .xlsx or CSV",
  "file/truncated": "the workbook is cut short (an incomplete download or copy?); save it again",
  "file/dtd":
    "the workbook declares XML entities (a DTD), which butie refuses; save it again from a spreadsheet program",
  "file/cell-ref": ({ ref }) =>
    `cell reference ${ref} is beyond the last column XFD or row 1048576 of a sheet`,
  "file/too-many-columns": ({ limit }) => `a row has more than ${limit} columns, more than butie reads`,
  "file/cell-too-long": ({ limit }) => `a cell holds more than ${limit} characters, more than butie reads`,
  "file/too-many-strings": ({ limit }) =>
    `the workbook holds more than ${limit} distinct texts, more than butie reads`,
  "file/unpacked-too-large": ({ size }) => `the workbook unpacks to more than ${size}, more than butie reads`,
  "file/sheet-too-many-cells": ({ limit }) =>
    `the sheet has more than ${limit} cells with a value, more than butie reads at once; split the list into several files, or save it as CSV`,
  "file/row-too-large": ({ size }) => `one row of the sheet holds more than ${size}, more than butie reads`,
  "file/number-notation": ({ value }) =>
    `${value} is not a decimal number (hexadecimal, octal or binary notation); write the number in decimal digits`,
  "file/names-directory": ({ file }) =>
    `cannot write ${file}: a name ending in / (or /., /..) names a directory, not a file; give a file name`,
  "file/write-not-regular": ({ file }) =>
    `cannot write ${file}: it is not a regular file (a device, pipe, directory or symbolic link); give a file name`,
  "file/write-failed": ({ file, code }) => `cannot write ${file}: ${writeFaultEn(code)}`,
  "file/no-directory": ({ file, dir }) => `cannot write ${file}: the directory ${dir} does not exist`,
  "diagnostic/warning": ({ message }) => `(warning) ${message}`,
  "usage/sheet-missing": ({ file, sheet, sheets, hidden }) =>
    `${file}: ${sheet ? `no sheet "${sheet}" (visible sheets by number: ${sheets || "none"}; numbers count visible sheets only)` : "no visible sheet"}${hidden ? `; hidden sheets: ${hidden} (choose them by name)` : ""}`,
  "usage/sheet-unreadable": ({ file, reason }) => `${file}: cannot read this spreadsheet (${reason})`,
  "usage/header-row": ({ value }) => `--header-row ${value}: expected a row number (a whole number from 1)`,
  "usage/header-row-empty": ({ file, row }) =>
    `${file}: row ${row} is empty or absent; it cannot be the header`,
  "usage/no-header-row": ({ file, rows, first }) =>
    `${file}: no header among the ${rows} rows from row ${first} (no cell is a known column name). Say which row holds the header with --header-row <row>; see the column names with butie batch --list-columns, and map others with --columns`,
  "usage/no-field-columns": ({ file, row }) =>
    `${file}: no column of the header (row ${row}) fills a profile field, so every record would be empty; name the real header row with --header-row, or map the columns with --columns`,
  "status/eligible": "Eligible",
  "status/undetermined": "Needs information",
  "status/ineligible": "Not eligible",
  "status/not-applicable": "Not applicable",
  "status/lawUnknown": "Law unconfirmed",
  "reason/not-in-force": "not in force on the as-of date",
  "reason/outside-jurisdiction": "outside the program's region",
  "reason/no-section": "the profile does not describe this situation",
  "currency/caveat": ({ items }) =>
    `No public source found confirms these after the date below, earlier than this answer (or a month paid); check with the office that they still apply: ${items}`,
  "currency/item": ({ what, confirmed, horizon }) =>
    `${what}: ${[confirmed, horizon].filter(Boolean).join("; ")}`,
  "currency/term": "Whether the programme still runs",
  "currency/confirmed": ({ on, source }) => `confirmed up to ${on} (${source})`,
  "currency/horizon": ({ on }) => `unknown from ${on}`,
  "currency/several": ({ first, n }) => `${first} and ${n - 1} more`,
  "currency/fact": ({ what, since, on, source, why, unknownFrom }) =>
    `${what} (from ${since}): ${on ? `last confirmed ${on} (${source})` : "no confirmation date"}${unknownFrom ? `; ${why}, so unknown from ${unknownFrom}` : ""}`,
  "currency/unknownAmount": ({ label, on, why, last, since }) =>
    `Amount unknown: ${label} is unknown from ${on} (${why}) and no newer figure is published; last known ${last} (from ${since})`,
  "currency/inForceOpen": ({ on, why }) => `No public source confirms it still runs from ${on} (${why})`,
  "currency/ifInForce": ({ amount }) => `if still in force: ${amount}`,
  "ui/asOf": "As of",
  "ui/today": " (today, the default)",
  "ui/program": "Program",
  "ui/status": "Status",
  "ui/amount": "Amount",
  "ui/arithmetic": "Arithmetic",
  "ui/inputs": "Inputs",
  "ui/parameters": "Parameters",
  "ui/conditions": "Conditions",
  "ui/missing": "Still needed",
  "ui/sources": "Sources",
  "ui/since": "since",
  "ui/perMonth": "yuan/month",
  "ui/once": "yuan (once)",
  "ui/atMostMonths": "at most {n} months, {total} yuan in all",
  "ui/unknownAmount": "amount unknown",
  "ui/noResults": "No programs apply. Use --all to list every program.",
  "ui/case": "Case",
  "ui/monthsCase": "Months case",
  "ui/namedValues": "Values",
  "ui/note": "Note",
  "ui/unknown": "unknown",
  "ui/overridden": "overridden",
  "ui/upTo": "up to ",
  "ui/notMet": "not met",
  "ui/reasons": "Why",
  "ui/namedPlain": "Values worked out",
  "ui/monthsCasePlain": "Months case",
  "ui/schedule": "Month by month",
  "ui/caveats": "To be confirmed by the caseworker",
  "ui/priority": "Priority",
  "ui/questions": "Still to answer",
  "ui/elsewhere": "Programs elsewhere (your place is not given; they concern you only if you are there)",
  "ui/elsewhereHint": "Use --all to see them in full.",
  "ui/monthsTotalUnknown": ({ head, months }) => `${head}, for ${months}, total not yet known`,
  "ui/kind/paid-by-person": "this is what the person pays in, to their own account; it is not money received",
  "ui/kind/paid-to-employer": "this is a reward paid to the employer, not to a person",
  "ui/paidIn": "paid in ",
  "ui/withParenthesis": ({ text, assumed }) => `${text} (${assumed})`,
  "ui/clauseSeparator": "; ",
  "ui/othersSummary": ({ held, open }) => `Of the others, ${held} met${open ? `, ${open} open` : ""}`,
  "ui/toBeDecided": "unknown",
  "ui/priorityYes": "Has priority",
  "ui/priorityNo": "No priority",
  "ui/priorityOpen": "Priority not yet known",
  "ui/undeterminedNeeds": ({ n }) => `Not yet decided: ${n} answers needed`,
  "ui/lawUnknown": ({ on, ifInForce }) =>
    `Not yet certain: no public source confirms it still runs from ${on}${ifInForce ? `; ${ifInForce}` : ""}`,
  "ui/ineligibleBecause": ({ first, n }) =>
    `Not eligible: “${first}” is not met${n > 1 ? ` and ${n - 1} more` : ""}`,
  "ui/eligible": "Eligible",
  "ui/eligibleNote": ({ note }) => `Eligible; ${note}`,
  "ui/eligibleAmountOpen": "Eligible; the amount depends on what is not given",
  "ui/eligibleAmount": ({ amount }) => `Eligible: an estimated ${amount}`,
  "ui/perMonthAmount": ({ v, upTo }) => `${upTo ? "up to " : ""}${v} a month`,
  "ui/onceAmount": ({ v, upTo }) => `${upTo ? "up to " : ""}${v} once`,
  "ui/monthlyFrom": ({ month, v }) => `${v} a month from ${month}`,
  // fix-render (law F6): a monthly amount unknown from a later month.
  "ui/unknownFrom": ({ month }) => `unknown from ${month}`,
  "ui/listComma": ", ",
  "ui/monthsAndTotal": ({ head, months, total }) => `${head}, for at most ${months}, ${total} in all`,
  "ui/possibleValues": ({ values }) => `: ${values}`,
  "ui/possibleRange": ({ lo, hi }) => `: at least ${lo}, at most ${hi}`,
  "ui/elsewhereLine": ({ label, where, title, shown, total }) =>
    `If your ${label.toLowerCase()} is in ${where}: ${title}${shown ? ` — needs ${shown}${total > 3 ? ` and ${total - 3} more` : ""}` : ""}`,
  "ui/setBy": ({ label, value, by }) => `${label} ${value}: set by ${by}`,
  "ui/recordsPassed": ({ label, n, passed, people }) =>
    `${label}: ${passed} of ${n}${people ? (n === 1 ? " person" : " people") : ""} qualify`,
  "ui/recordNumber": ({ n, people }) => (people ? `person ${n}` : `#${n}`),
  "ui/recordNotMet": ({ failed }) => `not met: ${failed}; `,
  "ui/enumComma": ", ",
  "ui/or": " or ",
  "ui/recordLine": ({ mark, n, why, values }) => `${mark} ${n}: ${why}${values}`,
  "ui/replaced": ({ file, replaces, bundled }) =>
    `local rules ${file} replace the ${bundled ? "bundled" : "local"} ${replaces}`,
  // fix-report (analyst2 F3): where a local value or program comes from, in words (its source; no file path).
  "ui/setByLocalRule": ({ label, value, source }) => `${label} ${value}: a local rule, per ${source}`,
  "ui/replacesRules": ({ bundled }) =>
    `This program follows local rules, which replace ${bundled ? "the bundled rules" : "another local directory's rules"}`,
  "subject/person": "person",
  "subject/employer": "employer",
  // fix-render (analyst F5): the amount's period, its parts and parameter units in words, not rule-file codes.
  "rules/per": ({ per, atMost }) =>
    `Paid: ${per === "month" ? "monthly" : "once"}${atMost ? " (at most)" : ""}`,
  "rules/value": ({ text }) => `Amount: ${text}`,
  "rules/months": ({ text }) => `Months: ${text}`,
  "rules/unit": ({ unit }) =>
    ` (unit: ${({ "yuan/month": "yuan a month", persons: "persons" } as Record<string, string>)[unit] ?? unit})`,
  "rules/headProgram": "Program / title",
  "rules/place": "Place",
  "rules/inForce": "In force",
  "rules/confirmedUpTo": "Confirmed up to",
  "rules/unknownFrom": ({ on }) => `unknown from ${on}`,
  "rules/subject": "Subject",
  "rules/file": "File",
  "rules/named": "Named values",
  "rules/conditions": "Conditions (all must hold)",
  "rules/amount": "Amount",
  "rules/parameters": "Parameters (by effective date)",
  "rules/sources": "Sources",
  "rules/assumes": "assumes",
  "rules/priority": "Priority (ranks applicants; never excludes)",
  "rules/caveats": "Caveats for the caseworker",
  "rules/excludes": "Not together with",
  "usage/rules-action": ({ action }) =>
    `unknown action \`${action}\`; use \`rules list\` or \`rules show <id>\``,
  "usage/rules-show-id": "`rules show` needs a program id; see `butie rules list`",
  "unit/yuan": "yuan",
  "unit/yuan/month": "yuan/month",
  "unit/months": "months",
  "unit/years": "years",
  "usage/no-such-path": ({ path }) => `no such file or directory: ${path}`,
  "usage/not-a-file": ({ path }) => `${path} is neither a directory nor a regular file`,
  "usage/min-coverage": ({ value }) => `--min-coverage ${value}: expected a percentage from 0 to 100`,
  "usage/cannot-read": ({ path, reason }) => `cannot read ${path}: ${reason}`,
  "usage/no-such-file": ({ path }) => `cannot read ${path}: no such file`,
  // Office spreadsheets into batch (sheets helper, wave 9)
  "batch/columnsUnit": ({ word, factor, into }) =>
    ` (this column is in ${unitEn(word)}: each number × ${factor} is read as ${unitEn(into)}, said in the run)`,
  "batch/columnsUnitApart": ({ path, label, word, into }) =>
    `the header says the column is in ${unitEn(word)}, but ${path} (${label}) is counted in ${unitEn(into)}, with no exact conversion: convert the cells first, or keep ~ (ignore the column)`,
  "batch/columnUnit": ({ header, label, word, into }) =>
    `column "${header}" says it is in ${unitEn(word)}, but ${label.en} is counted in ${unitEn(into)}, with no exact conversion; convert the cells first, or map the column to ~ in --columns to ignore it`,
  "batch/columnUnitRead": ({ header, word, factor, into }) =>
    `column "${header}" is in ${unitEn(word)}: each number × ${factor} is read as ${unitEn(into)}`,
  "batch/unitNotWhole": ({ value, word, converted, into }) =>
    `${value} ${unitEn(word)} is ${converted} ${unitEn(into)}, not a whole number`,
  "batch/outIsInput": ({ file }) =>
    `--out ${file} is the roster being read (the same file or a link to it): the results would replace it; give another file name`,
  "batch/outWorkbookKind": ({ file, ext }) =>
    `--out ${file}: butie cannot write .${ext}; results are written as .xlsx (an Excel workbook), .csv or .ndjson`,
  "batch/mergeOnlyRows": ({ n, rows }) =>
    `${n} row(s) (${rows}) hold nothing of their own but values of merged cells above: not records, skipped`,
  "batch/mergeAcross": ({ file, range, columns }) =>
    `${file}: the merged range ${range} spans several field columns (${columns}): one value cannot answer several columns; unmerge it and fill each column`,
  "batch/hiddenChosen": ({ sheet }) => `the sheet "${sheet}" is hidden; reading it as --sheet asks`,
  "batch/skippedRows": ({ kind, n, rows }) =>
    `skipped ${n} ${{ blank: "blank row(s)", total: "total row(s) (a 合计 or 小计 row is no applicant)", footer: "footer row(s) (以下空白, 制表人, 审核人, 注 …)" }[kind]}: row(s) ${rows}`,
  "batch/emptyInput": ({ file, sheet }) =>
    sheet
      ? `${file}: no header row, the sheet "${sheet}" is empty; choose the sheet with the roster with --sheet <name or number>`
      : `${file}: no header row, the file is empty (if an export is still being written, wait for it to finish)`,
} satisfies { readonly [K in keyof GeneralParams]: Entry<GeneralParams[K]> };

// A unit a header names, or a field's unit, in English.
const UNIT_EN: Record<string, string> = {
  months: "months",
  月: "months",
  个月: "months",
  月数: "months",
  years: "years",
  年: "years",
  岁: "years of age",
  周岁: "years of age",
  yuan: "yuan",
  "yuan/month": "yuan",
  元: "yuan",
  块: "yuan",
  "元/月": "yuan a month",
  千元: "thousands of yuan",
  万元: "ten thousands of yuan",
  "千元/月": "thousands of yuan a month",
  "万元/月": "ten thousands of yuan a month",
  "%": "percent",
};
const unitEn = (word: string) => UNIT_EN[word] ?? word;
