import type { z } from "zod";
import { type Diagnostic, didYouMean } from "../diagnostics.js";
import type { YamlSource } from "./yamlSource.js";

type Issue = z.core.$ZodIssue;

/** Turn zod issues into located diagnostics; unknown keys point at the key and suggest a known one. */
export function zodDiagnostics(
  src: YamlSource,
  error: z.ZodError,
  knownKeys?: (path: PropertyKey[]) => string[],
) {
  const out: Diagnostic[] = [];
  for (const issue of error.issues) out.push(...issueDiagnostics(src, issue, knownKeys));
  return out;
}

function issueDiagnostics(src: YamlSource, issue: Issue, knownKeys?: (path: PropertyKey[]) => string[]) {
  const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys?.(issue.path) ?? expectedKeys(issue);
    return issue.keys.map((key) =>
      src.diagnosticAt(
        src.offsetOfKey(path, key),
        "schema/unknown-key",
        `unknown key \`${key}\`${didYouMean(key, known)}`,
        [...path, key],
      ),
    );
  }
  if (issue.code === "invalid_union") {
    const best = issue.errors.find((e) => e.length)?.[0];
    if (best)
      return issueDiagnostics(src, { ...best, path: [...issue.path, ...best.path] } as Issue, knownKeys);
  }
  const where = path.length ? `\`${path.join(".")}\`: ` : "";
  return [src.at(path, "schema/invalid", `${where}${issue.message}`)];
}

function expectedKeys(issue: Issue): string[] {
  const input = issue.input;
  return input && typeof input === "object" ? [] : [];
}
