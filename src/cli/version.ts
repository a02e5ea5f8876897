import { readFileSync } from "node:fs";

/**
 * butie's version: package.json's own, read when the command tree is built (one copy of the number). This
 * file sits two folders below the package in the source, the library (dist/cli) and the bundle (dist/bin).
 */
export function version(): string {
  const file = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}
