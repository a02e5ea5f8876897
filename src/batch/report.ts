import Big from "big.js";
import type { Status } from "../engine/result.js";
import { type Lang, say } from "../messages/index.js";
import type { LocalText } from "../rules/program.js";
import { fitLines, fittedTable } from "../text/width.js";
import { grouped } from "./grouped.js";
import type { AmountShape } from "./outcome.js";
import { type ProgramTally, STATUSES, type Tally } from "./tally.js";

const count = (n: number | undefined) => grouped(n ?? 0);

/** Yuan with thousands separators and fen: 1234.5 → 1,234.50. */
export function yuan(text: string | Big): string {
  return grouped(new Big(text).toFixed(2));
}

const signed = (b: Big, show: (b: Big) => string) => (b.gt(0) ? `+${show(b)}` : show(b));

const COUNTED: readonly Status[] = ["eligible", "ineligible", "undetermined", "not-applicable"];

/** What the summary names besides the counts: the evaluation date, and each program's title. */
export interface SummaryContext {
  readonly asOf: string;
  readonly titles: ReadonlyMap<string, LocalText>;
  /** Programs that decide eligibility only (their rule has no amount): no money is summed for them. */
  readonly eligibilityOnly?: ReadonlySet<string>;
  /** Programs whose amount is a ceiling (never summed) or paid in by the person (summed as such, apart). */
  readonly amounts?: ReadonlyMap<string, AmountShape>;
  /** Each program's time in force, to say when one was not in force on the evaluation date. */
  readonly inForce?: ReadonlyMap<string, { from: string; to?: string }>;
}

/**
 * The end-of-run summary (stderr), fitted to `width` columns (a number is never split): the evaluation date;
 * per program by title, the count of each status, the money (unknown amounts said as 待定, never as 0.00), the
 * decisions to verify and those resting on a stated assumption. Programs no record is placed in are named
 * once, apart, instead of counting every record as undetermined.
 */
export function summaryText(tally: Tally, lang: Lang, width: number, about: SummaryContext): string {
  const lines = [
    `${say(lang, "batch/asOf", { date: about.asOf })}  ${say(lang, "batch/rows", { n: count(tally.rows), failed: count(tally.failed) })}`,
  ];
  const apart: string[] = [];
  const ended: string[] = [];
  let placeNotGiven = 0;
  for (const [id, t] of Object.entries(tally.programs)) {
    const title = about.titles.get(id)?.[lang] ?? id;
    // Every record is 不适用 because of the date: the program is not in force, not outside the roster's place.
    if (t.notInForce && t.notInForce === tally.rows - tally.failed) {
      const span = about.inForce?.get(id);
      ended.push(span ? say(lang, "batch/inForceSpan", { title, ...span }) : title);
      continue;
    }
    if (placesNoOne(t, tally)) {
      apart.push(title);
      placeNotGiven = Math.max(placeNotGiven, t.elsewhere);
      continue;
    }
    const paid = about.eligibilityOnly?.has(id)
      ? say(lang, "batch/eligibilityOnly")
      : money(t, lang, about.amounts?.get(id));
    lines.push("", title, `  ${statusCounts(t, lang)}`, `  ${paid}`);
    if (t.caveated) lines.push(`  ${say(lang, "batch/caveated", { n: count(t.caveated) })}`);
    const assumptions = Object.values(t.assumptions).map((a) => a[lang]);
    if (t.assumed)
      lines.push(
        `  ${say(lang, "batch/assumedLine", { n: count(t.assumed), text: assumptions.join(say(lang, "ui/clauseSeparator")) })}`,
      );
  }
  if (ended.length)
    lines.push("", say(lang, "batch/notInForce", { programs: ended.join(say(lang, "ui/enumComma")) }));
  if (apart.length) {
    lines.push("", say(lang, "batch/notThisRoster", { programs: apart.join(say(lang, "ui/enumComma")) }));
    if (placeNotGiven) lines.push(`  ${say(lang, "batch/notThisRosterPlace", { n: count(placeNotGiven) })}`);
  }
  return `${fitLines(lines.join("\n"), width)}\n`;
}

/** No record is placed in the program: each is 不适用, or does not give the program's place. */
function placesNoOne(t: ProgramTally, tally: Tally): boolean {
  const located = t.counts.eligible + t.counts.ineligible + t.counts.undetermined - t.elsewhere;
  return located === 0 && t.counts["not-applicable"] + t.elsewhere === tally.rows - tally.failed;
}

function statusCounts(t: ProgramTally, lang: Lang): string {
  const shown = COUNTED.map((s) => {
    const n = s === "undetermined" ? t.counts[s] - t.elsewhere - t.lawUnknown : t.counts[s];
    return `${say(lang, `status/${s}`)} ${count(n)}`;
  });
  if (t.lawUnknown) shown.push(`${say(lang, "status/lawUnknown")} ${count(t.lawUnknown)}`);
  if (t.elsewhere) shown.push(say(lang, "batch/placeNotGiven", { n: count(t.elsewhere) }));
  return shown.join("  ");
}

/** Monthly and total money; a total resting on unknown amounts is 待定, or its known part with the rest counted. */
function money(t: ProgramTally, lang: Lang, shape?: AmountShape): string {
  // A ceiling is not what is paid: a sum of ceilings would read as a budget line.
  if (shape?.bound === "at-most") return say(lang, "batch/ceilingNotSummed");
  const paidIn = shape?.kind === "paid-by-person";
  const pending = say(lang, "batch/pending");
  const total =
    t.totalUnknown === 0
      ? yuan(t.total)
      : new Big(t.total).eq(0)
        ? pending
        : say(lang, "batch/knownPart", { v: yuan(t.total), n: count(t.totalUnknown) });
  // Rows paying in month by month with no fixed term have no total: said so when they are all the money there is.
  const parts = [
    t.noTerm && t.totalUnknown === 0 && new Big(t.total).eq(0)
      ? say(lang, "batch/noTerm")
      : say(lang, paidIn ? "batch/paidInTotal" : "batch/allPaid", { v: total }),
  ];
  const perMonth = paidIn ? "batch/paidInMonthly" : "batch/perMonth";
  if (!new Big(t.monthly).eq(0)) parts.unshift(say(lang, perMonth, { v: yuan(t.monthly) }));
  else if (t.amountUnknown) parts.unshift(say(lang, perMonth, { v: pending }));
  if (t.amountUnknown) parts.push(say(lang, "batch/amountUnknown", { n: count(t.amountUnknown) }));
  // A total of the eligible alone must not read as all there is when others wait on the law.
  if (t.lawUnknown) parts.push(say(lang, "batch/lawUnknownApart", { n: count(t.lawUnknown) }));
  return parts.join("  ");
}

const DECIDED: readonly Status[] = ["eligible", "ineligible", "undetermined"];

/** The reform-impact report of `--compare`: transitions, gainers and losers, beneficiaries and cost. */
export function compareText(
  tally: Tally,
  params: readonly string[],
  lang: Lang,
  width = 80,
  titles: ReadonlyMap<string, LocalText> = new Map(),
  /** Programs that decide eligibility only: their table counts beneficiaries, no money. */
  eligibilityOnly: ReadonlySet<string> = new Set(),
  amounts: ReadonlyMap<string, AmountShape> = new Map(),
): string {
  const lines = [
    say(lang, "batch/reform", {
      params: params.length ? params.map((p) => `\n  ${p}`).join("") : say(lang, "batch/none"),
    }),
    say(lang, "batch/rows", { n: count(tally.rows), failed: count(tally.failed) }),
    say(lang, "batch/changed", { n: count(tally.changedRows) }),
  ];
  const apart: string[] = [];
  for (const [id, before] of Object.entries(tally.programs)) {
    const after = tally.reform?.[id];
    const change = tally.changes?.[id];
    if (!after || !change) continue;
    // A program that places no record before or after the reform has nothing to compare: named once, apart.
    if (placesNoOne(before, tally) && placesNoOne(after, tally)) {
      apart.push(titles.get(id)?.[lang] ?? id);
      continue;
    }
    const moved = (from: Status, to: Status) => change.transitions[`${from}>${to}`] ?? 0;
    // 不适用 is a row (a column) only when records leave (reach) it: a program the draft adds, or whose place moves.
    const NA: Status = "not-applicable";
    const froms = DECIDED.some((to) => moved(NA, to)) ? [...DECIDED, NA] : DECIDED;
    const tos = DECIDED.some((from) => moved(from, NA)) ? [...DECIDED, NA] : DECIDED;
    const matrix = froms.map((from) => [
      say(lang, `status/${from}`),
      ...tos.map((to) => grouped(moved(from, to))),
    ]);
    const gained = STATUSES.filter((s) => s !== "eligible").reduce((n, s) => n + moved(s, "eligible"), 0);
    const lost = STATUSES.filter((s) => s !== "eligible").reduce((n, s) => n + moved("eligible", s), 0);
    const money: string[][] = [];
    const b = before.counts.eligible;
    const a = after.counts.eligible;
    money.push([
      say(lang, "batch/beneficiaries"),
      grouped(b),
      grouped(a),
      signed(new Big(a - b), (x) => x.toFixed(0)),
    ]);
    const termless = (t: ProgramTally) => t.noTerm > 0 && t.totalUnknown === 0 && new Big(t.total).eq(0);
    const sums =
      termless(before) && termless(after) ? (["monthly"] as const) : (["monthly", "total"] as const);
    const shape = amounts.get(id);
    for (const key of eligibilityOnly.has(id) || shape?.bound === "at-most" ? [] : sums) {
      const delta = new Big(after[key]).minus(before[key]);
      const label =
        shape?.kind === "paid-by-person" ? (`batch/${key}PaidIn` as const) : (`batch/${key}` as const);
      money.push([say(lang, label), yuan(before[key]), yuan(after[key]), signed(delta, yuan)]);
    }
    // Beneficiaries whose amount or total is not known are in no sum above: counted here, never left out.
    // (An unknown amount leaves the total unknown too: totalUnknown counts both.)
    if (before.totalUnknown || after.totalUnknown)
      money.push([
        say(lang, "batch/unknownAmounts"),
        count(before.totalUnknown),
        count(after.totalUnknown),
        signed(new Big(after.totalUnknown - before.totalUnknown), (x) => x.toFixed(0)),
      ]);
    lines.push(
      "",
      titles.get(id)?.[lang] ?? id,
      say(lang, "batch/transitions"),
      fittedTable(["", ...tos.map((s) => `→ ${say(lang, `status/${s}`)}`)], matrix, width),
      say(lang, "batch/notApplicable", { n: count(moved("not-applicable", "not-applicable")) }),
      `${say(lang, "batch/gain")} ${gained}  ${say(lang, "batch/lose")} ${lost}  ${say(lang, "batch/paidMore")} ${change.gainers}  ${say(lang, "batch/paidLess")} ${change.losers}`,
      fittedTable(
        ["", say(lang, "batch/before"), say(lang, "batch/after"), say(lang, "batch/delta")],
        money,
        width,
      ),
      ...(change.unknownRows ? [unknownRowsLine(change.unknownRows, lang)] : []),
      ...Object.entries(change.newDouble ?? {}).map(([other, n]) =>
        say(lang, "batch/newDouble", { n: count(n), other: titles.get(other)?.[lang] ?? other }),
      ),
    );
  }
  if (apart.length)
    lines.push("", say(lang, "batch/notThisRoster", { programs: apart.join(say(lang, "ui/enumComma")) }));
  return `${lines.join("\n")}\n`;
}

/** `金额待定的记录：第3、7行`, or the first ten rows `等12人`. */
function unknownRowsLine(rows: { first: number[]; n: number }, lang: Lang): string {
  const list = rows.first.join(say(lang, "ui/enumComma"));
  return rows.n > rows.first.length
    ? say(lang, "batch/unknownRowsMore", { rows: list, n: count(rows.n) })
    : say(lang, "batch/unknownRows", { rows: list });
}
