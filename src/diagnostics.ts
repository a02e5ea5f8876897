/** A located problem in a user's file: what every loader, checker and fixture runner reports. */
export type Diagnostic = {
  file: string;
  line: number;
  col: number;
  code: string;
  message: string;
  severity: "error" | "warning";
  path?: string;
};

/** Exit codes (PRODUCT §4): 0 ran fine, 1 ran and found problems, 2 could not run. */
export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;

/** The input could not be used: the command cannot run (exit 2). */
export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "InputError";
  }
}

/** The command was used wrongly (exit 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

/** `file:line:col code message`, the one shape every diagnostic is printed in. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`;
}

/** Edit distance between two strings, counting a swap of neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

const letters = (s: string) => [...s.toLowerCase()].sort().join("");

/** The closest candidate within Catala's threshold (1 + len/3), for "did you mean"; ties go to an anagram. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 1 + Math.floor(name.length / 3) + 1;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    const tieWon =
      d === bestDistance &&
      letters(c) === letters(name) &&
      best !== undefined &&
      letters(best) !== letters(name);
    if (d < bestDistance || tieWon) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** " (did you mean `x`?)" or "". */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggest(name, candidates);
  return s ? ` (did you mean \`${s}\`?)` : "";
}
