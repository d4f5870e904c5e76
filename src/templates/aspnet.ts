import path from "node:path";
import type { Link } from "../engines/index.js";

/** A view that sets its own layout (`Layout = "x";`, `Layout = null;`): `_ViewStart.cshtml` does not choose it. */
const OWN_LAYOUT = /\bLayout\s*=/;
/** Folders of partial views and view components (ASP.NET `Shared`, Umbraco `Partials`, `MacroPartials`, `Components`). */
const PARTIAL_FOLDERS = new Set(["shared", "partials", "macropartials", "components"]);

/**
 * ASP.NET MVC and Razor Pages: a view runs the nearest `_ViewStart.cshtml` above it, whose
 * `Layout = "_Layout";` is its layout unless the view sets its own (`null`: none). Partials
 * (`_Name.cshtml`, views in the partial folders) and Blazor components get none.
 */
export function viewStartLinksOf(text: string, filename: string): Link[] {
  const name = path.basename(filename);
  const folder = path.basename(path.dirname(filename)).toLowerCase();
  if (!name.toLowerCase().endsWith(".cshtml") || name.startsWith("_") || PARTIAL_FOLDERS.has(folder) || OWN_LAYOUT.test(text)) return [];
  // looked up from the view's folder upwards: the nearest `_ViewStart.cshtml` is found first
  return [{ target: "_ViewStart.cshtml", candidates: ["_ViewStart.cshtml"], range: [0, 0], kind: "wrapper", relative: false }];
}
