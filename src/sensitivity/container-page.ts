/**
 * A tag-manager container as a "page": it is sensitive when one of its tags reaches a sensitive
 * page, and each tag is reported with its own reason (`Page.at`). The container's pages are
 * sensitive where `sensitiveUrls` or the site's routed sensitive pages say, or all of them when a
 * `sensitive` glob names the container itself.
 */
import type { Container } from "../detect/gtm/container.js";
import { reachingTagsOf } from "./containers.js";
import { matchingGlobOf } from "./globs.js";
import type { Page } from "./index.js";
import { sensitiveRoutesOf } from "./routes.js";
import type { Settings } from "./settings.js";
import type { SensitiveUrl } from "./url-paths.js";

export interface ContainerFile {
  settings: Settings;
  /** The container's path, relative to the settings' folder. */
  relative: string;
  /** The `sensitive` glob the container's own path matches, if any. */
  glob: string | null;
  cwd: string;
}

/** The URL path patterns of the site's sensitive pages, as far as settings and routing tell. */
function sensitiveUrlsOf(file: ContainerFile): SensitiveUrl[] {
  if (file.glob) return [{ pattern: "/**", description: `every page, as the container matches "${file.glob}" in settings` }];
  const listed = (file.settings.sensitiveUrls ?? []).map((pattern) => ({ pattern, description: `"${pattern}" in sensitiveUrls` }));
  let routed: SensitiveUrl[] = [];
  try {
    routed = sensitiveRoutesOf(file.cwd, file.settings.sensitive);
  } catch {
    routed = []; // routes are extra evidence: a file system surprise must not end the lint
  }
  return [...listed, ...routed];
}

export function containerPageOf(container: Container, file: ContainerFile): Page {
  const reaches = container.tags.length > 0 ? reachingTagsOf(container, sensitiveUrlsOf(file)) : [];
  const allowed = new Set<string>();
  if (file.glob) for (const entry of file.settings.allow) if (matchingGlobOf(file.relative, entry.paths)) for (const vendor of entry.vendors) allowed.add(vendor);
  const first = reaches[0];
  const page: Page = {
    sensitive: first !== undefined,
    evidence: first ? { source: "reach", categories: [], line: null, detail: `the pages its tags fire on (${reaches.length === 1 ? "1 tag" : `${reaches.length} tags`})` } : null,
    why: first?.why ?? "",
    categories: [],
    settings: file.settings,
    allows: (vendorId) => allowed.has(vendorId),
    at: (range) => {
      const reach = reaches.find(({ tag }) => tag.range[0] <= range[0] && range[1] <= tag.range[1]);
      return reach ? { ...page, why: reach.why, at: undefined } : null;
    },
  };
  return page;
}
