import { HTML_COMMENT } from "./shared-syntax.js";
import type { Engine } from "./types.js";
import { handlebars } from "./handlebars.js";
import { liquid } from "./liquid.js";
import { nunjucks } from "./nunjucks.js";
import { thymeleaf } from "./thymeleaf.js";
import { go } from "./go.js";
import { ssi } from "./ssi.js";

/** Plain pages; a `.html` page may be any engine's (Jekyll, Eleventy, Nunjucks, Django, Hugo, server-side includes): read with the template ones' links. */
export const html: Engine = {
  id: "html",
  name: "HTML",
  extensions: [".html", ".htm", ".xhtml"],
  linted: "html",
  comments: [HTML_COMMENT],
  mask: {},
  fence: "yaml",
  links: [...nunjucks.links, ...liquid.links, ...handlebars.links, ...thymeleaf.links, ...go.links, ...ssi.links],
};
