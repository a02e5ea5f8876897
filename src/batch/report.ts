import Big from "big.js";
import type { Status } from "../engine/result.js";
import { type Lang, say } from "../messages/index.js";
import { fittedTable } from "../text/width.js";
import type { ProgramTally, Tally } from "./tally.js";

const count = (n: number | undefined) => (n ?? 0).toLocaleString("en");

/** Yuan with thousands separators and fen: 1234.5 → 1,234.50. */
export function yuan(text: string | Big): string {
  const fixed = new Big(text).toFixed(2);
  const [whole = "", fen = ""] = fixed.split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fen}`;
}

const signed = (b: Big, show: (b: Big) => string) => (b.gt(0) ? `+${show(b)}` : show(b));

const COUNTED: readonly Status[] = ["eligible", "ineligible", "undetermined", "not-applicable"];

/**
 * The end-of-run summary (stderr), no wider than `width` columns: per program, the count of each status, the
 * decisions that carry a caveat the caseworker must verify, and the money (yuan).
 */
export function summaryText(tally: Tally, lang: Lang, width = 80): string {
  const head = [
    say(lang, "batch/program"),
    ...COUNTED.map((s) => say(lang, `status/${s}`)),
    say(lang, "batch/money"),
  ];
  const entries = Object.entries(tally.programs);
  const rows = entries.map(([id, t]) => programRow(id, t, lang));
  const idWidth = Math.max(0, ...entries.map(([id]) => id.length));
  const counts = say(lang, "batch/rows", { n: count(tally.rows), failed: count(tally.failed) });
  return `${counts}\n${fittedTable(head, rows, width, [idWidth])}\n`;
}

function programRow(id: string, t: ProgramTally, lang: Lang): string[] {
  const money = [
    say(lang, "batch/perMonth", { v: yuan(t.monthly) }),
    say(lang, "batch/allPaid", { v: yuan(t.total) }),
    ...(t.amountUnknown ? [say(lang, "batch/amountUnknown", { n: count(t.amountUnknown) })] : []),
  ];
  const caveated = t.caveated ? [say(lang, "batch/caveated", { n: count(t.caveated) })] : [];
  return [
    [id, ...caveated].join("\n"),
    ...COUNTED.map((s) => t.counts[s].toLocaleString("en")),
    money.join("\n"),
  ];
}

const DECIDED: readonly Status[] = ["eligible", "ineligible", "undetermined"];

/** The reform-impact report of `--compare`: transitions, gainers and losers, beneficiaries and cost. */
export function compareText(tally: Tally, params: readonly string[], lang: Lang, width = 80): string {
  const lines = [
    say(lang, "batch/reform", { params: params.length ? params.join("; ") : say(lang, "batch/none") }),
    say(lang, "batch/rows", { n: count(tally.rows), failed: count(tally.failed) }),
    say(lang, "batch/changed", { n: count(tally.changedRows) }),
  ];
  for (const [id, before] of Object.entries(tally.programs)) {
    const after = tally.reform?.[id];
    const change = tally.changes?.[id];
    if (!after || !change) continue;
    const moved = (from: Status, to: Status) => change.transitions[`${from}>${to}`] ?? 0;
    const matrix = DECIDED.map((from) => [
      say(lang, `status/${from}`),
      ...DECIDED.map((to) => moved(from, to).toLocaleString("en")),
    ]);
    const gained = DECIDED.filter((s) => s !== "eligible").reduce((n, s) => n + moved(s, "eligible"), 0);
    const lost = DECIDED.filter((s) => s !== "eligible").reduce((n, s) => n + moved("eligible", s), 0);
    const money: string[][] = [];
    const b = before.counts.eligible;
    const a = after.counts.eligible;
    money.push([
      say(lang, "batch/beneficiaries"),
      b.toLocaleString("en"),
      a.toLocaleString("en"),
      signed(new Big(a - b), (x) => x.toFixed(0)),
    ]);
    for (const key of ["monthly", "total"] as const) {
      const delta = new Big(after[key]).minus(before[key]);
      money.push([say(lang, `batch/${key}`), yuan(before[key]), yuan(after[key]), signed(delta, yuan)]);
    }
    lines.push(
      "",
      id,
      say(lang, "batch/transitions"),
      fittedTable(["", ...DECIDED.map((s) => `→ ${say(lang, `status/${s}`)}`)], matrix, width),
      say(lang, "batch/notApplicable", { n: count(moved("not-applicable", "not-applicable")) }),
      `${say(lang, "batch/gain")} ${gained}  ${say(lang, "batch/lose")} ${lost}  ${say(lang, "batch/paidMore")} ${change.gainers}  ${say(lang, "batch/paidLess")} ${change.losers}`,
      fittedTable(
        ["", say(lang, "batch/before"), say(lang, "batch/after"), say(lang, "batch/delta")],
        money,
        width,
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}
