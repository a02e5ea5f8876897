// Pure code arithmetic, apart from the region table, so the engine reads no files to decide a jurisdiction.

function significantPrefix(code: string): string {
  if (code.endsWith("0000")) return code.slice(0, 2);
  if (code.endsWith("00")) return code.slice(0, 4);
  return code;
}

/** True when `code` equals `jurisdiction` or lies inside it (province/city/county prefix match). */
export function isWithin(code: string, jurisdiction: string): boolean {
  if (code.length !== 6 || jurisdiction.length !== 6) return false;
  // A coarser code never matches: 420000 lacks the "4201" prefix of 420100.
  return code.startsWith(significantPrefix(jurisdiction));
}
