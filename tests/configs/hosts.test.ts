/**
 * Where the configs set a parser: only where the project has none of its own. hostsOf() looks for
 * each framework's parser in the project folder the way the site's eslint.config.js would import it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hostsOf, OWN_HOSTS } from "../../src/configs/hosts.js";

/** A project folder whose node_modules holds these packages (a package.json and an index.js each). */
function projectWith(packages: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "pg-hosts-"));
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "site", private: true }));
  for (const name of packages) {
    const folder = path.join(root, "node_modules", ...name.split("/"));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "package.json"), JSON.stringify({ name, version: "1.0.0", main: "index.js" }));
    writeFileSync(path.join(folder, "index.js"), "module.exports = {};\n");
  }
  return root;
}

describe("hostsOf", () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it("finds nothing in a project with no parsers: pixel-guard parses everything itself", () => {
    const root = projectWith([]);
    roots.push(root);
    expect(hostsOf(root)).toEqual(OWN_HOSTS);
  });

  it("finds each framework's parser the project installed", () => {
    const root = projectWith(["vue-eslint-parser", "@typescript-eslint/parser", "@html-eslint/parser"]);
    roots.push(root);
    expect(hostsOf(root)).toEqual({ typescript: true, vue: true, svelte: false, astro: false, html: true, css: false, markdown: false, json: false });
  });

  it("finds packages hoisted to a workspace root above the project folder", () => {
    const root = projectWith(["svelte-eslint-parser", "astro-eslint-parser", "@eslint/css"]);
    roots.push(root);
    const app = path.join(root, "packages", "site");
    mkdirSync(app, { recursive: true });
    expect(hostsOf(app)).toMatchObject({ svelte: true, astro: true, css: true, vue: false });
  });
});

describe("hostsOf: @eslint/markdown", () => {
  it("finds @eslint/markdown: pixel-guard's rules then run under its markdown language", () => {
    const root = projectWith(["@eslint/markdown"]);
    try {
      expect(hostsOf(root)).toMatchObject({ markdown: true, html: false });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
