import type { Link } from "../engines/index.js";
import { djangoCandidatesOf } from "./django.js";
import { drupalCandidatesOf } from "./drupal.js";

/** The folders a site keeps what one kind of link names in, tried in order. */
interface Folders {
  folders: string[];
  /** Every folder for the first file name, then the next (the default); or each folder with every file name. */
  folderFirst?: boolean;
}

const LIQUID_INCLUDES: Folders = { folders: ["_includes/", "snippets/", ""] };
const LARAVEL_VIEWS: Folders = { folders: ["resources/views/", ""] };
// issue 10: ASP.NET views (the view's folder, then `Shared`; Umbraco `Views/Partials`), Spring Boot templates, Smarty
const ASPNET_VIEWS: Folders = { folders: ["", "Shared/", "Views/Shared/", "Pages/Shared/", "Views/Partials/", "Views/"] };
const SPRING_TEMPLATES: Folders = { folders: ["", "templates/", "src/main/resources/templates/"] };
const SMARTY_TEMPLATES: Folders = { folders: ["", "templates/"] };

/**
 * Site conventions, by the engine whose syntax wrote the link and the link's kind (`*`: any kind):
 * Jekyll `_includes/` and Shopify `snippets/` and `sections/`, the usual Handlebars partials
 * folders, Rails `app/views/`, Laravel `resources/views/`, Hugo `layouts/partials/` (and `_partials/`). A kind not listed is looked up as written.
 */
const FOLDERS: Record<string, Record<string, Folders>> = {
  liquid: { include: LIQUID_INCLUDES, render: LIQUID_INCLUDES, section: { folders: ["sections/"] } },
  handlebars: { partial: { folders: ["partials/", "views/partials/", "templates/partials/", "_partials/", ""] } },
  erb: { render: { folders: ["", "app/views/"], folderFirst: true } },
  blade: { "*": LARAVEL_VIEWS },
  // issue 10
  ...{ razor: { "*": ASPNET_VIEWS }, thymeleaf: { "*": SPRING_TEMPLATES }, freemarker: { "*": SPRING_TEMPLATES }, smarty: { "*": SMARTY_TEMPLATES } },
  go: { partial: { folders: ["partials/", "_partials/"] } },
};

/**
 * Conventions that compute where a name is rather than list folders, after the name as written:
 * Django's app `templates/` folders and Drupal's theme namespaces, for `{% %}` tags.
 */
const MORE_CANDIDATES: Record<string, Array<(name: string) => string[]>> = {
  nunjucks: [djangoCandidatesOf, drupalCandidatesOf],
};

/** A link with the folders its engine's sites look it up in. */
export function inFoldersOf(engine: string, link: Link): Link {
  if (link.relative) return link;
  const placed = inListedFoldersOf(engine, link);
  const more = MORE_CANDIDATES[engine];
  if (!more) return placed;
  return { ...placed, candidates: [...new Set([...placed.candidates, ...placed.candidates.flatMap((name) => more.flatMap((candidatesOf) => candidatesOf(name)))])] };
}

function inListedFoldersOf(engine: string, link: Link): Link {
  const conventions = FOLDERS[engine];
  const place = conventions?.[link.kind] ?? conventions?.["*"];
  if (!place) return link;
  const { folders } = place;
  const candidates = place.folderFirst
    ? folders.flatMap((folder) => link.candidates.map((name) => `${folder}${name}`))
    : link.candidates.flatMap((name) => folders.map((folder) => `${folder}${name}`));
  return { ...link, candidates };
}
