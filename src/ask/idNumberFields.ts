import type { FieldCatalogue } from "../profile/fields.js";
import { profileFromData } from "../profile/loadProfile.js";

/** A valid GB 11643 number (the standard's own example), used only to see what the loader derives from one. */
const SAMPLE_ID = "11010519491231002X";

/**
 * The ID-number field of each section, and the fields the profile loader fills in from it (birth date, sex).
 * Found by asking the loader, so `ask` offers the ID wherever the loader would derive an answer from it.
 */
export function idNumberFields(catalogue: FieldCatalogue): Map<string, string> {
  const derived = new Map<string, string>();
  for (const [path, def] of catalogue.fields) {
    if (def.type !== "id-number") continue;
    const [section, field] = path.split(".") as [string, string];
    const { profile } = profileFromData({ [section]: { [field]: SAMPLE_ID } }, catalogue, () => ({
      file: "",
      line: 1,
      col: 1,
      code: "",
      message: "",
      severity: "error",
    }));
    for (const key of profile?.fields.keys() ?? []) if (key !== path) derived.set(key, path);
  }
  return derived;
}
