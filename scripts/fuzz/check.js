// Lints one fuzzed file through each config the plugin ships and says what went wrong, if anything.
// Shared by the fuzz test (the plugin from src/) and `npm run fuzz` (the plugin from dist/).
//
// What must hold, for every file and config: ESLint does not throw (a rule that throws ends every
// file's lint), no `internalError` message (a rule caught throwing), no `fileNotChecked` (the scan
// caught a throw; a container export that no longer reads as JSON says so, by design); and every suggestion, applied, gives a text that still parses when the file did
// and is not offered the same suggestion again.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Linter } from "eslint";

/** How many suggestions of one file are applied and linted again (each is a full lint). */
const SUGGESTIONS_PER_FILE = 3;

/** The host parsers a site may have installed (devDependencies here), as a site's config sets them. */
async function hostConfigs() {
  const load = async (name) => {
    const module = await import(name);
    return module.default ?? module;
  };
  const [vue, svelte, astro, html, typescript] = await Promise.all(["vue-eslint-parser", "svelte-eslint-parser", "astro-eslint-parser", "@html-eslint/parser", "@typescript-eslint/parser"].map(load));
  return [
    { files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"], languageOptions: { parser: typescript } },
    { files: ["**/*.vue"], languageOptions: { parser: vue, parserOptions: { parser: typescript, sourceType: "module" } } },
    { files: ["**/*.svelte"], languageOptions: { parser: svelte, parserOptions: { parser: typescript } } },
    { files: ["**/*.astro"], languageOptions: { parser: astro, parserOptions: { parser: typescript } } },
    { files: ["**/*.html", "**/*.htm"], languageOptions: { parser: html } },
  ];
}

/**
 * The configs to fuzz through: recommended and strict, each (1) with pixel-guard parsing every file
 * (the command's hosts), (2) next to every host parser installed here, (3) with the
 * `pixel-guard/html` language on every page (docs/language.md).
 */
export async function fuzzConfigs({ plugin, buildConfig, OWN_HOSTS, HTML_FILES }) {
  const hosts = await hostConfigs();
  const withHosts = { ...OWN_HOSTS, typescript: true, vue: true, svelte: true, astro: true, html: true };
  const variants = [];
  for (const name of ["recommended", "strict"]) {
    variants.push({ name: `${name}, own parsers`, config: buildConfig(name, plugin, OWN_HOSTS) });
    variants.push({ name: `${name}, host parsers`, config: [...hosts, ...buildConfig(name, plugin, withHosts)] });
    variants.push({ name: `${name}, pixel-guard/html language`, config: [...buildConfig(name, plugin, OWN_HOSTS), { files: HTML_FILES, language: "pixel-guard/html", languageOptions: {} }] });
  }
  return variants;
}

/** A checker bound to one temp folder as ESLint's cwd (no site around the fuzzed files). */
export function createChecker() {
  const cwd = mkdtempSync(path.join(tmpdir(), "pixel-guard-fuzz-"));
  const linter = new Linter({ cwd });
  const lint = (text, file, variant) => linter.verify(text, variant.config, path.join(cwd, file));

  /** The problems of one file under one config: an empty list when all holds. */
  function check(file, text, variant) {
    const problems = [];
    let messages;
    try {
      messages = lint(text, file, variant);
    } catch (error) {
      return [`ESLint threw: ${error instanceof Error ? (error.stack ?? error.message).split("\n").slice(0, 4).join(" | ") : String(error)}`];
    }
    for (const message of messages) {
      // a tag-manager export that is not JSON any more is one `fileNotChecked` message, by design,
      // and so is a Pug file that no longer parses ("could not read this Pug file")
      const unreadable = message.messageId === "fileNotChecked" && /container could not be read|could not read this/u.test(message.message);
      if (message.messageId === "internalError" || (message.messageId === "fileNotChecked" && !unreadable)) problems.push(`${message.ruleId} ${message.messageId}: ${message.message}`);
    }
    const parsed = !messages.some((message) => message.fatal);
    let applied = 0;
    for (const message of messages) {
      for (const suggestion of message.suggestions ?? []) {
        if (applied >= SUGGESTIONS_PER_FILE) return problems;
        applied += 1;
        const { range, text: replacement } = suggestion.fix;
        // ranges are in the text ESLint lints, without its BOM (as ESLint's own fixer applies them)
        const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        const body = text.slice(bom.length);
        const fixed = bom + body.slice(0, range[0]) + replacement + body.slice(range[1]);
        let after;
        try {
          after = lint(fixed, file, variant);
        } catch (error) {
          problems.push(`ESLint threw on the text after suggestion "${suggestion.desc}": ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        if (parsed && after.some((m) => m.fatal)) problems.push(`suggestion "${suggestion.desc}" gives a text that no longer parses: ${after.find((m) => m.fatal)?.message}`);
        const same = (list) => list.flatMap((m) => m.suggestions ?? []).filter((s) => s.desc === suggestion.desc && s.fix.text === replacement).length;
        if (same(after) >= same(messages)) problems.push(`suggestion "${suggestion.desc}" is offered again once applied`);
      }
    }
    return problems;
  }
  return { check, cwd };
}
