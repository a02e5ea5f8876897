import { enBatch } from "./batch/en.js";
import { type Catalogue, linkedCatalogue } from "./catalogue.js";
import { enCheck } from "./check/en.js";
import { enFacts } from "./facts/en.js";
import { enGeneral } from "./general/en.js";
import { enInputs } from "./inputs/en.js";
import { enLaw } from "./law/en.js";
import { enReport } from "./report/en.js";
import { enRuleSet } from "./ruleSet/en.js";
import { enWords } from "./words/en.js";
import { writeFaultEn } from "./writeFault.js";

/** The English catalogue (`--lang en`). */
export const en: Catalogue = linkedCatalogue([enGeneral, enReport, enWords, { ...enCheck, ...enLaw }], {
  ...enFacts,
  ...enInputs,
  ...enBatch,
  ...enRuleSet,
  "batch/rows": ({ n, failed }) => `${n} records, ${failed} with errors`,
  "batch/notJson": ({ col }) => `this line is not a valid JSON object (the problem is at character ${col})`,
  "batch/perMonth": ({ v }) => `monthly ${v}`,
  "batch/allPaid": ({ v }) => `total ${v}`,
  "batch/amountUnknown": ({ n }) => `amount unknown ${n}`,
  "batch/lawUnknownApart": ({ n }) => `${n} awaiting the law are not in the total`,
  "batch/caveated": ({ n }) => `of which to verify: ${n}`,
  "batch/reform": ({ params }) => `Reform impact (same records, same date): ${params}`,
  "batch/changed": ({ n }) => `Records whose result changes: ${n}`,
  "batch/notApplicable": ({ n }) => `Not applicable: ${n}`,
  "batch/hiddenSkipped": ({ sheets, sheet }) => `skipped the hidden sheet(s) ${sheets}; reading "${sheet}"`,
  "batch/otherSheets": ({ sheet, others }) =>
    `reading only the first visible sheet "${sheet}"; there is also ${others} (choose with --sheet <name or number>; numbers count visible sheets only)`,
  "batch/mergedSpread": ({ ranges, n }) =>
    `${n} vertically merged cell range(s) (${ranges}${n > 5 ? ", …" : ""}): the value applies to every row it covers`,
  "batch/serialDates": ({ columns, system, n }) =>
    `${n} plain numbers in the date column(s) ${columns} were read as Excel date serials of this workbook's ${system} date system (format the column as dates to make this explicit)`,
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
  "batch/recordTooLarge": ({ file, line, what, limit }) =>
    `${file} line ${line}: this record ${
      what === "columns"
        ? `has more than ${limit} columns`
        : what === "cell"
          ? `has a cell of more than ${limit} characters`
          : `is longer than ${limit} characters`
    }, more than butie reads, so reading stops`,
  "batch/keptStdout": ({ n }) =>
    `the ${n} records before it were evaluated and written; the records after it were not read`,
  "batch/keptNoFile": ({ n, out }) =>
    `${n} records before it were evaluated, but ${out} was not written (an earlier file there is unchanged)`,
  "output/writeFailed": ({ code }) => `cannot write the output (standard output): ${writeFaultEn(code)}`,
  "batch/interrupted": ({ signal }) => `interrupted (${signal === "SIGINT" ? "Ctrl-C" : signal})`,
  "batch/asOf": ({ date }) => `As of ${date}`,
  "batch/assumedLine": ({ n, text }) => `${n} eligible rows rest on an assumption: ${text}`,
  "batch/notThisRoster": ({ programs }) =>
    `Programs that do not concern this roster (no record in their place or situation): ${programs}`,
  "batch/notThisRosterPlace": ({ n }) =>
    `${n} records do not give the place: if the person is there, complete them and check again`,
  "batch/placeNotGiven": ({ n }) => `place not given ${n}`,
  "batch/noTerm": "no fixed term, so no total",
  "batch/pending": "pending",
  "batch/eligibilityOnly": "eligibility only, no amount",
  "batch/knownPart": ({ v, n }) => `${v}, and ${n} pending`,
  "batch/column": ({ program, column }) => `${program}: ${column}`,
  "batch/col/row": "Row",
  "batch/col/errors": "Errors",
  "batch/col/asOf": "As of",
  "batch/col/status": "status",
  "batch/col/amount": "amount (yuan)",
  "batch/col/per": "paid",
  "batch/col/months": "months",
  "batch/col/total": "total (yuan)",
  "batch/col/missing": "still needed",
  "batch/col/caveats": "to verify",
  "batch/col/priority": "priority",
  "batch/col/exclusions": "not together with",
  "batch/col/assumed": "assumed",
  "batch/col/reformed": ({ column }) => `${column} (reformed)`,
  "batch/per/once": "once",
  "batch/per/month": "monthly",
  "batch/yes": "yes",
  "batch/no": "no",
  "batch/column-empty": ({ index }) => `column ${index} has no header (name it, or remove the column)`,
  "batch/column-ambiguous": ({ header, choices }) =>
    `column \`${header}\` could be any of ${choices.en}: write the section label before the field label, or the field path`,
  "batch/column-unknown": ({ header, suggestion }) =>
    `column \`${header}\` names no profile field${suggestion ? ` (did you mean ${suggestion.en}?)` : ""}; map it in --columns (\`${header}: <field path>\`, or \`~\` to ignore it); butie batch <file> --list-columns lists the accepted names and suggests a mapping`,
  "batch/column-twice": ({ before, header, field }) =>
    `columns \`${before}\` and \`${header}\` both fill ${field}`,
  "batch/atColumn": ({ index, header, problem }, inner) =>
    `column ${header} (no. ${index}): ${inner(problem)}`,
  "batch/rowProblem": ({ problem }, inner) => inner(problem),
  "batch/listSeparator": ", ",
  "batch/columnsHead":
    "Accepted column headers: the Chinese label, the English label or the field path; a label marked with · is shared by several sections and is written with its section",
  "batch/columnsValues": ({ values }) => `(values: ${values})`,
  "batch/columnsYesNo": "是/否, yes/no",
  "batch/columnsChoice": ({ path, label }) => `${path} (${label})`,
  "batch/columnsChoose": ({ choices }) => `choose one: ${choices}`,
  "batch/columnsNone": "no field is near: keep ~ (ignore the column) if it is not needed",
  "batch/columnsAllKnown": "every column of the header names a profile field: no --columns needed\n",
  "batch/columnsFor": ({ file }) =>
    `Columns of ${file} that name no field, as a --columns map to complete (save as map.yaml):`,
  "batch/paramChange": ({ program, parameter, change }) => `${program} — ${parameter}: ${change}`,
  "batch/fromDate": ({ date, values }) => `from ${date}: ${values}`,
  "batch/changeOrigin": ({ change, origin }) => `${change} (${origin})`,
  "batch/draftValue": ({ source }) => `draft value, source: ${source}`,
  "batch/paramTiers": ({ program, problem }, inner) =>
    `--param makes the tiers of ${program} impossible (the check \`check\` makes of rule files): ${inner(problem)}`,
  "tier/empty": ({ tier, from, below }) => `tier ${tier} is empty: from ${from} is not below ${below}`,
  "tier/overlap": ({ tier, from, below }) =>
    `tier ${tier} (from ${from}) overlaps tier ${tier - 1} (below ${below})`,
  "tier/gap": ({ tier, end, start }) =>
    `no tier covers ${end} up to ${start}: tier ${tier - 1} ends below ${end}, tier ${tier} starts at ${start}`,
  // \`check\` lines quote dates as the rule file writes them.
  "tier/onDate": ({ problem, y, m, d }, inner) =>
    `${inner(problem)} (with the values in force on ${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")})`,
  "check/horizonBeforeStart": ({ key, on, what, since }) =>
    `${key} ${on} is before ${what} begins (${since}): what is not yet in force cannot become unknown before it; correct the date (or remove ${key})`,
  "check/horizonBeforeConfirmed": ({ key, on, confirmed }) =>
    `${key} ${on} is before the source's confirmation (${confirmed}): a value a source confirmed on ${confirmed} was not unknown before then; correct one of the two dates`,
  "check/confirmedFuture": ({ on, today }) =>
    `confirmed on ${on}, after today (${today}): a source cannot be dated in the future; give the date of the source`,
  "param/warning": ({ message }) => `warning: ${message}`,
  "param/startsLater": ({ name, asOf, since }) =>
    `${name} applies from ${since}, not yet on ${asOf}: it changes only what is paid from ${since} on (the later months of a monthly amount)`,
  "param/shadowed": ({ name, asOf, since, value, origin }) =>
    `${name} does not apply on ${asOf}: the later value from ${since} (${value}, ${origin}) is in force then. Drop the date to override every date, or date it ${since} or later`,
  "fixture/programNotLoaded": ({ id, file }) =>
    `program \`${id}\` did not load: its rule file ${file} has errors (see them there); no case of this file that names it ran`,
  "check/unknownUnit": ({ name, unit, known, suggestion }) =>
    `parameter \`${name}\` has unit \`${unit}\`, which is none of the known units (${known})${suggestion}`,
  "check/bareAmount": ({ value }) =>
    `an amount written as the bare number ${value}: make it a named parameter with a dated value and a ref (docs/rules.md §3)`,
  "check/jurisdictionName": ({ code, name, official }) =>
    `the name “${name}” does not match code ${code}, which is ${official}: correct the name or the code`,
  "check/tierFloor": ({ id, by, least, lowest }) =>
    `condition ${id} lets ${by} be ${least}, but the lowest tier starts at ${lowest}: from ${least} to below ${lowest} a person is eligible with no amount; start the tiers where the condition does`,
  "batch/draftRules": ({ dirs }) => `draft rules ${dirs} (against the bundled rules as they are)`,
  "ask/noTty":
    "butie ask needs an interactive terminal. Without one, evaluate a profile with `butie eval <profile>`, or replay the questionnaire with `butie ask --replay <profile>`.",
  "ask/situations": "Which of these apply to you? (space to select, Enter to confirm; Enter alone for none)",
  "ask/replayOf": ({ file }) => `Questionnaire replay: ${file}`,
  "ask/situationsChosen": ({ list }) => `Situations: ${list}`,
  "ask/situationUnemployment": "I am unemployed (and was insured)",
  "ask/situationBusiness": "I run a business or an individual business",
  "ask/situationEmployer": "I represent an employer (hiring people)",
  "ask/situationTraining": "I am in vocational training",
  "ask/situationWelfarePost": "I hold a rural public-welfare post",
  "ask/elsewhereHint": ({ file }) => `Use npx butie eval ${file} --all to see them in full.`,
  "ask/situationPerson": ({ titles }) => `Programs of my hukou place (${titles})`,
  "ask/asked": ({ n }) => `${n} questions asked.`,
  "ask/nothingToAsk": "Nothing to ask.",
  "ask/declinedHeader": "Questions you skipped that still leave results open:",
  "ask/saved": ({ file, command }) => `Answers saved to ${file} (evaluate again: ${command}).`,
  "ask/back": "← Back to the previous question (change the answer)",
  "ask/backHint": "type < to go back",
  "ask/hints": ({ hints }) => `(${hints})`,
  "ask/hintSeparator": "; ",
  "ask/keyNavigate": "navigate",
  "ask/keySelect": "select",
  "ask/keyAll": "all",
  "ask/keyInvert": "invert",
  "ask/keySubmit": "submit",
  "ask/wentBack": "Back to the previous question.",
  "ask/gloss": ({ gloss }) => `(${gloss})`,
  "ask/coarsePlace":
    "Not sure of the county? Choose just the city or province (type to search). Programs of a whole city or province can then be decided; a county's program stays open:",
  "ask/placeSearchHint": " (type a place name, e.g. Yinchuan)",
  "ask/saveIsReplay": ({ file }) =>
    `--save ${file} is the file given to --replay: a replay never overwrites the profile; choose another name`,
  "ask/savedHeader": ({ today, asOf, command }) =>
    `# butie ask: answers given on ${today}, evaluated as of ${asOf}. Evaluate again: ${command}`,
  "ask/idNotSaved": "(the ID number was not saved: the file keeps only the birth date and sex it gives)",
  "ask/interrupted": "Interrupted.",
  "ask/notSaved": ({ n }) => `The ${n} answers given were not saved (add --save <file> to keep them).`,
  "ask/partialSaved": ({ n, file }) => `The ${n} answers given so far were saved to ${file} (unfinished).`,
  "ask/progress": ({ decided, total, eligible, ineligible, open }) =>
    `Decided ${decided}/${total} (eligible ${eligible}, not eligible ${ineligible}, open ${open})`,
  "ask/listSeparator": "; ",
  "ask/titleSeparator": ", ",
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
  "batch/unknownAmounts": "Total not yet known (not in the total above)",
  "batch/unknownRows": ({ rows }) => `Amount not yet known: rows ${rows}`,
  "batch/unknownRowsMore": ({ rows, n }) => `Amount not yet known: rows ${rows} and others (${n} in all)`,
  "batch/newDouble": ({ n, other }) =>
    `⚠ After the reform ${n} more people are eligible for both this program and “${other}”, which cannot be paid together: one must be chosen (both programs' sums include them)`,
  "batch/beneficiaries": "Beneficiaries",
  "batch/before": "As is",
  "batch/after": "Reformed",
  "batch/delta": "Change",
  "ask/dontKnow": "Don't know / skip",
  "ask/emptyIsSkip": "Enter = don't know / skip",
  "ask/orIdNumber": "or your 18-character ID number",
  "ask/byIdNumber": "Enter my ID number (gives birth date and sex)",
  "ask/idNumberPrompt": "Your 18-character resident ID number:",
  "ask/noneOfTheAbove": "None of these",
  "ask/exclusive": '"Don\'t know" and "None" go alone',
  "ask/atLeastOne": 'Choose at least one (or "Don\'t know")',
  "ask/listFill": "List them",
  "ask/listNone": "None",
  "ask/anyoneElse": "Anyone else?",
  "ask/idMismatch": "This ID number does not match the birth date or sex already given",
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
  "fact/unknown-section": ({ hint }) => `unknown section${hint ? ` (did you mean \`${hint}\`?)` : ""}`,
  "fact/unknown-field": ({ hint }) => `unknown field${hint ? ` (did you mean \`${hint}\`?)` : ""}`,
  "fact/atPath": ({ path, problem }, inner) => `\`${path}\`: ${inner(problem)}`,
  "fact/profile-mapping": "a profile is a mapping of sections such as `person:`",
  "fact/section-mapping": "expected a mapping of fields",
  "fact/list": "expected a list",
  "fact/record-mapping": "expected a mapping",
  "fact/too-many-records": ({ n, max }) => `${n} entries; at most ${max} are accepted`,
  "fact/id-birth-mismatch": "does not match the birth date in the ID number",
  "fact/id-sex-mismatch": "does not match the sex in the ID number",
  "fact/not-number": ({ value }) => `${value} is not a number; write digits only, e.g. 12 or 5000`,
  "fact/not-decimal-notation": ({ value }) => `${value} is not a decimal number; write plain digits, e.g. 31`,
  "fact/grouping": ({ value }) =>
    `${value}: the comma or space is not a thousands separator, so the number is unclear; write digits only (e.g. 5,000 or 5000)`,
  "fact/money-decimals": ({ value }) =>
    `${value}: an amount has at most two decimals (fen); if a dot separates thousands (1.500 for 1500), write 1500`,
  "fact/too-large": ({ value }) => `${value} is too large`,
  "fact/too-small": ({ value }) => `${value} is too small to be meant`,
  "fact/too-many-digits": ({ value }) => `${value} has too many digits`,
  "fact/whole": ({ value }) => `expected a whole number, got ${value}`,
  "fact/min": ({ value, min }) => `${value} is below the minimum ${min}`,
  "fact/max": ({ value, max }) => `${value} is above the maximum ${max}`,
  "fact/one-of": ({ value, choices }) => `${value} is not one of ${choices}`,
  "fact/ratio-over-one": ({ value, percent }) =>
    `write a ratio as a percentage or a fraction: if you mean ${value}%, write ${value}% or ${percent}`,
  "fact/not-calendar-day": ({ value }) => `${value} is not a calendar date (YYYY-MM-DD)`,
  "fact/region-shape": ({ value }) => `expected a 6-digit region code or a place name, got ${value}`,
  "fact/wrong-unit": ({ value, unit }) =>
    `${value}: wrong unit; this is counted in ${unit === "none" ? "plain numbers" : unit}`,
  "fact/numerals": ({ value, read }) => `${value} read as ${read}`,
  "fact/years-as-months": ({ value, months }) => `${value} read as ${months} months`,
  "fact/sheet-digits": ({ value, read }) =>
    `${value} read as ${read}, as the spreadsheet shows it (a spreadsheet shows and compares 15 significant digits; the digits after them are the rounding of a formula)`,
  "fact/boolean": ({ value }) => `expected yes or no, got ${value}`,
  "fact/date": ({ value }) =>
    `${value} is not a calendar date (YYYY-MM-DD); write e.g. 2021-09-01, 2021/9/1 or 2021年9月1日`,
  "fact/date-range": ({ value, from, to }) => `${value} is outside the supported range (years ${from}–${to})`,
  "fact/region-code": ({ value }) => `${value} is not a GB/T 2260 region code`,
  "fact/region-unknown": ({ value }) =>
    `no place called ${value}; write a place name (e.g. 合肥市蜀山区, Yinchuan) or the 6-digit region code`,
  "fact/region-ambiguous": ({ value, candidates }) =>
    `${value} names several places: ${candidates.en}; add the province or city, or write the 6-digit code`,
  "fact/place-read": ({ value, place }) => `${value} read as ${place.en}`,
  "fact/placeWithCode": ({ name, code }) => `${name} (${code})`,
  "fact/enum": ({ value, choices, hint }) =>
    `expected one of ${choices.en}, got ${value}${hint ? ` (did you mean ${hint.en}?)` : ""}`,
  "fact/enum-list": ({ values, choices }) => `not among ${choices.en}: ${values}`,
  "fact/text": ({ value }) => `expected a text, got ${value}`,
  "fact/text-long": ({ limit }) => `longer than ${limit} characters`,
  "fact/text-id": "must not contain an ID number",
  "fact/id-as-number":
    "the ID number was stored as a number: a spreadsheet keeps only 15 significant digits, so its last digits (sex and check digit) may have changed; format the column as text and enter it again",
  "fact/id-text": ({ value }) => `expected the 18-character ID number, got ${value}`,
  "fact/id-invalid": ({ reason }) => `the ID number is invalid (${reason})`,
  "fact/not-one-value": ({ value }) => `expected a single value, got ${value}`,
  // How facts are read from files and cells (inputs report)
  "fact/id-short": ({ digits }) =>
    digits === 15
      ? "this is a 15-digit first-generation ID number; give the 18-character second-generation number"
      : "the ID number has only 17 characters: its last one (the check character, possibly X) is missing",
  "fact/id-zeroed-tail":
    "the ID number ends in 000: a spreadsheet stored it as a number (15 significant digits), and its last digits (sex and check digit) became zeros; format the column as text, enter the numbers again and export again",
  "fact/not-number-as": ({ value, unit }) =>
    `${value} is not a number; write digits only, e.g. ${{ months: "12 or 1 year 6 months", years: "50", yuan: "5000", "yuan/month": "5000", ratio: "8% or 0.08" }[unit]}`,
  "batch/formulaNoValue":
    "the formula has no computed result (the file was written by a program and never saved in a spreadsheet program); open and save it in a spreadsheet program, then export again",
});
