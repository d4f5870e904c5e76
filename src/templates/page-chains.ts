import { perFile } from "../per-file.js";
import { chainHitsOf, type ChainHit } from "./graph.js";
import { isGraphFile } from "./links.js";

/** The part of a rule context the chain needs. */
export interface PageContext {
  filename: string;
  physicalFilename?: string;
  cwd: string;
  sourceCode: { text: string };
}

const chainHitsOfFile = perFile(({ context, templateRoots }: { context: PageContext; templateRoots: readonly string[] }): ChainHit[] => {
  const filename = context.physicalFilename ?? context.filename;
  try {
    return isGraphFile(filename) ? chainHitsOf(filename, context.sourceCode.text, context.cwd, templateRoots) : [];
  } catch {
    return []; // the graph is extra evidence: a file system surprise must not end the lint
  }
}, ({ context }) => context.sourceCode);

/** The trackers the page being linted pulls in, computed once per file for every rule that asks. */
export function chainHitsFor(context: PageContext, templateRoots: readonly string[]): ChainHit[] {
  return chainHitsOfFile({ context, templateRoots });
}
