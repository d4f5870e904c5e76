import { IMPORTS } from "./script.js";
import { DOUBLE_BRACE_TAG, MARKUP_AND_CODE_COMMENTS } from "./shared-syntax.js";
import type { Engine } from "./types.js";

/** Vue single-file components: `<template>` with `{{ }}` and `@click`, and a `<script>`. */
export const vue: Engine = {
  id: "vue",
  name: "Vue",
  extensions: [".vue"],
  linted: "components",
  comments: MARKUP_AND_CODE_COMMENTS,
  mask: { tags: [DOUBLE_BRACE_TAG] },
  fence: "yaml",
  links: [IMPORTS],
};
