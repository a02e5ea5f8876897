#!/usr/bin/env node
// CommonJS (bin/package.json): node starts a CommonJS entry ~10 ms sooner than an ES module, and a lone
// `--version` is answered here before anything else is loaded. test/cli/bundle.test.ts checks that this
// version is package.json's. Everything else is the bundle (docs/performance.md).
const args = process.argv;
if (args.length === 3 && (args[2] === "--version" || args[2] === "-V")) process.stdout.write("0.1.0\n");
else import("../dist/bin/butie.js");
