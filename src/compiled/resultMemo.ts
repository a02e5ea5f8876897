import type { ConditionResult, NotApplicableReason, ProgramResult } from "../engine/result.js";
import type { Program } from "../rules/program.js";
import { freeze } from "./freeze.js";

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
  /** For a signature: the conditions it lists with their assumption. */
  stated?: readonly ConditionResult[];
}

export class ResultTree {
  root: ResultNode = {};
  private size = 0;
  private bySignature = new Map<number, ResultNode>();

  /**
   * The result of a row whose conditions were each decided, some on a stated assumption, by their signature
   * (see `generateConditions`): ineligible when one `failed`, else what it is paid, with the conditions `listed`
   * for the signature.
   */
  signed(
    signature: number,
    failed: boolean,
    listed: (signature: number) => readonly ConditionResult[],
    ineligible: ProgramResult,
    paid: () => ProgramResult,
  ): ProgramResult {
    let node = this.bySignature.get(signature);
    if (!node) {
      if (this.bySignature.size >= LIMIT) this.bySignature = new Map();
      node = { stated: listed(signature) };
      this.bySignature.set(signature, node);
    }
    const stated = node.stated ?? NONE;
    if (!failed) return withAssumed(node, paid(), stated);
    node.ineligible ??= freeze({ ...ineligible, conditions: [...stated] });
    return node.ineligible;
  }

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

/**
 * The eligible result with the row's stated assumptions: the remembered result is shared, so they go on a copy,
 * remembered per result at the node when there is one.
 */
export function withAssumed(
  node: ResultNode | undefined,
  paid: ProgramResult,
  stated: readonly ConditionResult[],
): ProgramResult {
  const known = node?.assumed?.get(paid);
  if (known) return known;
  const copy = { ...paid, conditions: joined(paid.conditions, stated) ?? NONE };
  if (!node) return copy;
  node.assumed ??= new WeakMap();
  node.assumed.set(paid, freeze(copy));
  return copy;
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
