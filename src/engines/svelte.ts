import { IMPORTS } from "./script.js";
import { MARKUP_AND_CODE_COMMENTS } from "./shared-syntax.js";
import type { Engine } from "./types.js";

/** Svelte components: `{ }` expressions (`{#if}`, `{@html}`), `<svelte:head>`, a `<script>`. */
export const svelte: Engine = {
  id: "svelte",
  name: "Svelte",
  extensions: [".svelte"],
  linted: "components",
  comments: MARKUP_AND_CODE_COMMENTS,
  mask: { braces: true },
  fence: "yaml",
  links: [IMPORTS],
};
