import { Command, Option } from "commander";
import { helpDisplayWidth, helpWidth } from "./helpWidth.js";
import type { Io } from "./io.js";
import { asOfOption, langOption, paramOption, programOption, regionOption, rulesOption } from "./options.js";
import { version } from "./version.js";

const EXAMPLES = `
Examples:
  $ butie eval examples/hefei-provident-fund.yaml
  $ butie eval examples/ningxia-unemployment.yaml --as-of 2021-09-01 \\
      --format json
  $ butie ask --as-of 2021-09-01 --save me.yaml
  $ butie batch examples/batch/applicants.csv --as-of 2022-03-01
  $ butie test
  $ cat profile.json | butie eval - --lang en`;

/**
 * Build the command tree for `argv`; each command's work is imported only when it runs, so `--help` stays fast.
 * When `argv` starts with a command's name, only that command is declared: its options, help and errors are
 * all commander needs (building every command's options and help texts was ~2 % of an `eval`); anything else —
 * the top-level help, `help <command>`, a global option first, a mistyped command to suggest for — gets them all.
 */
export function buildProgram(argv: readonly string[], io: Io, done: (code: number) => void): Command {
  const program = new Command("butie")
    .description(
      "补贴 butie — subsidy and benefit calculator for Chinese employment and social-security policy",
    )
    .version(version())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Errors are written by reportFailure, in the user's language and as JSON in JSON mode.
      outputError: () => {},
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
    })
    // Help wraps by display width: a Chinese character takes two columns.
    .configureHelp({ displayWidth: helpDisplayWidth })
    .addHelpText("after", EXAMPLES)
    .showSuggestionAfterError();
  const named = COMMANDS.find(([name]) => name === argv[0]);
  for (const [, declare] of named ? [named] : COMMANDS) declare(program, io, done);
  return program;
}

type Declare = (program: Command, io: Io, done: (code: number) => void) => void;

/** Every command, in the order the help lists them. */
const COMMANDS: readonly (readonly [string, Declare])[] = [
  [
    "eval",
    (program, io, done) => {
      program
        .command("eval")
        .description("evaluate profiles (YAML or JSON files, or - for stdin) against the programs")
        .argument("<profiles...>", "profile files, or - to read one from stdin")
        .addOption(asOfOption())
        .addOption(programOption())
        .addOption(regionOption())
        .addOption(
          new Option("--format <format>", "output format: table, json, md or html (a printable case report)")
            .choices(["table", "json", "md", "html"])
            .default("table"),
        )
        .addOption(langOption("language of the explanations"))
        .option("--all", "also list programs that do not apply")
        .option(
          "--trace",
          "engine-level explanation: arithmetic, parameter ids and field paths (for analysts)",
        )
        .addOption(rulesOption())
        .addOption(
          paramOption("what-if: <program>.<parameter>[@YYYY-MM-DD]=<value>, said in the output (repeatable)"),
        )
        .addHelpText(
          "after",
          "\nExamples:\n  $ butie eval examples/hubei-startup.yaml --as-of 2022-09-01 --lang en\n  $ butie eval examples/ningxia-migrant.yaml --as-of 2021-09-01 \\\n      --param ningxia.migrant-living-subsidy.monthlyAmount=600",
        )
        .action(async (profiles: string[], opts) =>
          done(await (await import("./commands/eval.js")).runEval(profiles, opts, io)),
        );
    },
  ],
  [
    "ask",
    (program, io, done) => {
      program
        .command("ask")
        .description(
          "questionnaire: asks only what can still change a result, most decisive first (needs a terminal)",
        )
        .addOption(asOfOption())
        .addOption(programOption())
        .addOption(regionOption())
        .addOption(langOption("language of the questions"))
        .option("--save <file>", "write the answers as a profile that `eval` accepts")
        .option("--replay <profile>", "no terminal: answer from this profile (a missing field = don't know)")
        .addOption(rulesOption())
        .addHelpText(
          "after",
          "\nExamples:\n  $ butie ask\n  $ butie ask --as-of 2021-09-01 --save me.yaml\n  $ butie eval me.yaml --as-of 2021-09-01\n  $ butie ask --replay examples/hubei-startup.yaml --as-of 2022-09-01",
        )
        .action(async (opts) => done(await (await import("./commands/ask.js")).runAsk(opts, io)));
    },
  ],
  [
    "batch",
    (program, io, done) => {
      program
        .command("batch")
        .description(
          "evaluate every record of a CSV, NDJSON or spreadsheet (.xlsx, .xls, .ods): one result record per input record, a summary per program",
        )
        .argument(
          "<file>",
          "a .csv, .txt (tab-separated), .ndjson, .xlsx, .xls, .ods or .et file, or - for stdin",
        )
        .addOption(asOfOption())
        .addOption(programOption())
        .addOption(
          new Option("--format <format>", "output format (default: from --out, else like the input)").choices(
            ["ndjson", "csv", "xlsx"],
          ),
        )
        .option("--out <file>", "write the records to this file (whole or not at all) instead of stdout")
        .option(
          "--encoding <name>",
          "CSV encoding, e.g. gbk (default: UTF-8 if the bytes are valid UTF-8, else GB18030)",
        )
        .option(
          "--columns <map.yaml>",
          "map other column headers to field paths (`姓名: ~` ignores a column)",
        )
        .option(
          "--sheet <name|n>",
          "the workbook sheet to read, by name or by number counting visible sheets only (default: the first visible)",
        )
        .option(
          "--header-row <n>",
          "the row number of the column headers (default: found below any title rows)",
        )
        .option(
          "--list-columns",
          "list every accepted column header, and suggest a --columns map for this file's others",
        )
        .addOption(paramOption("what-if: <program>.<parameter>[@YYYY-MM-DD]=<value> (repeatable)"))
        .option(
          "--compare",
          "with --param: report what the change does over the file; --out gets the records that change",
        )
        .addOption(rulesOption())
        .option(
          "--jobs <n>",
          "worker threads for large files (default: one fewer than the cores, at least 1)",
        )
        .addOption(langOption("language of the summary"))
        .addHelpText(
          "after",
          `
  Headers are field paths (person.birthDate) or the Chinese labels (出生日期);
  cells as offices write them (是/否, 男/女, 2021/9/1, Excel dates); an empty
  cell is unknown; lists such as employer.hires as JSON.
  Exit 1 when any record failed; each failed record names its row and column.

  Examples:
    $ butie batch examples/batch/applicants.csv --as-of 2022-03-01 \\
        --out results.xlsx
    $ butie batch export.csv --encoding gbk --format csv > results.csv
    $ butie batch people.ndjson --compare --out changed.csv \\
        --param ningxia.unemployment-subsidy.higherTierRate=0.9`,
        )
        .action(async (file: string, opts) =>
          done(await (await import("./commands/batch.js")).runBatch(file, opts, io)),
        );
    },
  ],
  [
    "test",
    (program, io, done) => {
      program
        .command("test")
        .description("run the rule fixtures (*.test.yaml beside the rules)")
        .argument("[paths...]", "fixture files or directories (default: the bundled rules)")
        .option("--filter <text>", "only cases whose name or program contains this text")
        .option("--coverage", "report condition outcomes and amount cases no fixture exercises")
        .option("--min-coverage <pct>", "fail (exit 1) when coverage is below this percentage")
        .addOption(
          new Option("--reporter <reporter>", "output style")
            .choices(["pretty", "json", "junit"])
            .default("pretty"),
        )
        .addOption(rulesOption())
        .addOption(langOption("language of the report (codes and file names stay as written)"))
        .addHelpText("after", "\nExample:\n  $ butie test rules/ningxia --filter 2021-09-01")
        .action(async (paths: string[], opts) =>
          done(await (await import("./commands/test.js")).runTest(paths, opts, io)),
        );
    },
  ],
  [
    "check",
    (program, io, done) => {
      program
        .command("check")
        .description("lint rule files, the field catalogue and fixtures: file:line:col code message")
        .argument("[paths...]", "files or directories (default: the bundled rules)")
        .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
        .addOption(rulesOption("an extra rule directory fixtures may refer to (repeatable)"))
        .addOption(langOption("language of the findings (codes and file names stay as written)"))
        .option(
          "--stale-years <years>",
          "warn (rule/stale-value) on values a source last confirmed more than <years> years ago",
        )
        .addHelpText(
          "after",
          "\nExamples:\n  $ butie check\n  $ butie check my-bureau-rules/ --format json\n  $ butie check --stale-years 5\n\nCodes are listed in docs/diagnostics.md.",
        )
        .action(async (paths: string[], opts) =>
          done(await (await import("./commands/check.js")).runCheck(paths, opts, io)),
        );
    },
  ],
  [
    "schema",
    (program, io, done) => {
      program
        .command("schema")
        .description("print the JSON Schema of a profile (from the field catalogue)")
        .option("--rules", "print the JSON Schema of rule, override and fixture files instead (for editors)")
        .addHelpText(
          "after",
          "\nExamples:\n  $ butie schema > profile.schema.json\n  $ butie schema --rules > butie-rules.schema.json",
        )
        .action(async (opts) => done(await (await import("./commands/schema.js")).runSchema(io, opts)));
    },
  ],
  [
    "rules",
    (program, io, done) => {
      program
        .command("rules")
        .description("browse the programs: conditions, dated parameters, sources")
        .argument("[action]", "list | show", "list")
        .argument("[id]", "program id, for show")
        .addOption(langOption("language"))
        .addOption(
          new Option("--format <format>", "output format").choices(["table", "json"]).default("table"),
        )
        .addOption(rulesOption())
        .addHelpText(
          "after",
          "\nExamples:\n  $ butie rules list\n  $ butie rules show ningxia.unemployment-subsidy --lang en",
        )
        .action(async (action: string, id: string | undefined, opts) =>
          done(await (await import("./commands/rules.js")).runRules(action, id, opts, io)),
        );
    },
  ],
];
