/** Combinations of section names remembered before starting again (a run meets a handful). */
const COMBINATIONS = 1_000;
let combinations = new Map<string, ReadonlySet<string>>();

/** The same set of section names, shared by the profiles that give it. */
export function sharedSections(sections: ReadonlySet<string>): ReadonlySet<string> {
  const key = JSON.stringify([...sections]);
  let shared = combinations.get(key);
  if (!shared) {
    if (combinations.size >= COMBINATIONS) combinations = new Map();
    shared = sections;
    combinations.set(key, shared);
  }
  return shared;
}
