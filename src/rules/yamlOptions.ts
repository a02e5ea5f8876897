/**
 * The options of every YAML parse (profiles, rules, fixtures, fields.yaml, column maps). `logLevel: "error"`: the
 * library never writes to the process (its warnings went to stderr past the output guard, in English, quoting the
 * file: hostile F1); what it would warn about, YamlSource reports as a located diagnostic. `uniqueKeys: false`: the
 * parser's own check compares every key with every other (80,000 keys: minutes); YamlSource finds duplicates in
 * one pass instead, and names the key.
 */
export const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, logLevel: "error" } as const;
