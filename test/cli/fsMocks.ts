// node:fs as tests need it inside `vi.mock("node:fs", …)` factories (import this module there with `await import`).
type Fs = typeof import("node:fs");
// As `import fs from "node:fs"` sees it too.
type MockedFs = Fs & { default: Fs };

/** `fs` in which a directory named `locked` cannot be listed (EACCES): root can list any directory. */
export function withLockedDirectory(fs: Fs): MockedFs {
  const readdirSync = ((path: string, ...rest: unknown[]) => {
    if (String(path).endsWith("/locked"))
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: "EACCES" });
    return (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as Fs["readdirSync"];
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
}

/** `fs` in which the build's file `name` (e.g. `check.bundle.json`) holds `text()`, or is missing when undefined. */
export function withBuildFile(fs: Fs, name: string, text: () => string | undefined): MockedFs {
  const isIt = (p: unknown) => String(p).endsWith(name);
  const existsSync = (p: Parameters<Fs["existsSync"]>[0]) =>
    isIt(p) ? text() !== undefined : fs.existsSync(p);
  const readFileSync = ((p: Parameters<Fs["readFileSync"]>[0], ...rest: unknown[]) => {
    if (!isIt(p)) return (fs.readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
    const t = text();
    if (t === undefined) throw Object.assign(new Error(`ENOENT: ${name}`), { code: "ENOENT" });
    return t;
  }) as Fs["readFileSync"];
  return { ...fs, default: { ...fs, existsSync, readFileSync }, existsSync, readFileSync };
}
