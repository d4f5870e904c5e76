import { HTML_COMMENT } from "./shared-syntax.js";
import type { Engine } from "./types.js";
import { liquid } from "./liquid.js";
import { nunjucks } from "./nunjucks.js";

/**
 * Markdown content pages (Jekyll, Eleventy, Hugo, Docusaurus, MDX): read with a Markdown parser
 * (src/language/markdown.ts), only their raw HTML is markup; code blocks and code spans are not.
 * Front matter names the layout (src/templates/); Jekyll and Eleventy run Liquid (or Nunjucks)
 * over a page before Markdown, so its `{% include %}` tags are links too.
 */
export const markdown: Engine = {
  id: "markdown",
  name: "Markdown, MDX",
  extensions: [".md", ".markdown", ".mdx"],
  linted: "html",
  comments: [HTML_COMMENT],
  mask: {},
  fence: "yaml",
  links: [...liquid.links, ...nunjucks.links],
};
