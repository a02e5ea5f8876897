import type { FunctionDef } from "../expr/functions.js";
import { type Outcome, Unknown, type Value } from "../expr/values.js";
import { NO_KEY, primitive } from "./memoKey.js";

/** Distinct argument lists remembered per call site before the memo starts again. */
const LIMIT = 2_000;
const NO_ARGS: readonly number[] = Object.freeze([]);

/** A call's outcome and the arguments it left unread (the tracer's rule for stated assumptions). */
export interface Called {
  readonly value: Outcome;
  readonly unused: readonly number[];
}

type Level = Map<unknown, unknown>;

/**
 * One call site of a whitelisted function in generated code, remembered per distinct argument list: the
 * functions are pure in their arguments, and a batch meets few distinct dates of birth, sexes and dates. An
 * argument is keyed as the amount memo keys a field's value; an unknown (the generated code's own, one per
 * blank field) by itself; a list is not keyed (the call is made every time). Arguments come one by one, so a
 * remembered call builds no list.
 */
export function callMemo(def: FunctionDef) {
  const arity = def.args.length;
  let root: Level = new Map();
  let size = 0;
  let reused = 0;
  // A call site whose memo filled with a reuse for fewer than one entry in four (a roster of distinct birthdays) is called
  // directly from then on: its Maps cost more, in allocation and in garbage collected, than the calls they save.
  let off = false;
  const make = (args: Outcome[]): Called => ({
    value: def.call(args),
    unused: def.unusedArgs?.(args) ?? NO_ARGS,
  });
  return (a?: Outcome, b?: Outcome, c?: Outcome, d?: Outcome): Called => {
    if (off) return make([a, b, c, d].slice(0, arity) as Outcome[]);
    let level = root;
    for (let i = 0; i < arity - 1; i++) {
      const key = keyOf(i === 0 ? a : i === 1 ? b : c);
      if (key === NO_KEY) return make([a, b, c, d].slice(0, arity) as Outcome[]);
      let next = level.get(key) as Level | undefined;
      if (!next) {
        next = new Map();
        level.set(key, next);
      }
      level = next;
    }
    const last = keyOf(arity === 1 ? a : arity === 2 ? b : arity === 3 ? c : d);
    if (last === NO_KEY) return make([a, b, c, d].slice(0, arity) as Outcome[]);
    let found = level.get(last) as Called | undefined;
    if (found) reused++;
    else {
      found = make([a, b, c, d].slice(0, arity) as Outcome[]);
      if (++size > LIMIT) {
        off = reused < LIMIT / 4;
        root = new Map();
        size = 0;
        reused = 0;
      } else level.set(last, found);
    }
    return found;
  };
}

function keyOf(v: Outcome | undefined): unknown {
  return v instanceof Unknown ? v : primitive(v as Value | undefined);
}
