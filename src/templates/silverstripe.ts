import path from "node:path";
import type { Link } from "../engines/index.js";

/**
 * Silverstripe: a page's `templates/Layout/ReportPage.ss` is printed at `$Layout` in the main
 * template of its class, `templates/ReportPage.ss`, or of the class it extends, most often
 * `templates/Page.ss`.
 */
export function silverstripeLayoutLinksOf(filename: string): Link[] {
  if (path.basename(path.dirname(filename)) !== "Layout") return [];
  const name = path.basename(filename);
  const candidates = [...new Set([`../${name}`, "../Page.ss"])];
  return [{ target: "$Layout", candidates, range: [0, 0], kind: "wrapper", relative: true }];
}
