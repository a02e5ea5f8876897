import type { Diagnostic } from "../diagnostics.js";
import { formatValue } from "../expr/values.js";
import { message, sayMessage } from "../messages/index.js";
import type { ParameterOverride } from "./overrides.js";
import type { Program } from "./program.js";

/**
 * Values that two local rule files both give one parameter from the same date (analyst3 F2): the later
 * directory's would silently win, so the amount would follow the order of `--rules`. One error per such date,
 * at the second file's date, naming both files. A file read twice is one file (the loader reads each once).
 */
export function overrideConflicts(
  overrides: readonly ParameterOverride[],
  programs: ReadonlyMap<string, Program>,
): Diagnostic[] {
  const first = new Map<string, { file: string; value: string }>();
  const out: Diagnostic[] = [];
  for (const o of overrides) {
    if (!o.at) continue;
    const unit = programs.get(o.program)?.parameters.get(o.parameter)?.unit;
    for (const v of o.values) {
      const key = `${o.program}\0${o.parameter}\0${v.since}`;
      const value = formatValue(v.value, unit);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { file: o.at.file, value });
        continue;
      }
      if (earlier.file === o.at.file) continue;
      const says = message("ruleSet/overrideConflict", {
        program: o.program,
        parameter: o.parameter,
        date: v.since,
        value,
        file: o.at.file,
        otherValue: earlier.value,
        otherFile: earlier.file,
      });
      const at = o.valueAt?.(v.since) ?? o.at;
      out.push({
        ...at,
        code: "rule/override-conflict",
        message: sayMessage("en", says),
        says,
        severity: "error",
      });
    }
  }
  return out;
}
