/**
 * A rule's internal error never kills the run. ESLint loses every file's results when one rule
 * throws ("Occurred while linting"), so each rule's `create` and every listener it returns are run
 * under a guard: a throw becomes one `internalError` message for that file, at line 1, naming the
 * rule and the cause, and the lint goes on with the next rule and the next file.
 *
 * One message per file: the analysis is shared by every rule, so one bug in it would otherwise be
 * reported by all seven rules. The first rule to hit a throw on a file reports it; the others stay
 * silent on that file (ESLint runs every rule on a file before the next file, in each worker, so
 * remembering the last failed file is enough).
 *
 * A wrong setting is not an internal error: a `SettingsError` still ends the run with its message
 * naming the key, as documented in docs/configuration.md.
 */
import { SettingsError } from "../sensitivity/settings.js";
import { onFile } from "./on-file.js";

export const INTERNAL_ERROR_MESSAGE = "pixel-guard/{{rule}} could not check this file: {{cause}} (please report it with the file)";

/** The longest cause quoted in the message (a stack or a huge value would flood an editor hover). */
const MAX_CAUSE = 200;

interface GuardedContext {
  sourceCode: { ast: unknown };
  report(descriptor: { loc: { line: number; column: number }; messageId: string; data: Record<string, string> }): void;
}

type Listener = (...args: unknown[]) => void;
type Create<C> = (context: C) => Record<string, unknown>;

/** The file whose internal error was already reported (its SourceCode). */
let failedFile: object | null = null;

/** `create` under the guard: a throw in it, or in any listener it returns, becomes one message for the file. */
export function guardCreate<C extends GuardedContext>(name: string, create: Create<C>): Create<C> {
  return (context) => {
    let listeners: Record<string, unknown>;
    try {
      listeners = create(context);
    } catch (error) {
      rethrowSettingsError(error);
      return onFile(context, () => reportFailure(context, name, error));
    }
    const guarded: Record<string, unknown> = {};
    for (const [selector, listener] of Object.entries(listeners)) {
      guarded[selector] =
        typeof listener === "function"
          ? (...args: unknown[]) => {
              try {
                (listener as Listener)(...args);
              } catch (error) {
                rethrowSettingsError(error);
                reportFailure(context, name, error);
              }
            }
          : listener;
    }
    return guarded;
  };
}

/** The cause as the message quotes it: `TypeError: x is undefined`. */
export function causeOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : `thrown ${typeof error}: ${String(error)}`;
  const line = text.replace(/\s+/gu, " ").trim();
  return line.length > MAX_CAUSE ? `${line.slice(0, MAX_CAUSE)}…` : line;
}

function reportFailure(context: GuardedContext, name: string, error: unknown): void {
  const file = context.sourceCode;
  if (failedFile === file) return;
  failedFile = file;
  context.report({ loc: { line: 1, column: 0 }, messageId: "internalError", data: { rule: name, cause: causeOf(error) } });
}

function rethrowSettingsError(error: unknown): void {
  if (error instanceof SettingsError) throw error;
}
