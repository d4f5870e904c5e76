import type { ESLint, Linter } from "eslint";

export const RULE_PREFIX = "pixel-guard/";

/** Totals of a run, for the exit code. */
export interface Counts {
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

/**
 * A message of this plugin, or ESLint's own (a parsing error, an ignored file). Messages of other
 * rules come only from a site's inline `/* eslint rule: ... *\/` comments, which switch on core
 * rules or name plugins this run does not load; they are the site's ESLint's business, not ours.
 */
function isOurs(message: Linter.LintMessage | Linter.SuppressedLintMessage): boolean {
  return message.ruleId === null || message.ruleId.startsWith(RULE_PREFIX);
}

function recount(result: ESLint.LintResult, messages: Linter.LintMessage[]): ESLint.LintResult {
  const count = (severity: number, fixable = false) => messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    ...result,
    messages,
    suppressedMessages: result.suppressedMessages.filter(isOurs),
    errorCount: count(2),
    fatalErrorCount: messages.filter((message) => message.fatal === true).length,
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}

/** ESLint's advice for an ignored file names its own `--no-ignore`, which this command does not have. */
const IGNORED_ADVICE = 'Use "--no-ignore" to disable file ignore settings or use "--no-warn-ignored" to suppress this warning.';
const OUR_IGNORED_ADVICE = 'pixel-guard skips node_modules, .git and vendor folders; use "--no-warn-ignored" to suppress this warning.';

function withOurAdvice(message: Linter.LintMessage): Linter.LintMessage {
  return message.ruleId === null && message.message.includes(IGNORED_ADVICE) ? { ...message, message: message.message.replace(IGNORED_ADVICE, OUR_IGNORED_ADVICE) } : message;
}

/** The results with messages of other rules dropped and the counts made to match. */
export function ownResults(results: ESLint.LintResult[]): ESLint.LintResult[] {
  return results.map((result) => {
    const messages = result.messages.filter(isOurs).map(withOurAdvice);
    const unchanged = messages.length === result.messages.length && messages.every((message, index) => message === result.messages[index]);
    return unchanged && result.suppressedMessages.every(isOurs) ? result : recount(result, messages);
  });
}

export function countsOf(results: readonly ESLint.LintResult[]): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, fatalErrorCount: 0 };
  for (const result of results) {
    counts.errorCount += result.errorCount;
    counts.warningCount += result.warningCount;
    counts.fatalErrorCount += result.fatalErrorCount;
  }
  return counts;
}

/** Splits text into lines the way ESLint counts them. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/);
}
