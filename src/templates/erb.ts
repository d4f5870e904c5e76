import path from "node:path";
import type { Link } from "../engines/index.js";

const APPLICATION_LAYOUT = "app/views/layouts/application.html.erb";

/** Rails: `app/views/layouts/application.html.erb` wraps every view that is not itself a layout or a partial. */
export function railsLayoutLinksOf(filename: string): Link[] {
  const normalized = filename.split(path.sep).join("/");
  const isView = /(?:^|\/)app\/views\//.test(normalized) && !normalized.includes("/layouts/") && !path.posix.basename(normalized).startsWith("_");
  return isView ? [{ target: APPLICATION_LAYOUT, candidates: [APPLICATION_LAYOUT], range: [0, 0], kind: "wrapper", relative: false }] : [];
}
