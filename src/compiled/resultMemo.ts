import type { ConditionResult, NotApplicableReason, ProgramResult } from "../engine/result.js";
import type { Program } from "../rules/program.js";

const NONE: readonly never[] = Object.freeze([]);

/** Nodes remembered per date before the tree starts again. */
const LIMIT = 4_096;

/**
 * The lean results of one date that depend on a row only through what its conditions gave: which were unknown
 * with which fields, and which assumptions were stated (in the order met). A row walks the tree one step per
 * such event — the condition's index, then the unknown's fields or the stated assumption — and finds its
 * ineligible or undetermined result, or the eligible result with its assumptions, without building lists.
 */
export interface ResultNode {
  next?: Map<unknown, ResultNode>;
  ineligible?: ProgramResult;
  open?: ProgramResult;
  /** The remembered eligible result → the same with this node's stated assumptions. */
  assumed?: WeakMap<ProgramResult, ProgramResult>;
}

export class ResultTree {
  root: ResultNode = {};
  private size = 0;

  step(node: ResultNode, key: unknown): ResultNode {
    node.next ??= new Map();
    let found = node.next.get(key);
    if (!found) {
      if (++this.size > LIMIT) {
        this.root = {};
        this.size = 0;
      }
      found = {};
      node.next.set(key, found);
    }
    return found;
  }
}

/** The key of an unknown's fields: its one field (most often), or all of them. */
export function fieldsKey(fields: readonly string[]): string {
  return fields.length === 1 ? (fields[0] as string) : fields.join("\n");
}

/** The listed conditions: those unknown, then those decided on an assumption. */
export function joined(
  a: readonly ConditionResult[] | undefined,
  b: readonly ConditionResult[] | undefined,
): readonly ConditionResult[] | undefined {
  // Fresh lists: the row's are reused from row to row.
  return a?.length || b?.length ? [...(a ?? NONE), ...(b ?? NONE)] : undefined;
}

/** A result that is the same for every profile (not applicable for a reason, or ineligible with nothing listed). */
export function verdict(
  program: Program,
  status: "not-applicable" | "ineligible",
  reason?: NotApplicableReason,
) {
  const result: ProgramResult = {
    program,
    status,
    ...(reason ? { reason } : {}),
    amount: null,
    conditions: NONE,
    missing: NONE,
  };
  return Object.freeze(result);
}
