import { Option } from "commander";
import { UsageError } from "../diagnostics.js";
import { clip } from "../echo.js";
import { LIMITS } from "../limits.js";
import { message } from "../messages/index.js";

// The options several commands take, declared once so that each says the same; src/cli/preamble.ts reads them.

/** Repeatable option whose values may also be comma-separated: `--program a --program b,c`. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(",").filter(Boolean)];
}

export const asOfOption = () => new Option("--as-of <date>", "evaluation date YYYY-MM-DD (default: today)");

export const programOption = () =>
  new Option("--program <id>", "only this program (repeat, or separate ids with commas)").argParser(collect);

export const regionOption = () =>
  new Option("--region <code>", "only programs whose region covers this GB/T 2260 code");

export const langOption = (what: string) =>
  new Option("--lang <lang>", what).choices(["zh", "en"]).default("zh");

export const rulesOption = (what = "an extra rule directory that adds or overrides programs (repeatable)") =>
  new Option("--rules <dir>", what).argParser(collect);

/**
 * Repeatable `--param`, each taken whole (its value may itself contain commas); refused when the value is
 * longer than `LIMITS.paramChars` (100,000 digits took minutes).
 */
function collectParam(value: string, previous: string[] | undefined): string[] {
  const given = value.slice(value.indexOf("=") + 1);
  if (given.length > LIMITS.paramChars)
    throw new UsageError(message("usage/param-too-long", { option: clip(value), limit: LIMITS.paramChars }));
  return [...(previous ?? []), value];
}

export const paramOption = (what: string) => new Option("--param <override>", what).argParser(collectParam);
