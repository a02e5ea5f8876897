/** The parameters of the messages about how a value is written in an input file (dates with a zone, documents). */
export interface InputsParams {
  "file/zoned-date": { cell: string; value: string; day: string };
  "file/documents-empty": { documents: number };
}
