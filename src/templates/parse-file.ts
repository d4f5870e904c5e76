import { readFileSync, statSync } from "node:fs";
import { parsedView } from "../detect/analysis.js";
import { scanFile } from "../detect/scan.js";
import { EMPTY_SCAN, type FileScan } from "../detect/findings.js";
import { mayHoldTracker } from "../detect/needles.js";
import { parseSource } from "../language/index.js";
import { looksTagged } from "../sensitivity/explicit-tag.js";
import { ownCopy } from "../literals.js";
import { linksOf, type Link } from "./links.js";
import { rememberText, rememberedText } from "./text-cache.js";

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

/**
 * One file's record: what the graph asked of it, computed on first use and kept. A class, so a
 * 10,000-page site's records share their methods (a record per page is a few fields, not five
 * closures and their scope).
 */
class GraphFileRecord implements GraphFile {
  #links: Link[] | null = null;
  #scanned: FileScan | null = null;
  #tagged: boolean | null = null;

  constructor(
    readonly filename: string,
    readonly mtimeMs: number,
  ) {}

  /** Read again when the cache let it go; a file gone since reads as empty. */
  get text(): string {
    return rememberedText(this.filename) ?? rememberText(this.filename, readOr(this.filename, ""));
  }

  get links(): Link[] {
    this.#links ??= linksOf(this.text, this.filename).map(detachedLink);
    return this.#links;
  }

  scan(): FileScan {
    if (!this.#scanned) {
      // Most files a page pulls in hold no tracker: they are not parsed at all. Those that do are
      // read through the language's one parse entry point, as the rules read them.
      const text = this.text;
      this.#scanned = mayHoldTracker(text) ? scanFile(parsedView(text, this.filename, () => parseSource(text, this.filename))) : EMPTY_SCAN;
    }
    return this.#scanned;
  }

  tagged(): boolean {
    this.#tagged ??= looksTagged(this.text);
    return this.#tagged;
  }
}

const cache = new Map<string, GraphFileRecord>();

/**
 * A graph file by absolute path; null when it cannot be read. What the graph asks of a file (its
 * links, its trackers, its tag) is computed once and kept; the text is not: it sits in a bounded
 * cache of recently used texts (text-cache.ts), so the layouts every page pulls in stay at hand while
 * a 10,000-page site's texts do not stay in memory to the end of the run. A text let go is read again
 * if a later file needs it. Links keep copies of the strings they cut from the text.
 */
export function graphFileOf(filename: string): GraphFile | null {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(filename).mtimeMs;
  } catch {
    return null;
  }
  const cached = cache.get(filename);
  if (cached && cached.mtimeMs === mtimeMs) return cached;
  try {
    rememberText(filename, readFileSync(filename, "utf8"));
  } catch {
    return null;
  }
  const file = new GraphFileRecord(filename, mtimeMs);
  cache.set(filename, file);
  return file;
}

function detachedLink(link: Link): Link {
  return { ...link, target: ownCopy(link.target), candidates: link.candidates.map(ownCopy) };
}

function readOr(filename: string, fallback: string): string {
  try {
    return readFileSync(filename, "utf8");
  } catch {
    return fallback;
  }
}
