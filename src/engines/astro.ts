import { IMPORTS } from "./script.js";
import { MARKUP_AND_CODE_COMMENTS } from "./shared-syntax.js";
import type { Engine } from "./types.js";

/** Astro components: a `---` server fence (code, masked like a PHP block), then markup with `{ }` expressions. */
export const astro: Engine = {
  id: "astro",
  name: "Astro",
  extensions: [".astro"],
  linted: "components",
  comments: MARKUP_AND_CODE_COMMENTS,
  mask: { braces: true },
  fence: "code",
  links: [IMPORTS],
};
