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

/**
 * A graph file by absolute path; null when it cannot be read. The project index reads every page of
 * a site for its tag only: a file asked nothing but `tagged()` keeps no text (a 10,000-file site's
 * text would stay in memory to the end of the run); its text is read again if a later file needs it.
 */
export function graphFileOf(filename: string): GraphFile | null {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(filename).mtimeMs;
  } catch {
    return null;
  }
  const cached = cache.get(filename);
  if (cached && cached.mtimeMs === mtimeMs) return cached.file;
  let kept: string | null;
  try {
    kept = readFileSync(filename, "utf8");
  } catch {
    return null;
  }
  let scanned: FileScan | null = null;
  let tagged: boolean | null = null;
  let links: Link[] | null = null;
  // read again (once) when the text was let go; a file gone since reads as empty
  const textOf = (): string => (kept ??= readOr(filename, ""));
  const file: GraphFile = {
    get text() {
      return textOf();
    },
    get links() {
      links ??= linksOf(textOf(), filename);
      return links;
    },
    scan() {
      if (!scanned) {
        // Most files a page pulls in hold no tracker: they are not parsed at all. Those that do are
        // read through the language's one parse entry point, as the rules read them.
        const text = textOf();
        scanned = mayHoldTracker(text) ? scanFile(parsedView(text, filename, () => parseSource(text, filename))) : EMPTY_SCAN;
      }
      return scanned;
    },
    tagged() {
      if (tagged === null) {
        tagged = looksTagged(textOf());
        if (links === null && scanned === null) kept = null;
      }
      return tagged;
    },
  };
  cache.set(filename, { mtimeMs, file });
  return file;
}

function readOr(filename: string, fallback: string): string {
  try {
    return readFileSync(filename, "utf8");
  } catch {
    return fallback;
  }
}
