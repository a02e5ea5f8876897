import type { InBoth, Inner } from "../general/params.js";

/** The parameters of the messages about facts read together: relations between fields, notes said back per record. */
export interface FactsParams {
  "fact/after-as-of": { value: InBoth; asOf: InBoth };
  "facts/insured-before-birth": { insured: InBoth; birth: InBoth };
  "facts/insured-before-16": { insured: InBoth; birth: InBoth; sixteen: InBoth };
  "facts/unemployed-before-insured": { unemployed: InBoth; insured: InBoth };
  "facts/months-beyond-period": {
    field: InBoth;
    months: string;
    from: InBoth;
    fromField: InBoth;
    to: InBoth;
    toField: InBoth;
    most: number;
  };
  "facts/from-sixteen": undefined;
  "facts/to-as-of": undefined;
  "facts/invisible": { value: string; chars: string };
  "facts/and": { first: Inner; second: Inner };
  "facts/months-over-year": { value: string; months: string };
  "facts/unknown-word": { value: string };
  "facts/col/notes": undefined;
  "facts/yaml-syntax": { reason: string; code: string; fullWidthColon: boolean };
}
