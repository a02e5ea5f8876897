// Apart from color.ts so that the output guard, on every start-up path, reads it without loading chalk.
/** What `FORCE_COLOR` says: true (on, also when empty), false (`0` or `false`), undefined (not set). */
export function colorForced(env: NodeJS.ProcessEnv): boolean | undefined {
  const force = env.FORCE_COLOR;
  if (force === undefined) return undefined;
  return !(force === "0" || force.toLowerCase() === "false");
}
