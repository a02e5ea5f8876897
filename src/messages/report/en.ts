import type { Entry } from "../catalogue.js";
import type { ReportParams } from "./params.js";

/** English words of the case report. */
export const enReport = {
  "report/title": "Subsidy eligibility assessment",
  "report/reference": "Case file number",
  "report/noReference": "(not given)",
  "report/idNumber": "ID number (masked)",
  "report/asOf": "Assessed as of",
  "report/today": " (today, the default when no date is given)",
  "report/chosen": " (date given)",
  "report/summary": "Summary",
  "report/conditions": "Conditions",
  "report/arithmetic": "Arithmetic",
  "report/schedule": "Month by month",
  "report/month": "Month",
  "report/sources": "Legal sources",
  "report/cited": "Sources: ",
  "report/seeBelow": " (quoted under “Legal sources” at the end)",
  "report/questions": "Still to answer",
  "report/caveats": "To be confirmed by the caseworker",
  "report/facts": "Information given",
  "report/none":
    "No program applies to this profile on the as-of date (--all lists every program and why not).",
  "report/derived": "derived from the ID number",
  "report/elsewhere": "Programs elsewhere (place not given)",
  "report/disclaimer":
    "This assessment rests only on the information given; it is an estimate, and the office's review decides.",
  "report/signature": "Caseworker (signature):",
  "report/date": "Date:",
  "report/colon": ": ",
  "report/printedOn": "Printed on",
  "report/labelled": ({ label, value }) => `${label}: ${value}`,
  // fix-render (analyst F16): a what-if (--param) calculation says so at its head and in its summary.
  "report/whatIfTitle": "Hypothetical calculation (not a decision)",
  "report/whatIfSummary": "Summary (hypothetical calculation)",
  "report/whatIfNote": ({ changes }) =>
    `This calculation changes values the rules set: it is not a decision under the rules in force and cannot be relied on for a decision. Changed: ${changes}`,
  "report/page": ({ page, pages }) => `Page ${page} of ${pages}`,
} satisfies { readonly [K in keyof ReportParams]: Entry<ReportParams[K]> };
