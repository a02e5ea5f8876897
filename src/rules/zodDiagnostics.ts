import type { z } from "zod";
import { type Diagnostic, didYouMean } from "../diagnostics.js";
import { clip, echo } from "../echo.js";
import type { YamlSource } from "./yamlSource.js";

type Issue = z.core.$ZodIssue;

/** Turn zod issues into located diagnostics; unknown keys point at the key and suggest a known one. */
export function zodDiagnostics(src: YamlSource, error: z.ZodError, schema?: z.ZodType): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of error.issues) out.push(...issueDiagnostics(src, issue, schema));
  return out;
}

function issueDiagnostics(src: YamlSource, issue: Issue, schema?: z.ZodType): Diagnostic[] {
  const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
  if (issue.code === "unrecognized_keys") {
    const known = schema ? keysAt(schema, path) : [];
    return issue.keys.map((key) =>
      src.diagnosticAt(
        src.offsetOfKey(path, key),
        "schema/unknown-key",
        `unknown key \`${clip(key)}\`${didYouMean(key, known)}`,
        [...path, key],
      ),
    );
  }
  if (issue.code === "invalid_union") {
    // The branch that got furthest says what is wrong; "expected string" from another branch does not.
    const rank = (e: readonly Issue[]) =>
      e.length === 0
        ? -1
        : Math.max(
            ...e.map((i) => i.path.length * 2 + (/^(invalid_type|unrecognized_keys)$/.test(i.code) ? 0 : 1)),
          );
    const best = [...issue.errors].sort((a, b) => rank(b) - rank(a))[0]?.[0];
    if (best) return issueDiagnostics(src, { ...best, path: [...issue.path, ...best.path] } as Issue, schema);
  }
  if (issue.code === "invalid_key") {
    // A record's key that its own check refused (a dated value's date, 2023-02-30): say why, at the key.
    const key = path[path.length - 1];
    const why = issue.issues[0]?.message ?? issue.message;
    if (typeof key === "string")
      return [src.atKey(path, "schema/invalid", `\`${clip(path.join("."))}\`: ${why}`)];
  }
  const given = dataAt(src.data, path);
  if (issue.code === "invalid_value" && given !== undefined) {
    const allowed = issue.values.map(String);
    const message = `\`${clip(path.join("."))}\`: ${echo(given)} is not one of ${allowed.join(", ")}${typeof given === "string" ? didYouMean(given, allowed) : ""}`;
    return [src.at(path, "schema/invalid", message)];
  }
  if (
    (issue.code === "invalid_type" || issue.code === "invalid_value") &&
    given === undefined &&
    path.length
  ) {
    const parent = path.slice(0, -1);
    return [src.at(parent, "schema/missing-key", `missing required key \`${path[path.length - 1]}\``)];
  }
  const where = path.length ? `\`${path.join(".")}\`: ` : "";
  return [src.at(path, "schema/invalid", `${where}${issue.message}`)];
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
};
// A lazily built schema (z.lazy, as ruleFileSchema) is walked as the schema it builds.
const defOf = (s: z.ZodType): Def => {
  const def = (s as unknown as { _zod: { def: Def } })._zod.def;
  return def.type === "lazy" && def.getter ? defOf(def.getter()) : def;
};

/** The keys an object schema accepts at `path`, found by walking the schema, for "did you mean". */
function keysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let candidates = [schema];
  for (const segment of path) candidates = candidates.flatMap((s) => childSchemas(s, segment));
  return [...new Set(candidates.flatMap((s) => Object.keys(objectDef(s)?.shape ?? {})))];
}

function objectDef(s: z.ZodType): Def | undefined {
  const def = defOf(s);
  if (def.type === "object") return def;
  const inner = def.innerType ?? def.in;
  if (inner) return objectDef(inner);
  if (def.type === "union") return def.options?.map(objectDef).find((d) => d !== undefined);
  return undefined;
}

function childSchemas(s: z.ZodType, segment: string | number): z.ZodType[] {
  const def = defOf(s);
  const inner = def.innerType ?? def.in;
  if (inner) return childSchemas(inner, segment);
  if (def.type === "union") return (def.options ?? []).flatMap((o) => childSchemas(o, segment));
  if (def.type === "object")
    return def.shape?.[String(segment)] ? [def.shape[String(segment)] as z.ZodType] : [];
  if (def.type === "array" && def.element) return [def.element];
  if (def.type === "record" && def.valueType) return [def.valueType];
  return [];
}

/** The value at `path` in parsed data, or undefined (zod issues do not always carry the input). */
function dataAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
