import { CODE_COMMENTS } from "./shared-syntax.js";
import type { Engine } from "./types.js";

/** CSS at-rules (`@media`, `@font-face`): never template directives in a `<style>`. */
export const CSS_AT_RULES: ReadonlySet<string> = new Set([
  "media", "import", "font-face", "keyframes", "supports", "page", "charset", "layer", "container",
  "property", "namespace", "counter-style", "font-feature-values", "document", "viewport",
]);

/** A stylesheet is read as a page holding one `<style>`: its `url()` beacons are found. */
export const stylesheet: Engine = {
  id: "stylesheet",
  name: "CSS, SCSS",
  extensions: [".css", ".scss"],
  linted: "html",
  comments: CODE_COMMENTS,
  mask: {},
  fence: "yaml",
  links: [],
};
