const DAY_MS = 86_400_000;
// The 1900 system: day 1 is 1900-01-01 and day 60 is 1900-02-29, a day that never was (Lotus's leap-year
// error, kept by Excel). From day 61 (1900-03-01) on, days count from 1899-12-30; before, from 1899-12-31.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The day of a date serial in the workbook's date system, or a text for 1900-02-29 (a day Excel counts that
 * never was: the date check refuses it as written), or undefined for a serial that is no day.
 */
export function serialDate(serial: number, date1904: boolean): Date | string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined;
  const day = Math.floor(serial);
  if (date1904) return new Date(EPOCH_1904 + day * DAY_MS);
  if (day === 0) return undefined;
  if (day === 60) return "1900-02-29";
  return new Date((day < 60 ? EPOCH_1900_EARLY : EPOCH_1900) + day * DAY_MS);
}
