import type { BatchParams } from "./batch/params.js";
import type { CheckParams } from "./check/params.js";
import type { FactsParams } from "./facts/params.js";
import type { GeneralParams, InBoth } from "./general/params.js";
import type { InputsParams } from "./inputs/params.js";
import type { LawParams } from "./law/params.js";

export type { InBoth };

import type { ReportParams } from "./report/params.js";
import type { RuleSetParams } from "./ruleSet/params.js";
import type { WordsParams } from "./words/params.js";

/**
 * A message not yet worded: its code and parameters. Words are chosen at the edge, by `say`. Defined beside the
 * map, so that a message may be a parameter of another (a problem placed at a column), worded in the same language.
 */
export type Message = {
  readonly [K in keyof Params]: { readonly code: K; readonly params: Params[K] };
}[keyof Params];

/**
 * Every message of the UI by code, with the parameters it is said with (`undefined`: a word said as is).
 * The zh and en catalogues are typed by this map, so neither can miss a code or take other parameters.
 */
export interface Params
  extends GeneralParams,
    ReportParams,
    WordsParams,
    FactsParams,
    CheckParams,
    InputsParams,
    LawParams,
    BatchParams,
    RuleSetParams {
  "batch/rows": { n: string; failed: string };
  "batch/notJson": { col: number };
  "batch/perMonth": { v: string };
  "batch/allPaid": { v: string };
  "batch/amountUnknown": { n: string };
  "batch/lawUnknownApart": { n: string };
  "batch/caveated": { n: string };
  "batch/reform": { params: string };
  "batch/changed": { n: string };
  "batch/notApplicable": { n: string };
  "batch/hiddenSkipped": { sheets: string; sheet: string };
  "batch/otherSheets": { sheet: string; others: string };
  "batch/mergedSpread": { ranges: string; n: number };
  "batch/serialDates": { columns: string; system: "1900" | "1904"; n: number };
  "batch/titleRows": { from: number; to: number; header: number };
  "batch/inputChanged": { file: string; read: number; size: number };
  "batch/mixedEncoding": { file: string; line: number };
  "batch/brokenQuote": { file: string; line: number };
  "batch/recordTooLarge": { file: string; line: number; what: "chars" | "columns" | "cell"; limit: number };
  "batch/keptStdout": { n: string };
  "batch/keptNoFile": { n: string; out: string };
  "output/writeFailed": { code: string };
  "batch/interrupted": { signal: string };
  "batch/asOf": { date: string };
  "batch/assumedLine": { n: string; text: string };
  "batch/notThisRoster": { programs: string };
  "batch/notThisRosterPlace": { n: string };
  "batch/placeNotGiven": { n: string };
  "batch/noTerm": undefined;
  "batch/pending": undefined;
  "batch/eligibilityOnly": undefined;
  "batch/knownPart": { v: string; n: string };
  "batch/column": { program: string; column: string };
  "batch/col/row": undefined;
  "batch/col/errors": undefined;
  "batch/col/asOf": undefined;
  "batch/col/status": undefined;
  "batch/col/amount": undefined;
  "batch/col/per": undefined;
  "batch/col/months": undefined;
  "batch/col/total": undefined;
  "batch/col/missing": undefined;
  "batch/col/caveats": undefined;
  "batch/col/priority": undefined;
  "batch/col/exclusions": undefined;
  "batch/col/assumed": undefined;
  "batch/col/reformed": { column: string };
  "batch/per/once": undefined;
  "batch/per/month": undefined;
  "batch/yes": undefined;
  "batch/no": undefined;
  "batch/column-empty": { index: number };
  "batch/column-ambiguous": { header: string; choices: InBoth };
  "batch/column-unknown": { header: string; suggestion?: InBoth };
  "batch/column-twice": { before: string; header: string; field: string };
  "batch/atColumn": { index: number; header: string; problem: Message };
  "batch/rowProblem": { problem: Message };
  "batch/listSeparator": undefined;
  "batch/columnsHead": undefined;
  "batch/columnsValues": { values: string };
  "batch/columnsYesNo": undefined;
  "batch/columnsChoice": { path: string; label: string };
  "batch/columnsChoose": { choices: string };
  "batch/columnsNone": undefined;
  "batch/columnsAllKnown": undefined;
  "batch/columnsFor": { file: string };
  "batch/paramChange": { program: string; parameter: string; change: string };
  "batch/fromDate": { date: string; values: string };
  "batch/changeOrigin": { change: string; origin: string };
  "batch/draftValue": { source: string };
  "batch/paramTiers": { program: string; problem: Message };
  "tier/empty": { tier: number; from: number; below: number };
  "tier/overlap": { tier: number; from: string; below: string };
  "tier/gap": { tier: number; end: number; start: number };
  "tier/onDate": { problem: Message; y: number; m: number; d: number };
  // butie check: currency dates that contradict each other (analyst F13).
  "check/horizonBeforeStart": { key: string; on: string; what: string; since: string };
  "check/horizonBeforeConfirmed": { key: string; on: string; confirmed: string };
  "check/confirmedFuture": { on: string; today: string };
  // A dated --param (or fixture params) that does not apply on the as-of date (analyst F14).
  "param/warning": { message: string };
  "param/startsLater": { name: string; asOf: string; since: string };
  "param/shadowed": { name: string; asOf: string; since: string; value: string; origin: string };
  // A fixture naming a program whose rule file has errors (analyst F2).
  "fixture/programNotLoaded": { id: string; file: string };
  // butie check: units, bare amounts and jurisdiction names (analyst F1).
  "check/unknownUnit": { name: string; unit: string; known: string; suggestion: string };
  "check/bareAmount": { value: string };
  "check/jurisdictionName": { code: string; name: string; official: string };
  "check/tierFloor": { id: string; by: string; least: string; lowest: string };
  "batch/draftRules": { dirs: string };
  "ask/noTty": undefined;
  "ask/situations": undefined;
  "ask/replayOf": { file: string };
  "ask/situationsChosen": { list: string };
  "ask/situationUnemployment": undefined;
  "ask/situationBusiness": undefined;
  "ask/situationEmployer": undefined;
  "ask/situationTraining": undefined;
  "ask/situationWelfarePost": undefined;
  "ask/situationPerson": { titles: string };
  "ask/elsewhereHint": { file: string };
  "ask/asked": { n: number };
  "ask/nothingToAsk": undefined;
  "ask/declinedHeader": undefined;
  "ask/saved": { file: string; command: string };
  "ask/saveIsReplay": { file: string };
  "ask/coarsePlace": undefined;
  "ask/gloss": { gloss: string };
  "ask/back": undefined;
  "ask/backHint": undefined;
  "ask/hints": { hints: string };
  "ask/hintSeparator": undefined;
  "ask/keyNavigate": undefined;
  "ask/keySelect": undefined;
  "ask/keyAll": undefined;
  "ask/keyInvert": undefined;
  "ask/keySubmit": undefined;
  "ask/wentBack": undefined;
  "ask/placeSearchHint": undefined;
  "ask/savedHeader": { today: string; asOf: string; command: string };
  "ask/idNotSaved": undefined;
  "ask/interrupted": undefined;
  "ask/notSaved": { n: number };
  "ask/partialSaved": { n: number; file: string };
  "ask/progress": { decided: number; total: number; eligible: number; ineligible: number; open: number };
  "ask/listSeparator": undefined;
  "ask/titleSeparator": undefined;
  "batch/program": undefined;
  "batch/monthly": undefined;
  "batch/total": undefined;
  "batch/money": undefined;
  "batch/none": undefined;
  "batch/transitions": undefined;
  "batch/gain": undefined;
  "batch/lose": undefined;
  "batch/paidMore": undefined;
  "batch/paidLess": undefined;
  "batch/unknownAmounts": undefined;
  "batch/unknownRows": { rows: string };
  "batch/unknownRowsMore": { rows: string; n: string };
  "batch/newDouble": { n: string; other: string };
  "batch/beneficiaries": undefined;
  "batch/before": undefined;
  "batch/after": undefined;
  "batch/delta": undefined;
  "ask/dontKnow": undefined;
  "ask/emptyIsSkip": undefined;
  "ask/orIdNumber": undefined;
  "ask/byIdNumber": undefined;
  "ask/idNumberPrompt": undefined;
  "ask/noneOfTheAbove": undefined;
  "ask/exclusive": undefined;
  "ask/atLeastOne": undefined;
  "ask/listFill": undefined;
  "ask/listNone": undefined;
  "ask/anyoneElse": undefined;
  "ask/idMismatch": undefined;
  "ask/question": { label: string };
  "ask/recordQuestion": { n: number; list: string; question: string };
  "ask/yes": undefined;
  "ask/no": undefined;
  "ask/answerYes": undefined;
  "ask/answerNo": undefined;
  "ask/noneOfThese": undefined;
  "ask/recordCount": { n: number };
  "ask/withUnit": { value: string; unit: string };
  "ask/fromIdNumber": { id: string };
  "fact/unknown-section": { hint: string };
  "fact/unknown-field": { hint: string };
  "fact/atPath": { path: string; problem: Message };
  "fact/profile-mapping": undefined;
  "fact/section-mapping": undefined;
  "fact/list": undefined;
  "fact/record-mapping": undefined;
  "fact/too-many-records": { n: number; max: number };
  "fact/id-birth-mismatch": undefined;
  "fact/id-sex-mismatch": undefined;
  "fact/not-number": { value: string };
  "fact/not-decimal-notation": { value: string };
  "fact/grouping": { value: string };
  "fact/money-decimals": { value: string };
  "fact/too-large": { value: string };
  "fact/too-small": { value: string };
  "fact/too-many-digits": { value: string };
  "fact/whole": { value: string };
  "fact/min": { value: string; min: string };
  "fact/max": { value: string; max: string };
  "fact/one-of": { value: string; choices: string };
  "fact/ratio-over-one": { value: string; percent: string };
  "fact/not-calendar-day": { value: string };
  "fact/region-shape": { value: string };
  "fact/wrong-unit": { value: string; unit: string };
  "fact/numerals": { value: string; read: string };
  "fact/years-as-months": { value: string; months: string };
  "fact/sheet-digits": { value: string; read: string };
  "fact/boolean": { value: string };
  "fact/date": { value: string };
  "fact/date-range": { value: string; from: number; to: number };
  "fact/region-code": { value: string };
  "fact/region-unknown": { value: string };
  "fact/region-ambiguous": { value: string; candidates: InBoth };
  "fact/place-read": { value: string; place: InBoth };
  "fact/placeWithCode": { name: string; code: string };
  "fact/enum": { value: string; choices: InBoth; hint: InBoth | undefined };
  "fact/enum-list": { values: string; choices: InBoth };
  "fact/text": { value: string };
  "fact/text-long": { limit: number };
  "fact/text-id": undefined;
  "fact/id-as-number": undefined;
  "fact/id-text": { value: string };
  "fact/id-invalid": { reason: "length" | "format" | "birth-date" | "checksum" };
  "fact/not-one-value": { value: string };
  // How facts are read from files and cells (inputs report)
  "fact/id-short": { digits: 15 | 17 };
  "fact/id-zeroed-tail": undefined;
  "fact/not-number-as": { value: string; unit: "months" | "years" | "yuan" | "yuan/month" | "ratio" };
  "batch/formulaNoValue": undefined;
}
