// The JSON view lives below the CLI (src/explain/json.ts); this re-export keeps the CLI's and the library
// entry's imports working until they import it from there.
export * from "../../explain/json.js";
