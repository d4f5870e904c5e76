// The project's own lint: typescript-eslint for the source, eslint-plugin-eslint-plugin for the
// rules, eslint-plugin-regexp so that every regex stays linear.
import eslintPlugin from "eslint-plugin-eslint-plugin";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "bench/corpus/", "bench/.tmp/", "examples/", "tests/fixtures/"] },
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  { files: ["src/rules/**/*.ts"], ...eslintPlugin.configs.recommended },
  {
    files: ["src/rules/**/*.ts"],
    rules: {
      // House rule: every rule states `meta.defaultOptions`, `[]` included, so that the options a
      // rule takes (none) are said in one place; the plugin's check would have us drop it.
      "eslint-plugin/require-meta-default-options": "off",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
