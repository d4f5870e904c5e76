/**
 * How far V8 lets the command's heap grow between full collections.
 *
 * The command lints a site in batches and keeps little per file, so what it holds stays near 50 MiB
 * however large the site is. V8 sizes the next collection's limit as up to four times what survived
 * the last one (and more on a large machine), so a long run's peak RSS follows how long it ran, not
 * what it holds: 330 MiB at 10,000 files against 250 MiB at 2,000. A growth factor of 2 (V8's own
 * `--heap-growing-percent`) keeps the peak near what the run needs, 190-230 MiB on both, for about
 * 3% more CPU in garbage collection (bench/RESULTS.md, "Memory").
 *
 * Set for the command's process only (the plugin never changes the flags of an editor's or ESLint's
 * process), and not when the user chose a value in `node` flags or NODE_OPTIONS.
 */
import { setFlagsFromString } from "node:v8";

export const HEAP_GROWING_PERCENT = 100;

const FLAG = "--heap-growing-percent";

/** Has the user set the flag themselves (as `--heap-growing-percent=N` or `--heap_growing_percent N`)? */
export function userSetsHeapGrowth(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  const named = (arg: string) => arg.replaceAll("_", "-").startsWith(FLAG);
  return execArgv.some(named) || (nodeOptions ?? "").split(/\s+/u).some(named);
}

/** Bounds heap growth for this process unless the user set it. */
export function boundHeapGrowth(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS): boolean {
  if (userSetsHeapGrowth(execArgv, nodeOptions)) return false;
  setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}
