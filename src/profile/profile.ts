import type { Value } from "../expr/values.js";
import { fieldValuesOf } from "./fieldValues.js";
import { sharedSections } from "./sharedSections.js";

/** A validated profile: the known fields by dotted path, and which sections it has at all. */
export interface Profile {
  readonly fields: ReadonlyMap<string, Value>;
  readonly sections: ReadonlySet<string>;
  /** The fields no one wrote: given by another fact (birth date and sex by the ID number), for a report to say so. */
  readonly derived?: ReadonlySet<string>;
}

/** Build a profile from already-typed values, e.g. in tests or an embedding system. */
export function profileOf(fields: Record<string, Value>): Profile {
  const map = fieldValuesOf(Object.entries(fields));
  return { fields: map, sections: sharedSections(new Set([...map.keys()].map((k) => k.split(".")[0] ?? k))) };
}
