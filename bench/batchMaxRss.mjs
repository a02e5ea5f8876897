// Preloaded into the benchmarked `butie batch` (node --import): reports the process's peak RSS on exit.
process.on("exit", () => process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`));
