import { readFileSync, statSync } from "node:fs";
import tsParser from "@typescript-eslint/parser";
import * as espree from "espree";
import { scanFile } from "../detect/scan.js";
import { EMPTY_SCAN, type FileScan } from "../detect/findings.js";
import { mayHoldTracker } from "../detect/needles.js";
import type { VisitorKeys } from "../detect/walk.js";
import { COMPONENT_FILES, HTML_FILES, parseHtml } from "../language/index.js";
import { visitorKeys as htmlKeys } from "../language/ast.js";
import { looksTagged } from "../sensitivity/explicit-tag.js";
import { linksOf, type Link } from "./links.js";

/** A file of the graph, read once per run (re-read when it changed on disk). */
export interface GraphFile {
  text: string;
  /** What the file pulls in; read on first use (the project index reads most pages only for their tags). */
  readonly links: Link[];
  /** Trackers in the file itself; computed on first use. */
  scan(): FileScan;
  /** Whether the file tags itself sensitive (the rules' checks, read from the text); computed on first use. */
  tagged(): boolean;
}

const cache = new Map<string, { mtimeMs: number; file: GraphFile }>();
const HTML_EXTENSIONS = [...HTML_FILES, ...COMPONENT_FILES].map((glob) => glob.replace("**/*", ""));
const TS = /\.[cm]?tsx?$/i;

function astOf(filename: string, text: string): { ast: unknown; visitorKeys: VisitorKeys } | null {
  if (HTML_EXTENSIONS.some((extension) => filename.endsWith(extension))) {
    const result = parseHtml(text, filename);
    return result.ok ? { ast: result.ast, visitorKeys: htmlKeys } : null;
  }
  try {
    if (TS.test(filename)) return { ast: tsParser.parse(text, { jsx: filename.endsWith("x"), range: true, loc: true, comment: true }), visitorKeys: espree.VisitorKeys as VisitorKeys };
    return { ast: espree.parse(text, { ecmaVersion: "latest", sourceType: "module", range: true, loc: true, comment: true, ecmaFeatures: { jsx: true } }), visitorKeys: espree.VisitorKeys as VisitorKeys };
  } catch {
    return null; // a file that does not parse is linted (and reported) on its own; the graph skips it
  }
}

/** A graph file by absolute path; null when it cannot be read. */
export function graphFileOf(filename: string): GraphFile | null {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(filename).mtimeMs;
  } catch {
    return null;
  }
  const cached = cache.get(filename);
  if (cached && cached.mtimeMs === mtimeMs) return cached.file;
  let text: string;
  try {
    text = readFileSync(filename, "utf8");
  } catch {
    return null;
  }
  let scanned: FileScan | null = null;
  const parse = (): ReturnType<typeof astOf> => astOf(filename, text);
  let tagged: boolean | null = null;
  let links: Link[] | null = null;
  const file: GraphFile = {
    text,
    get links() {
      links ??= linksOf(text, filename);
      return links;
    },
    scan() {
      if (!scanned) {
        // Most files a page pulls in hold no tracker: they are not parsed at all.
        const ast = mayHoldTracker(text) ? parse() : null;
        scanned = ast ? scanFile({ text, ast: ast.ast, visitorKeys: ast.visitorKeys }) : EMPTY_SCAN;
      }
      return scanned;
    },
    tagged() {
      if (tagged === null) tagged = looksTagged(text);
      return tagged;
    },
  };
  cache.set(filename, { mtimeMs, file });
  return file;
}
