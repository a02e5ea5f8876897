import { checkFromBuild } from "../../check/checkBundle.js";
import { diagnosticJson, EXIT, formatDiagnosticIn, UsageError } from "../../diagnostics.js";
import { clip } from "../../echo.js";
import { ruleDirOf } from "../../fixtures/fixtureTargets.js";
import { type Lang, message, say } from "../../messages/index.js";
import { BUNDLED_RULES } from "../../rules/ruleFiles.js";
import { jsonOutput } from "../../text/guard.js";
import type { Io } from "../io.js";
import { existingPaths } from "../paths.js";

export interface CheckOptions {
  format: "text" | "json";
  rules?: string[];
  /** `--stale-years N`: warn on values last confirmed more than N years ago (BUTIE_STALE_YEARS too). */
  staleYears?: string;
  lang: Lang;
}

/**
 * `butie check`: lint; exit 1 when any error is found (warnings do not fail), 0 when clean. Of the bundled rules
 * alone (no paths, no `--rules`, no stale years), the build's own check is reused while no file below rules/
 * has changed, and the output says so.
 */
export async function runCheck(paths: string[], opts: CheckOptions, io: Io): Promise<number> {
  const staleYears = yearsOf(opts.staleYears ?? io.env.BUTIE_STALE_YEARS);
  const today = io.today ? new Date(`${io.today}T00:00:00Z`) : new Date();
  const roots = paths.length ? existingPaths(paths, io) : [BUNDLED_RULES];
  // Fixtures may name programs from the checked directories, so those load too; their errors are reported below.
  const extra = [
    ...existingPaths(opts.rules ?? [], io),
    ...roots.map(ruleDirOf).filter((r) => !r.startsWith(BUNDLED_RULES)),
  ];
  const bundledOnly = !paths.length && !extra.length && staleYears === undefined;
  const fromBuild = bundledOnly ? checkFromBuild() : undefined;
  const { files, errors, warnings, diagnostics } =
    fromBuild ??
    (await import("../../check/checkPaths.js")).checkAll(roots, extra, io.cwd, { staleYears, today });
  if (opts.format === "json") {
    const said = diagnostics.map((d) => diagnosticJson(d, opts.lang));
    const json = { files, errors, warnings, diagnostics: said, ...(fromBuild ? { fromBuild: true } : {}) };
    io.stdout.write(`${jsonOutput(json, 2)}\n`);
  } else {
    for (const d of diagnostics) io.stderr.write(`${formatDiagnosticIn(d, opts.lang)}\n`);
    if (fromBuild) io.stderr.write(`${say(opts.lang, "check/from-build")}\n`);
    io.stderr.write(`${say(opts.lang, "run/checked", { errors, warnings, files })}\n`);
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
