// Preloaded (`node --import ./bench/rusage-hook.js ...`) into a measured child: on exit it writes the
// whole process's CPU time and peak RSS (getrusage: ru_maxrss, KiB on Linux) to $PG_RUSAGE_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.PG_RUSAGE_FILE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMs: u.userCPUTime / 1000, sysMs: u.systemCPUTime / 1000, maxRssKiB: u.maxRSS }));
  });
}
