import { type Diagnostic, didYouMean } from "../diagnostics.js";
import { changedProgram, type Program, type Source } from "./program.js";

/** What a local override file says about where its values come from, with each `ref` located. */
export interface OverrideFileSources {
  readonly program: string;
  readonly file: string;
  readonly sources: readonly Source[];
  readonly parameters: readonly string[];
  readonly refs: readonly { readonly ref: string; readonly at: Diagnostic }[];
  /** Where the file's `sources:` list stands, for a duplicate id. */
  readonly sourceAt: (index: number) => Diagnostic;
}

/**
 * Give each overridden program the sources of its override files (so they appear under 依据 and in
 * `rules show` with their quote) and record which parameters changed. A `ref` that names no source of the
 * file or of the program, and a source id the program already uses, are `rule/unknown-source` /
 * `rule/duplicate-id` errors: a local value must say where it comes from.
 */
export function applyOverrideSources(
  programs: Map<string, Program>,
  files: readonly OverrideFileSources[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    const program = programs.get(f.program);
    if (!program) continue; // already reported as rule/override
    const own = new Set(program.sources.map((s) => s.id));
    f.sources.forEach((s, i) => {
      if (own.has(s.id))
        diagnostics.push({
          ...f.sourceAt(i),
          code: "rule/duplicate-id",
          message: `\`${program.id}\` already has a source \`${s.id}\`; give the local source another id`,
        });
    });
    const known = new Set([...own, ...f.sources.map((s) => s.id)]);
    for (const { ref, at } of f.refs)
      if (!known.has(ref))
        diagnostics.push({
          ...at,
          code: "rule/unknown-source",
          message: `\`${ref}\` names no source${didYouMean(ref, known)}: list it under \`sources:\` (id, title, quote) in this file, or cite one of ${[...known].join(", ")}`,
        });
    const added = f.sources.filter((s) => !own.has(s.id)).map((s) => ({ ...s, from: f.file }));
    const before = program.overriddenBy;
    // A copy that keeps a bundled program's compiled parts uncompiled (a spread would compile them).
    programs.set(
      program.id,
      changedProgram(program, {
        sources: [...program.sources, ...added],
        overriddenBy: {
          files: [...(before?.files ?? []), f.file],
          parameters: [...new Set([...(before?.parameters ?? []), ...f.parameters])],
        },
      }),
    );
  }
  return diagnostics;
}
