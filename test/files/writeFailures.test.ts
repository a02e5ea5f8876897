import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

// The system call that fails next, and with which code (a failing disk, a full one, a size limit).
const failing: { call?: string; code?: string } = {};
vi.mock("node:fs", async () => {
  const fs = await vi.importActual<typeof import("node:fs")>("node:fs");
  const failable = <F extends (...a: never[]) => unknown>(name: string, f: F) =>
    ((...args: Parameters<F>) => {
      if (failing.call === name)
        throw Object.assign(new Error(`${failing.code}: ${name}`), { code: failing.code, syscall: name });
      return f(...args);
    }) as F;
  const wrapped = {
    ...fs,
    fsyncSync: failable("fsync", fs.fsyncSync),
    fchmodSync: failable("fchmod", fs.fchmodSync),
    renameSync: failable("rename", fs.renameSync),
    writeSync: failable("write", fs.writeSync),
  };
  return { ...wrapped, default: wrapped };
});

const { AtomicFile, WriteFailed, writeFileAtomic } = await import("../../src/files/atomicFile.js");
const { drained, orderedWriter } = await import("../../src/files/orderedWrites.js");

const ROOT = mkdtempSync(join(tmpdir(), "butie-writefail-"));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));
afterEach(() => {
  failing.call = undefined;
});

describe("every failure of a file being written is one WriteFailed, the target untouched, no temporary file", () => {
  it.each([
    ["write", "ENOSPC", "磁盘已满（ENOSPC）"],
    ["write", "EFBIG", "文件超过系统允许的大小（EFBIG）"],
    ["fsync", "EIO", "磁盘读写出错（EIO）"],
    ["fchmod", "EIO", "磁盘读写出错（EIO）"],
    ["rename", "EXDEV", "磁盘读写出错（EXDEV）"],
  ])("%s fails with %s", (call, code, words) => {
    const target = join(ROOT, `${call}-${code}.yaml`);
    writeFileSync(target, "earlier\n");
    failing.call = call;
    failing.code = code;
    let error: unknown;
    try {
      writeFileAtomic(target, "new\n", "me.yaml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteFailed);
    expect((error as InstanceType<typeof WriteFailed>).in("zh")).toContain(`无法写入 me.yaml：${words}`);
    expect(readFileSync(target, "utf8")).toBe("earlier\n");
    expect(readdirSync(ROOT).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.each(["fsync", "rename"])("a streamed file whose %s fails at the end", async (call) => {
    const target = join(ROOT, `streamed-${call}.csv`);
    const file = AtomicFile.open(target, "out.csv");
    await file.writer().write("a,b\n");
    failing.call = call;
    failing.code = "EIO";
    await expect(file.close()).rejects.toBeInstanceOf(WriteFailed);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(file.temp)).toBe(false);
  });

  it("a file given up is never committed afterwards", () => {
    const file = AtomicFile.open(join(ROOT, "given-up.csv"), "given-up.csv");
    file.abort();
    expect(() => file.commit()).toThrow(WriteFailed);
    expect(existsSync(join(ROOT, "given-up.csv"))).toBe(false);
  });
});

/** A stream whose every write fails, as a full disk's. */
function failingStream() {
  return new Writable({
    highWaterMark: 4,
    autoDestroy: false, // as AtomicFile's stream: the descriptor is its own
    write(_chunk, _enc, done) {
      setImmediate(() => done(Object.assign(new Error("ENOSPC"), { code: "ENOSPC", syscall: "write" })));
    },
  }).on("error", () => {});
}

// hostile F4: the write failed, the stream said so once in an `error` event before anyone waited, and the wait
// for `drain` never ended: the run ended when the event loop emptied, exit 0.
describe("a wait on a stream that failed ends (hostile F4)", () => {
  it("drained rejects when the failure came before the wait", async () => {
    const stream = failingStream();
    stream.write("a large first piece");
    await new Promise((ok) => setImmediate(ok));
    await new Promise((ok) => setImmediate(ok));
    expect(stream.errored).toBeTruthy();
    await expect(drained(stream)).rejects.toMatchObject({ code: "ENOSPC" });
  });

  it("an ordered writer fails at the write that waits, and every write and flush after it", async () => {
    const writer = orderedWriter(failingStream());
    await expect(writer.write("a large first piece")).rejects.toMatchObject({ code: "ENOSPC" });
    await expect(writer.write("more")).rejects.toMatchObject({ code: "ENOSPC" });
    await expect(writer.flush()).rejects.toMatchObject({ code: "ENOSPC" });
  });

  it("a last small write that fails is learnt by flush", async () => {
    const writer = orderedWriter(failingStream());
    await writer.write("x");
    await expect(writer.flush()).rejects.toMatchObject({ code: "ENOSPC" });
  });
});
