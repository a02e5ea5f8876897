/** Parameters of the case report's words (headings, running head and foot, signature). */
export interface ReportParams {
  "report/title": undefined;
  "report/reference": undefined;
  "report/noReference": undefined;
  "report/idNumber": undefined;
  "report/asOf": undefined;
  "report/today": undefined;
  "report/chosen": undefined;
  "report/summary": undefined;
  "report/conditions": undefined;
  "report/arithmetic": undefined;
  "report/schedule": undefined;
  "report/month": undefined;
  "report/sources": undefined;
  "report/cited": undefined;
  "report/seeBelow": undefined;
  "report/questions": undefined;
  "report/caveats": undefined;
  "report/facts": undefined;
  "report/none": undefined;
  "report/derived": undefined;
  "report/elsewhere": undefined;
  "report/disclaimer": undefined;
  "report/signature": undefined;
  "report/date": undefined;
  "report/colon": undefined;
  "report/printedOn": undefined;
  "report/labelled": { label: string; value: string };
  // fix-render (analyst F16): a what-if (--param) calculation says so at its head and in its summary.
  "report/whatIfTitle": undefined;
  "report/whatIfSummary": undefined;
  "report/whatIfNote": { changes: string };
  "report/page": { page: string; pages: string };
}
