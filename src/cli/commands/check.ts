import { checkTargets, findTargets } from "../../check/checkPaths.js";
import { type Diagnostic, EXIT, formatDiagnostic } from "../../diagnostics.js";
import { BUNDLED_RULES, loadRules } from "../../rules/loadRules.js";
import { displayPath } from "../../rules/ruleFiles.js";
import { plural } from "../i18n.js";
import type { Io } from "../io.js";
import { existingPaths } from "../paths.js";

export interface CheckOptions {
  format: "text" | "json";
  rules?: string[];
}

/** `butie check`: lint; exit 1 when any error is found (warnings do not fail), 0 when clean. */
export async function runCheck(paths: string[], opts: CheckOptions, io: Io): Promise<number> {
  const roots = paths.length ? existingPaths(paths, io) : [BUNDLED_RULES];
  // Fixtures may name programs from the checked directories, so those load too; their errors are reported below.
  const extra = [
    ...existingPaths(opts.rules ?? [], io),
    ...roots.filter((r) => !r.startsWith(BUNDLED_RULES)),
  ];
  const rules = loadRules(extra, io.cwd);
  const show = (f: string) => displayPath(f, io.cwd);
  const targets = findTargets(roots);
  // Override files and local catalogues only show some problems once combined with what they change.
  const overrides = rules.combined ?? [];
  const diagnostics = [...checkTargets(targets, rules.fields, rules, show), ...overrides];
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const files = targets.ruleFiles.length + targets.fixtureFiles.length + targets.fieldFiles.length;
  if (opts.format === "json") {
    io.stdout.write(`${JSON.stringify({ files, errors, warnings, diagnostics }, null, 2)}\n`);
  } else {
    for (const d of diagnostics) io.stderr.write(`${line(d)}\n`);
    io.stderr.write(
      `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}\n`,
    );
  }
  return errors ? EXIT.problems : EXIT.ok;
}

function line(d: Diagnostic): string {
  return d.severity === "warning"
    ? formatDiagnostic({ ...d, message: `(warning) ${d.message}` })
    : formatDiagnostic(d);
}
