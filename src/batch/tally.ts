import Big from "big.js";
import type { Status } from "../engine/result.js";
import { lawOnlyUnknown } from "../messages/status.js";
import type { LocalText } from "../rules/program.js";
import type { Outcome } from "./outcome.js";

export const STATUSES: readonly Status[] = ["eligible", "ineligible", "undetermined", "not-applicable"];

/** One program's counts and money over the rows seen; amounts are exact decimal text (yuan). */
export interface ProgramTally {
  counts: Record<Status, number>;
  /** Eligible rows whose amount depends on unknown fields. */
  amountUnknown: number;
  /** Decisions (eligible or undetermined) that carry a caveat the caseworker must verify. */
  caveated: number;
  /** Sum of monthly amounts of eligible rows (yuan per month). */
  monthly: string;
  /** Sum of everything payable: one-off amounts and the totals of monthly amounts with a duration. */
  total: string;
  /** Eligible rows whose total is not known (no amount, or a monthly amount of unknown duration). */
  totalUnknown: number;
  /** Eligible rows paid (or paying in) monthly with no fixed term (the rule sets no months): no total to sum. */
  noTerm: number;
  /** Undetermined rows that do not give the program's place (counted among the undetermined too). */
  elsewhere: number;
  /** Not-applicable rows whose evaluation date is outside the program's time in force. */
  notInForce?: number;
  /** Undetermined rows with no fact missing: only the law is unknown (counted among the undetermined too). */
  lawUnknown: number;
  /** Eligible rows that rest on a stated assumption (a blank read as its default), and those assumptions. */
  assumed: number;
  assumptions: Record<string, LocalText>;
}

/** A reform's effect on one program: status transitions and who gains or loses money. */
export interface ProgramChange {
  /** `from>to` → rows, e.g. `ineligible>eligible`. */
  transitions: Record<string, number>;
  /** Rows whose total payable rose (including newly eligible) or fell (including no longer eligible). */
  gainers: number;
  losers: number;
  /**
   * Rows the reform makes eligible for this program and for another it cannot be paid with (不得同时享受), where
   * they were not both eligible before: the other program's id → rows.
   */
  newDouble: Record<string, number>;
  /** The first rows (by number) of a beneficiary whose amount is not known before or after, and how many in all. */
  unknownRows?: { first: number[]; n: number };
}

/** How many rows of unknown amount a report names; the rest are counted (等n人). */
export const ROWS_NAMED = 10;

/** Counts over a whole file, mergeable across chunks and worker threads (plain JSON). */
export interface Tally {
  rows: number;
  failed: number;
  programs: Record<string, ProgramTally>;
  /** Under the reform, with `--compare`. */
  reform?: Record<string, ProgramTally>;
  changes?: Record<string, ProgramChange>;
  /** Rows where any program's outcome changed. */
  changedRows?: number;
}

const ZERO = new Big(0);

/** Accumulates outcomes with exact decimals; `toJSON()` gives the mergeable plain form. */
export class TallyBuilder {
  rows = 0;
  failed = 0;
  changedRows = 0;
  private readonly base = new Map<string, Acc>();
  private readonly reform = new Map<string, Acc>();
  private readonly changes = new Map<string, ProgramChange>();

  constructor(private readonly compare = false) {}

  add(program: string, outcome: Outcome): void {
    accFor(this.base, program).add(outcome);
  }

  /** Record one program's outcome before and after the reform. */
  addPair(program: string, before: Outcome, after: Outcome, row?: number): void {
    accFor(this.base, program).add(before);
    accFor(this.reform, program).add(after);
    const change = this.changes.get(program) ?? { transitions: {}, gainers: 0, losers: 0, newDouble: {} };
    this.changes.set(program, change);
    const key = `${before.status}>${after.status}`;
    change.transitions[key] = (change.transitions[key] ?? 0) + 1;
    const delta = payable(after).minus(payable(before));
    if (delta.gt(0)) change.gainers++;
    else if (delta.lt(0)) change.losers++;
    for (const other of after.exclusions ?? [])
      if (!before.exclusions?.includes(other)) change.newDouble[other] = (change.newDouble[other] ?? 0) + 1;
    if (row !== undefined && (totalUnknown(before) || totalUnknown(after)))
      change.unknownRows = addRows(change.unknownRows, { first: [row], n: 1 });
  }

  toJSON(): Tally {
    const plain = (m: Map<string, Acc>) => Object.fromEntries([...m].map(([k, a]) => [k, a.toJSON()]));
    return {
      rows: this.rows,
      failed: this.failed,
      programs: plain(this.base),
      ...(this.compare
        ? {
            reform: plain(this.reform),
            changes: Object.fromEntries(this.changes),
            changedRows: this.changedRows,
          }
        : {}),
    };
  }
}

/** An eligible row whose total payable is not known (the rows `totalUnknown` counts). */
function totalUnknown(o: Outcome): boolean {
  return o.status === "eligible" && !o.total && o.per !== undefined && !noTerm(o);
}

/** A monthly amount whose rule sets no number of months (a deposit kept up month by month): it has no total. */
const noTerm = (o: Outcome) => o.per === "month" && o.months === undefined;

function addRows(
  a: ProgramChange["unknownRows"],
  b: ProgramChange["unknownRows"],
): ProgramChange["unknownRows"] {
  if (!a || !b) return a ?? b;
  const first = [...a.first, ...b.first].sort((x, y) => x - y).slice(0, ROWS_NAMED);
  return { first, n: a.n + b.n };
}

/** What a row counts as paid, for gains and losses: unknown amounts count as nothing known. */
function payable(o: Outcome): Big {
  if (o.status !== "eligible") return ZERO;
  return o.total ?? o.value ?? ZERO;
}

class Acc {
  readonly counts: Record<Status, number> = {
    eligible: 0,
    ineligible: 0,
    undetermined: 0,
    "not-applicable": 0,
  };
  amountUnknown = 0;
  caveated = 0;
  monthly = ZERO;
  total = ZERO;
  totalUnknown = 0;
  noTerm = 0;
  elsewhere = 0;
  notInForce = 0;
  lawUnknown = 0;
  assumed = 0;
  readonly assumptions: Record<string, LocalText> = {};

  add(o: Outcome): void {
    this.counts[o.status]++;
    if (o.caveats?.length) this.caveated++;
    if (o.notInForce) this.notInForce++;
    if (o.elsewhere) this.elsewhere++;
    else if (lawOnlyUnknown(o)) this.lawUnknown++;
    if (o.assumed && o.status === "eligible") {
      this.assumed++;
      for (const t of o.assumed) this.assumptions[t.zh] = t;
    }
    if (o.status !== "eligible") return;
    if (o.value === null && o.per !== undefined) this.amountUnknown++;
    if (o.per === "month" && o.value) this.monthly = this.monthly.plus(o.value);
    if (o.total) this.total = this.total.plus(o.total);
    else if (noTerm(o)) this.noTerm++;
    else if (o.per !== undefined) this.totalUnknown++;
  }

  toJSON(): ProgramTally {
    return {
      counts: { ...this.counts },
      amountUnknown: this.amountUnknown,
      caveated: this.caveated,
      monthly: this.monthly.toString(),
      total: this.total.toString(),
      totalUnknown: this.totalUnknown,
      noTerm: this.noTerm,
      elsewhere: this.elsewhere,
      notInForce: this.notInForce,
      lawUnknown: this.lawUnknown,
      assumed: this.assumed,
      assumptions: { ...this.assumptions },
    };
  }
}

function accFor(m: Map<string, Acc>, program: string): Acc {
  let acc = m.get(program);
  if (!acc) {
    acc = new Acc();
    m.set(program, acc);
  }
  return acc;
}

/** Add tally `b` into `a` (chunks from workers arrive in any order; sums do not care). */
export function mergeTally(a: Tally, b: Tally): Tally {
  return {
    rows: a.rows + b.rows,
    failed: a.failed + b.failed,
    programs: mergePrograms(a.programs, b.programs),
    ...(a.reform || b.reform
      ? {
          reform: mergePrograms(a.reform ?? {}, b.reform ?? {}),
          changes: mergeChanges(a.changes ?? {}, b.changes ?? {}),
          changedRows: (a.changedRows ?? 0) + (b.changedRows ?? 0),
        }
      : {}),
  };
}

/** An empty tally to merge into. */
export function emptyTally(): Tally {
  return { rows: 0, failed: 0, programs: {} };
}

function mergePrograms(
  a: Record<string, ProgramTally>,
  b: Record<string, ProgramTally>,
): Record<string, ProgramTally> {
  const out = { ...a };
  for (const [id, t] of Object.entries(b)) {
    const s = out[id];
    out[id] = s
      ? {
          counts: Object.fromEntries(STATUSES.map((k) => [k, s.counts[k] + t.counts[k]])) as Record<
            Status,
            number
          >,
          amountUnknown: s.amountUnknown + t.amountUnknown,
          caveated: s.caveated + t.caveated,
          monthly: new Big(s.monthly).plus(t.monthly).toString(),
          total: new Big(s.total).plus(t.total).toString(),
          totalUnknown: s.totalUnknown + t.totalUnknown,
          noTerm: s.noTerm + t.noTerm,
          elsewhere: s.elsewhere + t.elsewhere,
          notInForce: (s.notInForce ?? 0) + (t.notInForce ?? 0),
          lawUnknown: s.lawUnknown + t.lawUnknown,
          assumed: s.assumed + t.assumed,
          assumptions: { ...s.assumptions, ...t.assumptions },
        }
      : t;
  }
  return out;
}

function mergeChanges(
  a: Record<string, ProgramChange>,
  b: Record<string, ProgramChange>,
): Record<string, ProgramChange> {
  const out = { ...a };
  for (const [id, c] of Object.entries(b)) {
    const s = out[id];
    if (!s) {
      out[id] = c;
      continue;
    }
    out[id] = {
      transitions: addCounts(s.transitions, c.transitions),
      gainers: s.gainers + c.gainers,
      losers: s.losers + c.losers,
      newDouble: addCounts(s.newDouble, c.newDouble),
      ...(s.unknownRows || c.unknownRows ? { unknownRows: addRows(s.unknownRows, c.unknownRows) } : {}),
    };
  }
  return out;
}

function addCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, n] of Object.entries(b)) out[k] = (out[k] ?? 0) + n;
  return out;
}
