import { execFileSync, spawnSync } from "node:child_process";

/** Whether a tmux binary can run here (CI installs one; a bare machine may not have it). */
export const hasTmux = spawnSync("tmux", ["-V"]).status === 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A command running in a detached tmux window of a private server, driven by keys and read by screen. */
export class TmuxSession {
  private readonly socket = `butie-ask-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(command: string, cwd: string, cols = 80, rows = 40) {
    this.tmux(["new-session", "-d", "-s", "t", "-x", String(cols), "-y", String(rows), "-c", cwd, command]);
  }

  private tmux(args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
  }

  /** The visible screen, wrapped lines joined. */
  screen(): string {
    return this.tmux(["capture-pane", "-p", "-J", "-t", "t"]);
  }

  /** Everything printed so far, including what scrolled off the screen. */
  history(): string {
    return this.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "t"]);
  }

  keys(...keys: string[]): void {
    this.tmux(["send-keys", "-t", "t", ...keys]);
  }

  type(text: string): void {
    this.tmux(["send-keys", "-t", "t", "-l", text]);
  }

  /** Wait until `test` holds on the screen; fails with the screen when it does not within `ms`. */
  async waitFor(test: (screen: string) => boolean, what: string, ms = 20000): Promise<string> {
    const until = Date.now() + ms;
    for (;;) {
      const screen = this.screen();
      if (test(screen)) return screen;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}; the screen:\n${screen}`);
      await sleep(100);
    }
  }

  /** Wait until the screen has not changed for `quiet` ms: the program is waiting for keys. */
  async settle(quiet = 300, ms = 20000): Promise<string> {
    const until = Date.now() + ms;
    let last = this.screen();
    let since = Date.now();
    for (;;) {
      await sleep(50);
      const now = this.screen();
      if (now !== last) {
        last = now;
        since = Date.now();
      } else if (Date.now() - since >= quiet) return now;
      if (Date.now() > until) return now;
    }
  }

  close(): void {
    spawnSync("tmux", ["-L", this.socket, "kill-server"]);
  }
}
