import { defineConfig } from "vitest/config";

// CLI tests spawn or run whole commands; on a shared 2-core machine a few take seconds, so the default 5 s would
// fail them for load, not for a fault.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 30_000 } });
