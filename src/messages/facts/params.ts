import type { InBoth, Inner } from "../general/params.js";

/** A day as written in a file (YYYY-MM-DD): a parameter, worded by the entry in its own language. */
export type IsoDay = string;

/** The parameters of the messages about facts read together: relations between fields, notes said back per record. */
export interface FactsParams {
  "fact/after-as-of": { value: IsoDay; asOf: IsoDay };
  "fact/future-date": { value: IsoDay; today: IsoDay };
  "facts/insured-before-birth": { insured: IsoDay; birth: IsoDay };
  "facts/insured-before-16": { insured: IsoDay; birth: IsoDay; sixteen: IsoDay };
  "facts/unemployed-before-insured": { unemployed: IsoDay; insured: IsoDay };
  /** `fromField`/`toField`: the field whose date bounds the period, or the 16th birthday / the as-of date. */
  "facts/months-beyond-period": {
    field: InBoth;
    months: string;
    from: IsoDay;
    fromField: InBoth | "sixteen";
    to: IsoDay;
    toField: InBoth | "as-of";
    most: number;
  };
  "facts/invisible": { value: string; chars: string };
  "facts/and": { first: Inner; second: Inner };
  "facts/months-over-year": { value: string; months: string };
  "facts/unknown-word": { value: string };
  "facts/col/notes": undefined;
  "facts/yaml-syntax": { reason: string; code: string; fullWidthColon: boolean };
}
