import type Big from "big.js";
import type { LocalText } from "../rules/program.js";
import { jsonOutput } from "../text/guard.js";
import type { Outcome } from "./outcome.js";
import { type RecordBytes, sharedBytes } from "./recordBytes.js";

const KEYS = new Map<string, Uint8Array>();

/** `"id":` for a program id: a handful per run, made once. */
export function keyBytes(id: string): Uint8Array {
  let bytes = KEYS.get(id);
  if (bytes === undefined) {
    bytes = sharedBytes(`${jsonOutput(id)}:`);
    KEYS.set(id, bytes);
  }
  return bytes;
}

const SHARED = new WeakMap<Outcome, Uint8Array>();

/**
 * An outcome's JSON text (`outcomeJson`'s object, stringified), written to `out`. Written directly, without
 * the object: most outcomes of a row are undetermined or carry their own amount, made fresh per row. An
 * outcome shared between rows (frozen) is made and encoded once.
 */
export function writeOutcome(o: Outcome, out: RecordBytes): void {
  if (!Object.isFrozen(o)) {
    outcomeParts(o, out);
    return;
  }
  const bytes = SHARED.get(o);
  if (bytes !== undefined) {
    out.bytes(bytes);
    return;
  }
  const start = out.position;
  outcomeParts(o, out);
  SHARED.set(o, out.copySince(start));
}

/** The pieces of `JSON.stringify(outcomeJson(o))`, key for key in its order, DEL and C1 controls escaped. */
function outcomeParts(o: Outcome, out: RecordBytes): void {
  out.ascii('{"status":"');
  out.ascii(o.status);
  out.ascii('","amount":');
  out.number(numText(o.value));
  if (o.per) out.ascii(o.per === "once" ? ',"per":"once"' : ',"per":"month"');
  if (o.bound) out.ascii(',"bound":"at-most"');
  if (o.kind) out.ascii(`,"kind":"${o.kind}"`);
  if (o.months !== undefined) {
    out.ascii(',"months":');
    out.number(numText(o.months));
  }
  out.ascii(',"total":');
  out.number(numText(o.total));
  out.ascii(',"missing":');
  out.bytes(stringsBytes(o.missing));
  if (o.caveats) {
    out.ascii(',"caveats":');
    localTexts(o.caveats, out);
  }
  if (o.priority !== undefined) out.ascii(`,"priority":${o.priority}`);
  if (o.exclusions) {
    out.ascii(',"exclusions":');
    out.bytes(stringsBytes(o.exclusions));
  }
  if (o.assumed) {
    out.ascii(',"assumed":');
    localTexts(o.assumed, out);
  }
  if (o.elsewhere) out.ascii(',"placeNotGiven":true');
  if (o.notInForce) out.ascii(',"reason":"not-in-force"');
  if (o.lawUnknown) out.text(`,"lawUnknown":{"from":${jsonOutput(o.lawUnknown.from)}}`);
  out.ascii("}");
}

/** A money amount or a count as JSON: the number its decimal text reads as (null when there is none). */
const numText = (b: Big | null | undefined): string =>
  b === null || b === undefined ? "null" : JSON.stringify(Number(b.toString()));

const EMPTY_LIST = sharedBytes("[]");
const LISTS = new Map<string, Uint8Array>();

/** A list of field paths or program ids: the same few lists recur, so each is made once. */
function stringsBytes(items: readonly string[]): Uint8Array {
  if (!items.length) return EMPTY_LIST;
  const key = items.join("\n");
  let bytes = LISTS.get(key);
  if (bytes === undefined) {
    bytes = sharedBytes(jsonOutput(items));
    if (LISTS.size >= LIST_LIMIT) LISTS.clear();
    LISTS.set(key, bytes);
  }
  return bytes;
}

const LIST_LIMIT = 1_000;

const LOCAL = new WeakMap<LocalText, Uint8Array>();

/** Caveat and assumption texts: each text is the rules' own object, so its JSON is made once. */
function localTexts(texts: readonly LocalText[], out: RecordBytes): void {
  out.ascii("[");
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as LocalText;
    let bytes = LOCAL.get(t);
    if (bytes === undefined) {
      bytes = sharedBytes(jsonOutput({ zh: t.zh, en: t.en }));
      LOCAL.set(t, bytes);
    }
    if (i) out.ascii(",");
    out.bytes(bytes);
  }
  out.ascii("]");
}
