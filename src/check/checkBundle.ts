import { readFileSync } from "node:fs";
import type { Diagnostic } from "../diagnostics.js";
import { BUNDLED_RULES, sameFiles, textStamps, timeStamps } from "../rules/ruleFiles.js";

/**
 * The build's own `check` of the bundled rules (`scripts/bundle-rules.mjs`), with the texts it read: every
 * YAML file below rules/ (rules, fixtures, field catalogue). `butie check` without paths, `--rules` or
 * `--stale-years` reuses it while those texts are unchanged, and says so; the bundled CLI and this file come
 * from the same build, so the same code would find the same problems.
 */
export const CHECK_BUNDLE_FILE = new URL("../check.bundle.json", import.meta.url);

/** What `butie check` found: the files it read, its counts and every problem, sorted. */
export interface CheckResult {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** The text of the check bundle for `result`, a check of the bundled rules as they are now. */
export function checkBundleText(result: CheckResult): string {
  return JSON.stringify({ stamps: textStamps(BUNDLED_RULES), times: timeStamps(BUNDLED_RULES), result });
}

/** The build's check result, or undefined when there is none or a file below rules/ changed since. */
export function checkFromBuild(): CheckResult | undefined {
  let saved: { stamps: string; times?: string; result: CheckResult };
  try {
    saved = JSON.parse(readFileSync(CHECK_BUNDLE_FILE, "utf8"));
  } catch {
    return undefined;
  }
  return sameFiles({ times: saved.times, stamps: () => saved.stamps }, BUNDLED_RULES)
    ? saved.result
    : undefined;
}
