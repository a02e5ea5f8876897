import { checkTargets, findTargets } from "../../check/checkPaths.js";
import { type Diagnostic, EXIT, formatDiagnostic, UsageError } from "../../diagnostics.js";
import { clip } from "../../echo.js";
import { message } from "../../messages/index.js";
import { BUNDLED_RULES, loadRules } from "../../rules/loadRules.js";
import { displayPath } from "../../rules/ruleFiles.js";
import { plural } from "../i18n.js";
import type { Io } from "../io.js";
import { existingPaths } from "../paths.js";

export interface CheckOptions {
  format: "text" | "json";
  rules?: string[];
  /** `--stale-years N`: warn on values last confirmed more than N years ago (BUTIE_STALE_YEARS too). */
  staleYears?: string;
}

/** `butie check`: lint; exit 1 when any error is found (warnings do not fail), 0 when clean. */
export async function runCheck(paths: string[], opts: CheckOptions, io: Io): Promise<number> {
  const staleYears = yearsOf(opts.staleYears ?? io.env.BUTIE_STALE_YEARS);
  const today = io.today ? new Date(`${io.today}T00:00:00Z`) : new Date();
  const roots = paths.length ? existingPaths(paths, io) : [BUNDLED_RULES];
  // Fixtures may name programs from the checked directories, so those load too; their errors are reported below.
  const extra = [
    ...existingPaths(opts.rules ?? [], io),
    ...roots.filter((r) => !r.startsWith(BUNDLED_RULES)),
  ];
  const rules = loadRules(extra, io.cwd);
  const show = (f: string) => displayPath(f, io.cwd);
  const targets = findTargets(roots, io.cwd);
  // Override files and local catalogues only show some problems once combined with what they change.
  const overrides = rules.combined ?? [];
  const diagnostics = [
    ...checkTargets(targets, rules.fields, rules, show, { staleYears, today }),
    ...overrides,
  ];
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

/** The whole years of `--stale-years` (or BUTIE_STALE_YEARS): at least 1; a wrong value is refused, not ignored. */
function yearsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\s*[1-9]\d{0,2}\s*$/.test(text))
    throw new UsageError(message("usage/stale-years", { value: clip(text) }));
  return Number(text);
}

function line(d: Diagnostic): string {
  return d.severity === "warning"
    ? formatDiagnostic({ ...d, message: `(warning) ${d.message}` })
    : formatDiagnostic(d);
}
