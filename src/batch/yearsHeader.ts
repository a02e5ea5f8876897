import type { FieldCatalogue } from "../profile/fields.js";

// A header that counts in years (累计缴费年限, 缴费年数, 工龄（年）, years): its cells are years, whatever field it fills.
const YEARS_HEADER = /年限|年数|[（(]年[)）]|\byears?\b/i;

/** Whether a column headed `header` fills a field counted in months (`field`) with a count of years. */
export function countsYearsIntoMonths(
  header: string,
  field: string | undefined,
  catalogue: FieldCatalogue,
): boolean {
  const def = field ? catalogue.fields.get(field) : undefined;
  return def?.unit === "months" && YEARS_HEADER.test(header) && !header.includes("月");
}
