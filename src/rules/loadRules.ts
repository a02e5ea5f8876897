import { realpathSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { type Diagnostic, UsageError } from "../diagnostics.js";
import { readTextFile } from "../files/readTextFile.js";
import { message, sayMessage } from "../messages/index.js";
import { FieldCatalogue } from "../profile/fieldCatalogue.js";
import { loadFieldCatalogue } from "../profile/fields.js";
import { isFieldsFile, withLocalFields } from "../profile/localFields.js";
import { type Bundle, compileBundle, readBundle } from "./bundle.js";
import type { RuleCheckContext } from "./checks/ruleCheck.js";
import { ruleWarnings } from "./checks/ruleWarnings.js";
import { unknownExcludes } from "./checks/unknownExcludes.js";
import { compileProgram } from "./compileProgram.js";
import type { OutlineDated } from "./outline.js";
import { overrideAfterTerm } from "./overrideAfterTerm.js";
import { overrideConflicts } from "./overrideConflicts.js";
import { applyOverrideSources, type OverrideFileSources } from "./overrideSources.js";
import { applyOverrides, type ParameterOverride } from "./overrides.js";
import { overrideTableKeys } from "./overrideTableKeys.js";
import { toParameterValue, unorderedDates } from "./parameters.js";
import { unitProblem, unitProblemIn } from "./parameterUnits.js";
import { changedProgram, type Program } from "./program.js";
import { BUNDLED_RULES, displayPath, isRuleFile, listFiles } from "./ruleFiles.js";
import { overrideFileSchema, ruleFileSchema } from "./schema.js";
import { YamlSource } from "./yamlSource.js";
import { zodDiagnostics } from "./zodDiagnostics.js";

export { BUNDLED_RULES, isRuleFile, listFiles };

/** All programs loaded from one or more rule directories; later directories override earlier ones. */
export interface RuleSet {
  readonly fields: FieldCatalogue;
  readonly programs: ReadonlyMap<string, Program>;
  readonly diagnostics: readonly Diagnostic[];
  /** Those of `diagnostics` found only by combining files (overrides, local catalogues), not in any one file. */
  readonly combined?: readonly Diagnostic[];
  /** With extra directories: the bundled programs alone, as loaded on the way (for bundled fixtures). */
  readonly bundledOnly?: RuleSet;
  /** Programs whose rule file has errors, by id: the file, so a fixture naming one says so, once. */
  readonly unloaded?: ReadonlyMap<string, string>;
}

type Loaded = {
  program?: Program;
  /** The program id the file declares, when it can be read even though the file has errors. */
  id?: string;
  override?: ParameterOverride[];
  overrideSources?: OverrideFileSources;
  diagnostics: Diagnostic[];
  /** The file as read, compiled and outlined, for `check`'s lints (no second parse). */
  checked?: RuleCheckContext;
  /** An override file's dated values, where they stand, for `check`'s stale-value lint. */
  checkedOverride?: CheckedOverride;
};

/** The dated values of an override file, located, and the program they change. */
export interface CheckedOverride {
  readonly src: RuleCheckContext["src"];
  readonly program: string;
  readonly dated: readonly Pick<OutlineDated, "path" | "parameter" | "since" | "confirmed">[];
}

/** Parse, validate and compile one rule file: a whole program, or parameter overrides of one. */
export function loadRuleFile(
  file: string,
  fields: FieldCatalogue,
  text?: string,
  displayName = file,
): Loaded {
  if (text === undefined) {
    const read = readTextFile(file, displayName);
    if (!read.ok) return { diagnostics: [read.diagnostic] };
    text = read.text;
  }
  const src = new YamlSource(displayName, text, {
    impreciseCode: "rule/imprecise-number",
    reservedKeyCode: "schema/unknown-key",
  });
  const id = declaredId(src.data, text);
  if (src.diagnostics.length) return { diagnostics: src.diagnostics, ...id };
  if (src.data && typeof src.data === "object" && "overrides" in src.data) return loadOverrideFile(src);
  const parsed = ruleFileSchema.safeParse(src.data);
  if (!parsed.success) return { diagnostics: zodDiagnostics(src, parsed.error, ruleFileSchema), ...id };
  const { program, diagnostics, outline, compiled } = compileProgram(parsed.data, src, fields);
  const checked = { src, rule: parsed.data, program, outline, compiled, catalogue: fields };
  return {
    program,
    diagnostics: [...diagnostics, ...ruleWarnings(checked), ...unitDiagnostics(src, program)],
    checked,
  };
}

/** Parameter values that their unit does not allow (negative months, a ratio above 1), located. */
function unitDiagnostics(src: YamlSource, program: Program | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of program?.parameters.values() ?? [])
    for (const v of p.values) {
      const problem = unitProblem(p.unit, v.value);
      if (problem)
        out.push(
          src.at(
            ["parameters", p.name, "values", v.since, "value"],
            "rule/parameter-unit",
            `\`${p.name}\`: ${unitProblemIn(problem, "en")}`,
          ),
        );
    }
  return out;
}

function loadOverrideFile(src: YamlSource): Loaded {
  const parsed = overrideFileSchema.safeParse(src.data);
  if (!parsed.success) return { diagnostics: zodDiagnostics(src, parsed.error, overrideFileSchema) };
  const diagnostics: Diagnostic[] = [];
  for (const [parameter, p] of Object.entries(parsed.data.parameters))
    diagnostics.push(...unorderedDates(src, parameter, Object.keys(p.values)));
  if (diagnostics.length) return { diagnostics };
  const override = Object.entries(parsed.data.parameters).map(([parameter, p]) => ({
    program: parsed.data.overrides,
    parameter,
    replace: false,
    at: src.atKey(["parameters", parameter], "rule/override", ""),
    valueAt: (since: string) => src.atKey(["parameters", parameter, "values", since], "rule/override", ""),
    values: Object.entries(p.values).map(([since, v]) => ({
      since,
      value: toParameterValue(v.value),
      ref: v.ref,
      override: `local rules ${src.file}`,
      ...(v.confirmed ? { confirmed: v.confirmed } : {}),
    })),
  }));
  const overrideSources: OverrideFileSources = {
    program: parsed.data.overrides,
    file: src.file,
    sources: parsed.data.sources,
    parameters: Object.keys(parsed.data.parameters),
    refs: Object.entries(parsed.data.parameters).flatMap(([parameter, p]) =>
      Object.entries(p.values).map(([date, v]) => ({
        ref: v.ref,
        at: src.at(["parameters", parameter, "values", date, "ref"], "rule/unknown-source", ""),
      })),
    ),
    sourceAt: (i) => src.at(["sources", i, "id"], "rule/duplicate-id", ""),
  };
  const dated = Object.entries(parsed.data.parameters).flatMap(([parameter, p]) =>
    Object.entries(p.values).map(([since, v]) => ({
      path: ["parameters", parameter, "values", since],
      parameter,
      since,
      ...(v.confirmed ? { confirmed: v.confirmed } : {}),
    })),
  );
  const checkedOverride = { src, program: parsed.data.overrides, dated };
  return { override, overrideSources, diagnostics: [], checkedOverride };
}

/**
 * Load the bundled rules plus any extra directories (a bureau's local rules override by program id). The bundled
 * rules come from the build's fresh bundle (no YAML read, no schema check): a local directory costs its own files.
 */
export function loadRules(
  extraDirs: readonly string[] = [],
  cwd = process.cwd(),
  /** The build's bundle (by default when fresh); null: read the bundled YAML, as the build's own check does. */
  bundle: Bundle | null = readBundle() ?? null,
): RuleSet {
  extraDirs = extraDirs.filter((d) => !isBundled(d, cwd));
  const fieldFiles = new Set<string>();
  const bundledFields = bundle
    ? new FieldCatalogue(bundle.fields)
    : loadFieldCatalogue(join(BUNDLED_RULES, "fields.yaml"), undefined);
  const local = withLocalFields(
    bundledFields,
    extraDirs
      .flatMap((d) => listFiles(d, isFieldsFile, cwd))
      .filter((f) => firstReading(f, fieldFiles, cwd))
      .map((f) => [f, displayPath(f, cwd)] as const),
  );
  const fields = local.fields;
  const programs = new Map<string, Program>();
  const overrides: ParameterOverride[] = [];
  const overrideSources: OverrideFileSources[] = [];
  const diagnostics: Diagnostic[] = [];
  const combined: Diagnostic[] = local.diagnostics.filter((d) => d.code === "rule/field-conflict");
  let bundledOnly: RuleSet | undefined;
  const unloaded = new Map<string, string>();
  const read: RuleCheckContext[] = [];
  const fromBundle = bundle && compileBundle(bundle, fields);
  // A directory named twice (`xn` and `./xn/`) is read once: it neither replaces nor contradicts itself.
  const readFiles = new Set<string>();
  for (const [id, program] of fromBundle ?? []) programs.set(id, program);
  for (const dir of fromBundle ? extraDirs : [BUNDLED_RULES, ...extraDirs]) {
    if (dir !== BUNDLED_RULES && !bundledOnly)
      bundledOnly = { fields: bundledFields, programs: new Map(programs), diagnostics: [...diagnostics] };
    // Within one directory an id names one program: a second is a mistake, not an override.
    const fileOf = new Map<string, string>();
    for (const file of listFiles(dir, isRuleFile, cwd)) {
      if (!firstReading(file, readFiles, cwd)) continue;
      const shown = displayPath(file, cwd);
      const loaded = loadRuleFile(file, fields, undefined, shown);
      diagnostics.push(...loaded.diagnostics);
      if (loaded.checked) read.push(loaded.checked);
      if (loaded.diagnostics.some((d) => d.severity === "error")) {
        const id = loaded.program?.id ?? loaded.id;
        if (id) unloaded.set(id, shown);
        continue;
      }
      const program = loaded.program;
      const first = program && fileOf.get(program.id);
      if (program && first) {
        diagnostics.push({
          file: shown,
          line: 1,
          col: 1,
          code: "rule/duplicate-program",
          message: `program \`${program.id}\` is also defined in ${first}`,
          severity: "error",
        });
        continue;
      }
      if (program) fileOf.set(program.id, shown);
      if (program) {
        const replaced = programs.get(program.id);
        const local =
          replaced && bundledOnly?.programs.get(program.id) !== replaced
            ? { replacesLocal: true as const }
            : {};
        programs.set(
          program.id,
          replaced ? changedProgram(program, { replaces: replaced.file, ...local }) : program,
        );
      }
      overrides.push(...(loaded.override ?? []));
      if (loaded.overrideSources) overrideSources.push(loaded.overrideSources);
    }
  }
  for (const o of overrides) {
    try {
      applyOverrides(programs, [o]);
    } catch (e) {
      if (!(e instanceof UsageError) || !o.at) throw e;
      // The tier check words a what-if as `--param`; here a local file made the tiers impossible (analyst3 E2).
      const [said] = e.says;
      if (said?.code !== "batch/paramTiers") {
        combined.push({ ...o.at, message: e.message });
        continue;
      }
      const says = message("ruleSet/fileTiers", { ...said.params, file: o.at.file });
      combined.push({ ...o.at, message: sayMessage("en", says), says });
    }
  }
  for (const lint of [overrideConflicts, overrideTableKeys, overrideAfterTerm])
    combined.push(...lint(overrides, programs));
  combined.push(...applyOverrideSources(programs, overrideSources));
  combined.push(...unknownExcludes(read, new Set([...programs.keys(), ...unloaded.keys()])));
  // Schema problems of a local catalogue are the file's own; `check` finds those when it reads the file.
  diagnostics.push(...local.diagnostics.filter((d) => d.code !== "rule/field-conflict"), ...combined);
  return {
    fields,
    programs,
    diagnostics,
    combined,
    ...(bundledOnly ? { bundledOnly } : {}),
    ...(unloaded.size ? { unloaded } : {}),
  };
}

/** Whether `file` (by its real path) is read for the first time; records it. */
function firstReading(file: string, read: Set<string>, cwd: string): boolean {
  let real = file;
  try {
    real = realpathSync(resolve(cwd, file));
  } catch {} // unresolvable: reading it reports why
  if (read.has(real)) return false;
  read.add(real);
  return true;
}

/** The `id:` a rule file declares, read from its data or, when the YAML does not parse, from its text. */
function declaredId(data: unknown, text: string): { id?: string } {
  const id =
    data && typeof data === "object" && "id" in data && typeof data.id === "string"
      ? data.id
      : /^id:[ \t]*["']?([\w.-]+)/m.exec(text)?.[1];
  return id ? { id } : {};
}

/**
 * Whether a rule directory or file is (within) the bundled rules themselves — `butie test rules/` in butie's own
 * repository: already loaded, not local changes. One that cannot be resolved is not; listing it reports why.
 */
function isBundled(dir: string, cwd: string): boolean {
  try {
    const bundled = realpathSync(BUNDLED_RULES);
    const path = realpathSync(resolve(cwd, dir));
    return path === bundled || path.startsWith(bundled + sep);
  } catch {
    return false;
  }
}
