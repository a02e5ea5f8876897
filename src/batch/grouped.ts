const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * Digits with thousands separators (12345 → 12,345; "1234.50" → "1,234.50"), as `toLocaleString("en")` writes a
 * count, without ICU's number formatter: its first call costs ~60 ms, in every batch run's summary.
 */
export function grouped(n: number | string): string {
  const text = String(n);
  const dot = text.indexOf(".");
  return dot < 0
    ? text.replace(THOUSANDS, ",")
    : text.slice(0, dot).replace(THOUSANDS, ",") + text.slice(dot);
}
