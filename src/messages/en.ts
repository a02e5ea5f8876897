import type { Catalogue } from "./catalogue.js";

/** The English catalogue (`--lang en`). */
export const en: Catalogue = {
  "usage/as-of": ({ value }) => `--as-of ${value} is not a calendar date YYYY-MM-DD`,
  "usage/stdin-twice": "stdin (-) can be read only once",
  "usage/program-missing": "--program needs a program id; see `butie rules list`",
  "usage/program-unknown": ({ id, suggestion }) =>
    `unknown program \`${id}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}`,
  "usage/region": ({ value }) => `--region ${value} is not a GB/T 2260 region code`,
  "usage/encoding": ({ value }) => `--encoding ${value}: unknown encoding (try utf8, gbk or gb18030)`,
  "usage/jobs": ({ value }) => `--jobs ${value}: expected a whole number ≥ 1`,
  "usage/xlsx-needs-out": "--format xlsx writes a file: give --out <file.xlsx>",
  "usage/columns-unreadable": ({ path, reason }) => `--columns ${path}: cannot read it (${reason})`,
  "usage/save-no-directory": ({ file, dir }) => `--save ${file}: the directory ${dir} does not exist`,
  "usage/save-is-directory": ({ file }) => `--save ${file}: it is a directory`,
  "usage/save-failed": ({ file, reason }) => `cannot write ${file}: ${reason}`,
  "diagnostic/warning": ({ message }) => `(warning) ${message}`,
  "batch/rows": ({ n, failed }) => `${n} records, ${failed} with errors`,
  "batch/perMonth": ({ v }) => `monthly ${v}`,
  "batch/allPaid": ({ v }) => `total ${v}`,
  "batch/amountUnknown": ({ n }) => `amount unknown ${n}`,
  "batch/caveated": ({ n }) => `of which to verify: ${n}`,
  "batch/reform": ({ params }) => `Reform impact (same records, same date): ${params}`,
  "batch/changed": ({ n }) => `Records whose result changes: ${n}`,
  "batch/notApplicable": ({ n }) => `Not applicable: ${n}`,
  "usage/sheet-missing": ({ file, sheet, sheets }) =>
    sheet
      ? `${file}: no sheet "${sheet}" (there are: ${sheets})`
      : `${file}: no visible sheet (there are: ${sheets})`,
  "usage/sheet-unreadable": ({ file, reason }) => `${file}: cannot read this spreadsheet (${reason})`,
  "usage/header-row": ({ value }) => `--header-row ${value}: expected a row number (a whole number from 1)`,
  "usage/header-row-empty": ({ file, row }) =>
    `${file}: row ${row} is empty or absent; it cannot be the header`,
  "usage/no-header-row": ({ file, rows, first }) =>
    `${file}: no header among the ${rows} rows from row ${first} (no cell is a known column name). Say which row holds the header with --header-row <row>; see the column names with butie batch --list-columns, and map others with --columns`,
  "usage/no-field-columns": ({ file, row }) =>
    `${file}: no column of the header (row ${row}) fills a profile field, so every record would be empty; name the real header row with --header-row, or map the columns with --columns`,
  "batch/hiddenSkipped": ({ sheets, sheet }) => `skipped the hidden sheet(s) ${sheets}; reading "${sheet}"`,
  "batch/otherSheets": ({ sheet, others }) =>
    `reading only the first visible sheet "${sheet}"; there is also ${others} (choose with --sheet <name or number>)`,
  "batch/mergedSpread": ({ ranges, n }) =>
    `${n} vertically merged cell range(s) (${ranges}${n > 5 ? ", …" : ""}): the value applies to every row it covers`,
  "batch/titleRows": ({ from, to, header }) =>
    from === to
      ? `row ${from} is above the header (a title) and was skipped; the header is row ${header}`
      : `rows ${from}–${to} are above the header (titles) and were skipped; the header is row ${header}`,
  "batch/inputChanged": ({ file, read, size }) =>
    `${file} changed while it was read (${read} bytes read, ${size} bytes now): it may still be being exported or copied. Run again once it is complete`,
  "batch/mixedEncoding": ({ file, line }) =>
    `${file} line ${line}: these bytes are not UTF-8 while the text before is: the file mixes encodings. Save it all as UTF-8, or name the encoding with --encoding`,
  "batch/brokenQuote": ({ file, line }) =>
    `${file} line ${line}: the quotes of the record starting here do not pair up, so reading stops (a quote inside a cell is written twice: "")`,
  "batch/keptStdout": ({ n }) =>
    `the ${n} records before it were evaluated and written; the records after it were not read`,
  "batch/keptNoFile": ({ n, out }) =>
    `${n} records before it were evaluated, but ${out} was not written (an earlier file there is unchanged)`,
  "batch/writeFailed": ({ file, code }) =>
    `cannot write ${file}: ${
      code === "ENOSPC" || code === "EDQUOT"
        ? "the disk is full"
        : code === "EROFS"
          ? "the place is read-only (a read-only USB stick or network drive, say)"
          : code === "EACCES" || code === "EPERM"
            ? "no permission to write there"
            : code === "ENOENT" || code === "ENOTDIR"
              ? "the directory does not exist"
              : "the disk failed"
    } (${code})`,
  "batch/interrupted": ({ signal }) => `interrupted (${signal === "SIGINT" ? "Ctrl-C" : signal})`,
  "ask/noTty":
    "butie ask needs an interactive terminal. Without one, evaluate a profile with `butie eval <profile>`, or replay the questionnaire with `butie ask --replay <profile>`.",
  "ask/situations": "Which of these apply to you? (space to select, Enter to confirm; Enter alone for none)",
  "ask/replayOf": "Questionnaire replay",
  "ask/situationsChosen": "Situations",
  "ask/asked": ({ n }) => `${n} questions asked.`,
  "ask/nothingToAsk": "Nothing to ask.",
  "ask/declinedHeader": "Questions you skipped that still leave results open:",
  "ask/saved": ({ file }) => `Answers saved to ${file} (evaluate again with butie eval ${file}).`,
  "ask/interrupted": "Interrupted.",
  "ask/notSaved": ({ n }) => `The ${n} answers given were not saved (add --save <file> to keep them).`,
  "ask/partialSaved": ({ n, file }) => `The ${n} answers given so far were saved to ${file} (unfinished).`,
  "ask/progress": ({ decided, total, eligible, ineligible, open }) =>
    `Decided ${decided}/${total} (eligible ${eligible}, not eligible ${ineligible}, open ${open})`,
  "ask/listSeparator": "; ",
  "ask/titleSeparator": ", ",
  "status/eligible": "Eligible",
  "status/undetermined": "Needs information",
  "status/ineligible": "Not eligible",
  "status/not-applicable": "Not applicable",
  "reason/not-in-force": "not in force on the as-of date",
  "reason/outside-jurisdiction": "outside the program's region",
  "reason/no-section": "the profile does not describe this situation",
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
  "batch/program": "Program",
  "batch/monthly": "Monthly (yuan)",
  "batch/total": "Total (yuan)",
  "batch/money": "Amount (yuan)",
  "batch/none": "(no parameter changed — a null-reform self-check)",
  "batch/transitions": "Status transitions (rows: as is, columns: reformed)",
  "batch/gain": "Gain eligibility",
  "batch/lose": "Lose eligibility",
  "batch/paidMore": "Paid more",
  "batch/paidLess": "Paid less",
  "batch/beneficiaries": "Beneficiaries",
  "batch/before": "As is",
  "batch/after": "Reformed",
  "batch/delta": "Change",
  "subject/person": "person",
  "subject/employer": "employer",
  "rules/headProgram": "Program / title",
  "rules/place": "Place",
  "rules/inForce": "In force",
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
  "ask/dontKnow": "Don't know / skip",
  "ask/question": ({ label }) => `${label}?`,
  "ask/recordQuestion": ({ n, list, question }) => `${list} #${n}: ${question}`,
  "ask/yes": "Yes",
  "ask/no": "No",
  "ask/answerYes": "yes",
  "ask/answerNo": "no",
  "ask/noneOfThese": "none",
  "ask/recordCount": ({ n }) => `${n}`,
  "ask/withUnit": ({ value, unit }) => `${value} ${unit}`,
  "ask/fromIdNumber": ({ id }) => `from ID number ${id}`,
  "unit/yuan": "yuan",
  "unit/yuan/month": "yuan/month",
  "unit/months": "months",
  "unit/years": "years",
  "usage/no-such-path": ({ path }) => `no such file or directory: ${path}`,
  "usage/not-a-file": ({ path }) => `${path} is neither a directory nor a regular file`,
  "usage/min-coverage": ({ value }) => `--min-coverage ${value}: expected a percentage from 0 to 100`,
  "usage/cannot-read": ({ path, reason }) => `cannot read ${path}: ${reason}`,
  "usage/no-such-file": ({ path }) => `cannot read ${path}: no such file`,
  "words/empty-profile": "the profile is empty",
};
