import type { Diagnostic } from "../diagnostics.js";
import type { RuleFile } from "./schema.js";
import type { Locator } from "./types.js";

type Path = (string | number)[];

/** Every citation of a rule file (each `source:` and each dated value's `ref:`), where it stands. */
export function citationsOf(rule: RuleFile): { path: Path; ref: string }[] {
  const out: { path: Path; ref: string }[] = [];
  const walk = (node: unknown, path: Path) => {
    if (Array.isArray(node)) for (const [i, x] of node.entries()) walk(x, [...path, i]);
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node))
        if ((k === "source" || k === "ref") && typeof v === "string")
          out.push({ path: [...path, k], ref: v });
        else if (k !== "sources") walk(v, [...path, k]);
  };
  walk(rule, []);
  return out;
}

/** A citation of a source id that `sources:` does not list (`rule/unknown-source`). */
export function unknownSources(rule: RuleFile, src: Locator): Diagnostic[] {
  const ids = new Set(rule.sources.map((s) => s.id));
  return citationsOf(rule)
    .filter((c) => /^[a-z0-9-]+$/.test(c.ref) && !ids.has(c.ref))
    .map((c) => src.at(c.path, "rule/unknown-source", `no source with id \`${c.ref}\` in \`sources\``));
}

const INTERNAL = /POLICY\.md|shared\/spec|shared\/sources/i;

/** Sources and refs must cite public documents, never a file users do not have (`rule/internal-source`). */
export function internalSources(rule: RuleFile, src: Locator): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [i, s] of rule.sources.entries())
    for (const key of ["title", "url", "quote"] as const)
      if (INTERNAL.test(s[key] ?? ""))
        diagnostics.push(
          src.at(
            ["sources", i, key],
            "rule/internal-source",
            "cite the public document (title, url, quote), not a file users do not have",
          ),
        );
  for (const [name, p] of Object.entries(rule.parameters))
    for (const [date, v] of Object.entries(p.values))
      if (INTERNAL.test(v.ref))
        diagnostics.push(
          src.at(
            ["parameters", name, "values", date, "ref"],
            "rule/internal-source",
            "cite the public document (a source id), not a file users do not have",
          ),
        );
  return diagnostics;
}
