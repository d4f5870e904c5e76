/**
 * Django's template loaders, without settings: the project's `templates/` folder (`DIRS`) and each
 * app's `templates/` (`APP_DIRS`), where templates are namespaced by the app's name:
 * `{% extends "polls/base.html" %}` is `polls/templates/polls/base.html`. Names are looked up from
 * the page's folder and each folder above it, so apps under `apps/` or `src/` are found too.
 */
const APP = /^([\w-]+)\//;

/** Django's templates are `.html` files (a `.njk` or `.twig` name is another engine's). */
const DJANGO_TEMPLATE = /\.html$/;

/** The files a Django template name may be, besides the name as written. */
export function djangoCandidatesOf(name: string): string[] {
  if (!DJANGO_TEMPLATE.test(name)) return [];
  const app = APP.exec(name)?.[1];
  return [`templates/${name}`, ...(app ? [`${app}/templates/${name}`] : [])];
}
