import { readFileSync, statSync } from "node:fs";
import { parsedView } from "../detect/analysis.js";
import { scanFile } from "../detect/scan.js";
import { EMPTY_SCAN, type FileScan } from "../detect/findings.js";
import { mayHoldTracker } from "../detect/needles.js";
import { parseSource } from "../language/index.js";
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
        // Most files a page pulls in hold no tracker: they are not parsed at all. Those that do are
        // read through the language's one parse entry point, as the rules read them.
        scanned = mayHoldTracker(text) ? scanFile(parsedView(text, filename, () => parseSource(text, filename))) : EMPTY_SCAN;
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
