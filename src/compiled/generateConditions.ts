import type { Node } from "../expr/parse.js";
import type { Outcome, Value } from "../expr/values.js";
import { emitter, Unsupported } from "./emitExpression.js";
import { FieldLens } from "./fieldLens.js";
import { compileFunction, DIRECT, type UNDECIDED } from "./generateExpression.js";
import type { TakenFields } from "./taken.js";

/** What a program's conditions come to, when nothing else is left to say about them. */
export const HOLD = 0;
export const FAIL = 1;
/** A condition is unknown or left to the interpreter: the lean loop reads the outcomes. */
export const OPEN = -1;
/** The conditions that state an assumption and may take a default: at most this many have a place in a signature. */
const SIGNED = 14;

/**
 * The outcome of a program's conditions when each is decided, as one number: bit 0 set when one fails; for the
 * k-th condition that states an assumption and took a default, bit 2k+1, with bit 2k+2 set when it holds. HOLD
 * and FAIL are the signatures without an assumption.
 */
export type Signature = number;

/**
 * Where each condition that states an assumption has its bits in a signature (its outcome one bit above), or
 * undefined: the first SIGNED of them have a place; a default taken past those opens the loop instead.
 */
function places(stating: readonly unknown[]): (number | undefined)[] {
  let k = 0;
  return stating.map((states) => (states && k < SIGNED ? 2 * k++ + 1 : undefined));
}

/** The conditions a signature lists with their stated assumption: each condition's index and outcome. */
export function assumedIn(signature: Signature, stating: readonly unknown[]): [number, boolean][] {
  const listed: [number, boolean][] = [];
  places(stating).forEach((at, i) => {
    if (at !== undefined && signature & (1 << at)) listed.push([i, Boolean(signature & (1 << (at + 1)))]);
  });
  return listed;
}

/**
 * A program's conditions decided by one generated function: each field and parameter read once, each condition's
 * outcome written to the `outcomes` it was made with (true, false, an Unknown, or UNDECIDED where only the
 * interpreter decides), and the defaults it took to `taken[i]` for a condition that states an assumption.
 * Returns OPEN, or the signature of the outcomes (for a program without assumptions, FAIL as soon as one fails).
 */
export type DecideAll = (
  fields: ReadonlyMap<string, Value>,
  params: ReadonlyMap<string, Value>,
  asOf: Date,
) => number;

/**
 * The one function of a program's conditions. When the program states assumptions, each condition is looked
 * at even after one fails (an unknown one is listed); otherwise the first that fails decides, as the loop does,
 * whatever was unknown before it. A condition not generated is UNDECIDED in `outcomes`.
 */
export function generateConditions(
  tests: readonly (Node | undefined)[],
  outcomes: (Outcome | typeof UNDECIDED)[],
  taken: readonly (TakenFields | undefined)[],
): DecideAll {
  const everyCondition = taken.some(Boolean);
  const locals = new Map<string, string>();
  const prelude: string[] = [];
  const local = (read: string) => {
    let name = locals.get(read);
    if (!name) {
      name = `r${locals.size}`;
      locals.set(read, name);
      prelude.push(`const ${name} = ${read};`);
    }
    return name;
  };
  // Every field is read at once, by position (FieldLens), when the function starts.
  const paths: string[] = [];
  const reads = {
    field: (path: string) => {
      const at = paths.indexOf(path);
      return local(`V[${at < 0 ? paths.push(path) - 1 : at}]`);
    },
    param: (name: string) => local(DIRECT.param(name)),
    giveUp: "",
  };
  const code = emitter(reads);
  const lens = code.consts.push(undefined) - 1;
  const O = code.consts.push(outcomes) - 1;
  const place = places(taken);
  /** A default taken goes into the signature (the loop lists it when the signature has no room). */
  const signed = (i: number) => {
    if (!taken[i]) return "";
    const at = place[i];
    if (at === undefined) return "if (T !== undefined && T.size) open = true;";
    return `if (T !== undefined && T.size) signature |= o === true ? ${(1 << at) | (1 << (at + 1))} : ${1 << at};`;
  };
  const lines: string[] = [];
  tests.forEach((test, i) => {
    // Within its own block, a condition left to the interpreter ends that block only.
    reads.giveUp = `{ o = U; break c${i}; }`;
    const own: string[] = [];
    try {
      if (!test) throw new Unsupported();
      const r = code.emit(test, own);
      const records = taken[i] ? `T = K[${code.consts.push(taken[i]) - 1}]; T.clear();` : "T = undefined;";
      lines.push(records, `c${i}: {`, ...own, `o = ${r}; }`);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      lines.push(`T = undefined; o = U;`);
    }
    lines.push(
      `K[${O}][${i}] = o;`,
      `if (o === false) failed = true; else if (o !== true) open = true;`,
      everyCondition ? signed(i) : `if (failed) return ${FAIL};`,
    );
  });
  code.consts[lens] = new FieldLens(paths);
  return compileFunction("decideAll", code, [
    "let open = false, failed = false, signature = 0, o;",
    `const V = K[${lens}].read(F);`,
    ...prelude,
    ...lines,
    `return open ? ${OPEN} : failed ? signature | ${FAIL} : signature;`,
  ]) as DecideAll;
}
