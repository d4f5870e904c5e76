import type { Link } from "../engines/index.js";

/** The folders a site keeps what one kind of link names in, tried in order. */
interface Folders {
  folders: string[];
  /** Every folder for the first file name, then the next (the default); or each folder with every file name. */
  folderFirst?: boolean;
}

const LIQUID_INCLUDES: Folders = { folders: ["_includes/", "snippets/", ""] };
const LARAVEL_VIEWS: Folders = { folders: ["resources/views/", ""] };

/**
 * Site conventions, by the engine whose syntax wrote the link and the link's kind (`*`: any kind):
 * Jekyll `_includes/` and Shopify `snippets/` and `sections/`, the usual Handlebars partials
 * folders, Rails `app/views/`, Laravel `resources/views/`. A kind not listed is looked up as written.
 */
const FOLDERS: Record<string, Record<string, Folders>> = {
  liquid: { include: LIQUID_INCLUDES, render: LIQUID_INCLUDES, section: { folders: ["sections/"] } },
  handlebars: { partial: { folders: ["partials/", "views/partials/", "templates/partials/", "_partials/", ""] } },
  erb: { render: { folders: ["", "app/views/"], folderFirst: true } },
  blade: { "*": LARAVEL_VIEWS },
};

/** A link with the folders its engine's sites look it up in. */
export function inFoldersOf(engine: string, link: Link): Link {
  const conventions = FOLDERS[engine];
  const place = conventions?.[link.kind] ?? conventions?.["*"];
  if (!place || link.relative) return link;
  const { folders } = place;
  const candidates = place.folderFirst
    ? folders.flatMap((folder) => link.candidates.map((name) => `${folder}${name}`))
    : link.candidates.flatMap((name) => folders.map((folder) => `${folder}${name}`));
  return { ...link, candidates };
}
