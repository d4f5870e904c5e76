import type { Output } from "./errors.js";

/** ESLint's warnings that are advice to the person running the command, not trouble. */
const ADVICE = new Set(["ESLintPoorConcurrencyWarning"]);

/**
 * Runs `make` (which constructs an ESLint instance: ESLint keeps the process.emitWarning it finds
 * then) so that ESLint's advice, such as "You may disable concurrency to improve performance" under
 * `--concurrency auto`, is one `pixel-guard:` line on stderr instead of Node's two-line warning.
 */
export async function withOneLineAdvice<T>(stderr: Output, make: () => Promise<T>): Promise<T> {
  const original = process.emitWarning;
  const emitWarning = (warning: string | Error, ...rest: unknown[]) => {
    const type = typeof rest[0] === "string" ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type && ADVICE.has(type)) {
      const text = String(warning instanceof Error ? warning.message : warning);
      stderr.write(`pixel-guard: ESLint: ${text.charAt(0).toLowerCase()}${text.slice(1)}\n`);
      return;
    }
    (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = emitWarning as typeof process.emitWarning;
  try {
    return await make();
  } finally {
    process.emitWarning = original;
  }
}
