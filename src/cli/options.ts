import { Option } from "commander";

// The options several commands take, declared once so that each says the same; src/cli/preamble.ts reads them.

/** Repeatable option whose values may also be comma-separated: `--program a --program b,c`. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(",").filter(Boolean)];
}

/** Repeatable option taken whole (a `--param` value may itself contain commas). */
function collectOne(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
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

export const paramOption = (what: string) => new Option("--param <override>", what).argParser(collectOne);
