// Preloaded into the benchmarked `butie batch` (node --import): reports the process's peak RSS and CPU time
// (all threads) on exit, so a busy machine's rate can be read per CPU-second too.
process.on("exit", () => {
  const use = process.resourceUsage();
  process.stderr.write(
    `\nBENCH_MAX_RSS_KB=${use.maxRSS} BENCH_CPU_US=${use.userCPUTime + use.systemCPUTime}\n`,
  );
});
