// The fuzz corpus and its mutations, shared by the fuzz test (tests/fuzz/fuzz.test.ts) and the
// long runs (`npm run fuzz`). Seeded (bench/prng.js): the same seed and index give the same file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRandom, subSeed } from "../../bench/prng.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Where the seeds come from: the fixture sites and the example site `npm run demo` scans. */
export const CORPUS_ROOTS = ["tests/fixtures", "examples"];
const MAX_SEED_BYTES = 200_000;

/** Every text file of the fixtures and the example site, sorted, as `{ path, text }` (path relative, forward slashes). */
export function corpusOf(repo = REPO) {
  const files = [];
  for (const root of CORPUS_ROOTS) {
    const stack = [path.join(repo, root)];
    while (stack.length > 0) {
      const dir = stack.pop();
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) stack.push(full);
        else if (entry.isFile() && statSync(full).size <= MAX_SEED_BYTES) {
          const bytes = readFileSync(full);
          if (!bytes.includes(0)) files.push({ path: path.relative(repo, full).split(path.sep).join("/"), text: bytes.toString("utf8") });
        }
      }
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const DELIMITERS = ["{{", "}}", "{%", "%}", "{#", "#}", "<%", "%>", "<?php", "?>", "{{{", "{!!", "@{", "${", "<!--", "-->", "<![CDATA[", "*}", "{*", "@*", "{{--"];
const OPENERS = ["<script>", "<script type=\"module\">", "<style>", "<!--", "/*", "{#", "{{!--", "<%--", "<template>", "<textarea>", "<noscript>", "---\n", "```", "`", "<svg><![CDATA["];
const QUOTES = ['"', "'", "`", '="', "='", "\\"];
const TRACKER_BITS = [
  "fbq('init', '123456789');",
  "fbq('track', 'Lead', {email: user.email});",
  '<img src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1">',
  '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>',
  "gtag('event', 'page_view', { page_title: document.title });",
  '<div data-fb-event="x" onclick="fbq(\'track\',\'Contact\')">',
  "<!-- sensitive-content: health -->",
  "{# sensitive-content #}",
  "// sensitive-content",
];

/** The mutations, each `(text, random, other) => text`; `other` is another corpus file's text (for splices). */
export const MUTATIONS = {
  cut(text, r) {
    if (text.length === 0) return text;
    const at = r.int(0, text.length - 1);
    return text.slice(0, at) + text.slice(Math.min(text.length, at + r.int(1, 200)));
  },
  truncate: (text, r) => text.slice(0, r.int(0, text.length)),
  splice(text, r, other) {
    const from = r.int(0, other.length);
    return insert(text, r, other.slice(from, from + r.int(1, 400)));
  },
  quote: (text, r) => insert(text, r, r.pick(QUOTES)),
  delimiter: (text, r) => insert(text, r, r.pick(DELIMITERS)),
  unterminated: (text, r) => insert(text, r, r.pick(OPENERS)),
  tracker: (text, r) => insert(text, r, r.pick(TRACKER_BITS)),
  bytes(text, r) {
    let piece = "";
    for (let i = r.int(1, 16); i > 0; i -= 1) piece += String.fromCharCode(r.int(0, 0xffff));
    return insert(text, r, piece);
  },
  invalidUtf8(text, r) {
    const bytes = Buffer.from(Array.from({ length: r.int(1, 8) }, () => r.int(0x80, 0xff)));
    return insert(text, r, r.chance(0.5) ? new TextDecoder("utf-8").decode(bytes) : "\uD800\uDFFF\uDC00");
  },
  nul: (text, r) => insert(text, r, "\0".repeat(r.int(1, 4))),
  bom: (text) => `\uFEFF${text}`,
  crlf: (text) => text.replace(/\r?\n/gu, "\r\n"),
  cr: (text) => text.replace(/\r?\n/gu, "\r"),
  longLine: (text, r) => (r.chance(0.5) ? text.replace(/\r?\n/gu, " ") : insert(text, r, "a".repeat(r.int(1000, 100_000)))),
  deepNesting(text, r) {
    const depth = r.int(100, 3000);
    const [open, close] = r.pick([["<div>", "</div>"], ["<span><b>", "</b></span>"], ["(", ")"], ["[", "]"], ["{", "}"], ["{% if a %}", "{% endif %}"], ["> ", ""]]);
    const inner = r.pick(TRACKER_BITS);
    return insert(text, r, open.repeat(depth) + inner + (r.chance(0.7) ? close.repeat(depth) : ""));
  },
};

const NAMES = Object.keys(MUTATIONS);

function insert(text, r, piece) {
  const at = r.int(0, text.length);
  return text.slice(0, at) + piece + text.slice(at);
}

/** File `index` of a run with `seed`: a corpus file with one to three mutations (their names listed). */
export function mutantOf(corpus, seed, index) {
  const r = createRandom(subSeed(seed, index));
  const base = r.pick(corpus);
  let text = base.text;
  const applied = [];
  for (let i = r.int(1, 3); i > 0; i -= 1) {
    const name = r.pick(NAMES);
    text = MUTATIONS[name](text, r, r.pick(corpus).text);
    applied.push(name);
  }
  return { path: base.path, text, mutations: applied };
}
