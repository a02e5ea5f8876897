// The process's streams are opened on first use (src/cli/io.ts); the guard around them must not open them all.
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { guardedIo } from "../../src/cli/outputGuard.js";

describe("guardedIo", () => {
  it("opens no stream before it is used: a --help run opens neither stdin nor stderr", () => {
    const opened: string[] = [];
    const written: string[] = [];
    const io: Io = {
      get stdout() {
        opened.push("stdout");
        return { write: (t: string) => written.push(t) };
      },
      get stderr() {
        opened.push("stderr");
        return { write: () => true };
      },
      get stdin(): NodeJS.ReadableStream {
        opened.push("stdin");
        throw new Error("stdin opened");
      },
      env: {},
      cwd: "/",
      isTTY: false,
    };
    const guarded = guardedIo(io);
    expect(opened).toEqual([]);
    guarded.stdout.write("身份证 11010519491231002X\n");
    expect(opened).toEqual(["stdout"]);
    expect(written.join("")).not.toContain("19491231");
  });
});
