// The template part of the corpus (`node bench/run.js --part templates`): server-side pages in six
// template families (.html .njk .liquid .hbs .php .erb), 5-60 KB each, some minified to one line;
// about 5% carry the Meta Pixel base code in a <script> plus its <noscript> image beacon (or
// GTM/gtag), and a few pages pull a pixel in through a layout. Plus two stress pages (a 5 MB line,
// 20,000 nested divs).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NOUNS, SENSITIVE_SLUGS, SENSITIVE_TITLES, WORDS, createRandom, kebab, sentence, subSeed } from "./prng.js";
import { GTAG_SNIPPET, GTM_SNIPPET, metaNoscript, metaScriptTag } from "./snippets.js";

const SENSITIVE = "sensitive-content: crime-victims";

/** How each family spells output, loops, conditions, comments, and its layout wiring. */
const FAMILIES = {
  html: {
    out: (_v, literal) => literal,
    loop: (_list, body, r) => Array.from({ length: r.int(2, 6) }, () => body).join("\n"),
    when: (_c, body) => body,
    comment: (t) => `<!-- ${t} -->`,
  },
  njk: {
    out: (v) => `{{ ${v} | escape }}`,
    loop: (list, body) => `{% for item in ${list} %}\n${body}\n{% endfor %}`,
    when: (c, body) => `{% if ${c} %}\n${body}\n{% endif %}`,
    comment: (t) => `{# ${t} #}`,
    page: (layout, head, body) => `{% extends "layouts/${layout}.njk" %}\n{% block head %}\n${head}\n{% endblock %}\n{% block content %}\n${body}\n{% endblock %}`,
    slot: { head: "{% block head %}{% endblock %}", body: "{% block content %}{% endblock %}" },
  },
  liquid: {
    out: (v) => `{{ ${v} | escape }}`,
    loop: (list, body) => `{% for item in ${list} %}\n${body}\n{% endfor %}`,
    when: (c, body) => `{% if ${c} %}\n${body}\n{% endif %}`,
    comment: (t) => `{% comment %}${t}{% endcomment %}`,
    page: (layout, head, body) => `---\nlayout: ${layout}\ntitle: page\n---\n${head}\n${body}`,
    slot: { head: "{{ content_for_header }}", body: "{{ content }}" },
  },
  hbs: {
    out: (v) => `{{${v}}}`,
    loop: (list, body) => `{{#each ${list}}}\n${body}\n{{/each}}`,
    when: (c, body) => `{{#if ${c}}}\n${body}\n{{/if}}`,
    comment: (t) => `{{!-- ${t} --}}`,
    page: (layout, head, body) => `{{#> layouts/${layout}}}\n{{#*inline "head"}}\n${head}\n{{/inline}}\n${body}\n{{/layouts/${layout}}}`,
    slot: { head: '{{> head}}', body: "{{> @partial-block}}" },
  },
  php: {
    out: (v) => `<?php echo htmlspecialchars($${v.replace(/\./g, "_")}); ?>`,
    loop: (list, body) => `<?php foreach ($${list.replace(/\./g, "_")} as $item): ?>\n${body}\n<?php endforeach; ?>`,
    when: (c, body) => `<?php if (!empty($${c.replace(/\./g, "_")})): ?>\n${body}\n<?php endif; ?>`,
    comment: (t) => `<?php /* ${t} */ ?>`,
    // The head is markup captured with output buffering (not a heredoc string), as PHP themes do.
    page: (layout, head, body) => `<?php ob_start(); ?>\n${head}\n<?php $head = ob_get_clean(); include __DIR__ . '/../layouts/${layout}.php'; ?>\n${body}\n<?php include __DIR__ . '/../layouts/footer.php'; ?>`,
    slot: { head: "<?php echo $head ?? ''; ?>", body: "" },
  },
  erb: {
    out: (v) => `<%= @${v} %>`,
    loop: (list, body) => `<% @${list.replace(/\./g, "_")}.each do |item| %>\n${body}\n<% end %>`,
    when: (c, body) => `<% if @${c.replace(/\./g, "_")} %>\n${body}\n<% end %>`,
    comment: (t) => `<%# ${t} %>`,
    page: (layout, head, body) => `<% content_for :head do %>\n${head}\n<% end %>\n<%= render "layouts/${layout}_header" %>\n${body}`,
    slot: { head: "<%= yield :head %>", body: "" },
  },
};
const EXT = Object.keys(FAMILIES);

/**
 * Issue 10's server engines, written as their sites do; `generateTemplates(dir, count, seed,
 * SERVER_EXT)` writes a corpus of them (the default corpus keeps its six families, so its figures
 * stay comparable). Smarty sites wrap JavaScript in `{literal}` (`raw`).
 */
export const SERVER_FAMILIES = {
  cshtml: {
    out: (v) => `@${v}`,
    loop: (list, body) => `@foreach (var item in ${list})\n{\n${body}\n}`,
    when: (c, body) => `@if (${c} != null)\n{\n${body}\n}`,
    comment: (t) => `@* ${t} *@`,
    page: (layout, head, body) => `@{\n    Layout = "~/cshtml/layouts/${layout}.cshtml";\n    ViewData["Title"] = "page";\n}\n@section head {\n${head}\n}\n${body}`,
    slot: { head: '@await RenderSectionAsync("head", required: false)', body: "@RenderBody()" },
  },
  jsp: {
    out: (v) => `<c:out value="\${${v}}"/>`,
    loop: (list, body) => `<c:forEach items="\${${list}}" var="item">\n${body}\n</c:forEach>`,
    when: (c, body) => `<c:if test="\${not empty ${c}}">\n${body}\n</c:if>`,
    comment: (t) => `<%-- ${t} --%>`,
    page: (layout, head, body) => `<%@ page contentType="text/html;charset=UTF-8" %>\n${head}\n<%@ include file="../layouts/${layout}.jsp" %>\n${body}`,
    slot: { head: "<jsp:doBody/>", body: "" },
  },
  ftlh: {
    out: (v) => `\${${v}}`,
    loop: (list, body) => `<#list ${list} as item>\n${body}\n</#list>`,
    when: (c, body) => `<#if ${c}??>\n${body}\n</#if>`,
    comment: (t) => `<#-- ${t} -->`,
    page: (layout, head, body) => `${head}\n<#include "../layouts/${layout}.ftlh">\n${body}`,
    slot: { head: "<#nested>", body: "" },
  },
  tpl: {
    out: (v) => `{$${v}|escape}`,
    loop: (list, body) => `{foreach $${list} as $item}\n${body}\n{/foreach}`,
    when: (c, body) => `{if $${c}}\n${body}\n{/if}`,
    comment: (t) => `{* ${t} *}`,
    page: (layout, head, body) => `{extends file="../layouts/${layout}.tpl"}\n{block name=head}\n${head}\n{/block}\n{block name=body}\n${body}\n{/block}`,
    slot: { head: "{block name=head}{/block}", body: "{block name=body}{/block}" },
    raw: (html) => `{literal}${html}{/literal}`,
  },
  ss: {
    out: (v) => `$${v.split(".").map((part) => part[0].toUpperCase() + part.slice(1)).join(".")}`,
    loop: (list, body) => `<% loop $${list} %>\n${body}\n<% end_loop %>`,
    when: (c, body) => `<% if $${c} %>\n${body}\n<% end_if %>`,
    comment: (t) => `<%-- ${t} --%>`,
  },
};
export const SERVER_EXT = Object.keys(SERVER_FAMILIES);
const familyOf = (ext) => FAMILIES[ext] ?? SERVER_FAMILIES[ext];

function section(f, r) {
  const item = (field) => f.out(`item.${field}`, r.pick(NOUNS));
  switch (r.int(0, 7)) {
    case 0:
      return `<section class="hero">\n  <h2>${sentence(r, 3, 7)}</h2>\n  <p class="lead">${sentence(r, 12, 30)}</p>\n  <a class="button" href="/${kebab(r.pick(NOUNS))}">${sentence(r, 2, 4)}</a>\n</section>`;
    case 1:
      return `<article>\n${Array.from({ length: r.int(2, 8) }, () => `  <p>${sentence(r, 20, 60)}</p>`).join("\n")}\n</article>`;
    case 2:
      return `<ul class="cards">\n${f.loop("page.items", `  <li class="card"><a href="/items/${item("slug")}"><h3>${item("title")}</h3><p>${sentence(r, 8, 20)}</p></a></li>`, r)}\n</ul>`;
    case 3:
      return `<form action="/${kebab(r.pick(NOUNS))}" method="post" class="form">\n  <label for="name">Your name</label>\n  <input id="name" name="name" type="text" autocomplete="name">\n  <label for="email">Email</label>\n  <input id="email" name="email" type="email">\n  <label for="msg">${sentence(r, 3, 6)}</label>\n  <textarea id="msg" name="message" rows="6"></textarea>\n  <button type="submit">Send</button>\n</form>`;
    case 4:
      return `<table class="data">\n  <thead><tr><th>${r.pick(NOUNS)}</th><th>Status</th><th>Updated</th></tr></thead>\n  <tbody>\n${f.loop("page.rows", `    <tr><td>${item("name")}</td><td>${r.pick(WORDS)}</td><td>${r.int(1, 28)}/0${r.int(1, 9)}/2024</td></tr>`, r)}\n  </tbody>\n</table>`;
    case 5:
      return `<div class="faq">\n${Array.from({ length: r.int(2, 6) }, () => `  <details><summary>${sentence(r, 4, 9)}</summary><p>${sentence(r, 15, 40)}</p></details>`).join("\n")}\n</div>`;
    case 6:
      return f.when("user", `<p class="greeting">Signed in as ${f.out("user.name", "Sam")}. <a href="/logout">Sign out</a></p>`);
    default:
      return `<figure>\n  <img src="/images/${kebab(r.pick(NOUNS))}-${r.int(1, 99)}.jpg" alt="${sentence(r, 3, 8)}" width="${r.int(300, 1200)}" height="${r.int(200, 800)}" loading="lazy">\n  <figcaption>${sentence(r, 5, 12)}</figcaption>\n</figure>\n<script>document.documentElement.classList.add('js');</script>`;
  }
}

function tracker(r, id) {
  switch (r.weighted([[70, "meta"], [15, "gtm"], [15, "gtag"]])) {
    case "meta":
      return `${metaScriptTag(id, r.chance(0.7))}\n${metaNoscript(id)}`;
    case "gtm":
      return `<script>${GTM_SNIPPET(`GTM-${r.code(7)}`)}</script>`;
    default: {
      const g = `G-${r.code(10)}`;
      return `<script async src="https://www.googletagmanager.com/gtag/js?id=${g}"></script>\n<script>\n${GTAG_SNIPPET(g)}\n</script>`;
    }
  }
}

function head(r, title, extra) {
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<meta name="description" content="${sentence(r, 8, 16)}">`,
    '<link rel="stylesheet" href="/assets/site.css">',
    ...extra,
  ].join("\n");
}

function htmlDocument(r, headHtml, bodyHtml) {
  const nav = NOUNS.slice(0, r.int(4, 9)).map((n) => `<a href="/${kebab(n)}">${n}</a>`).join("\n      ");
  return `<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n${headHtml}\n</head>\n<body>\n  <a class="skip-link" href="#main">Skip to main content</a>\n  <header class="site-header">\n    <nav aria-label="Main">\n      ${nav}\n    </nav>\n  </header>\n  <main id="main">\n${bodyHtml}\n  </main>\n  <footer class="site-footer"><p>${sentence(r)}</p></footer>\n  <script src="/assets/site.js" defer></script>\n</body>\n</html>\n`;
}

/** Puts `line` at the top of `text`, or just after its front matter (which must stay first). */
function afterFrontMatter(text, line) {
  if (!text.startsWith("---\n")) return `${line}\n${text}`;
  const end = text.indexOf("\n---\n", 3) + 5;
  return `${text.slice(0, end)}${line}\n${text.slice(end)}`;
}

/** Scripts as the family writes them (Smarty: in `{literal}`). */
const rawOf = (f, html) => (f.raw ? f.raw(html) : html);

const minify = (text) => text.split("\n").map((l) => l.trim()).join("");

/** Layouts for the families that have them; `tracking` ones carry the pixel (a page reaches it by extending). */
function writeLayouts(dir, r, exts) {
  const out = [];
  for (const ext of exts) {
    const f = familyOf(ext);
    if (!f.page) continue;
    for (const [name, tracking] of [["base", false], ["marketing", true]]) {
      const extra = [f.slot.head, tracking ? rawOf(f, tracker(r, r.digits(15))) : f.comment("no third-party scripts here")];
      const full = htmlDocument(r, head(r, f.out("page.title", "Site"), extra), f.slot.body);
      // PHP and ERB pages include a header layout that stops where the page's content starts.
      const text = f.slot.body === "" ? full.slice(0, full.indexOf("  </main>")) : full;
      const path = ext === "erb" ? `erb/layouts/${name}_header.erb` : `${ext}/layouts/${name}.${ext}`;
      writeFileSync(join(dir, path), text);
      out.push(path);
    }
  }
  mkdirSync(join(dir, "php/layouts"), { recursive: true });
  writeFileSync(join(dir, "php/layouts/footer.php"), "</main>\n<footer class=\"site-footer\"></footer>\n</body>\n</html>\n");
  return out;
}

/**
 * Writes `count` template pages (plus a few layouts) under `dir`, deterministically from `seed`.
 * Returns a manifest like generateCorpus's.
 */
export function generateTemplates(dir, count, seed = 1, exts = EXT) {
  const plan = createRandom(seed);
  for (const ext of exts) for (const sub of ["layouts", "pages", "pages/victims"]) mkdirSync(join(dir, ext, sub), { recursive: true });
  const layouts = writeLayouts(dir, plan, exts);
  const indices = Array.from({ length: count }, (_, i) => i);
  const tracking = new Set(plan.sample(indices, Math.round(count * 0.05)));
  const sensitive = new Set([
    ...plan.sample([...tracking], Math.round(tracking.size * 0.25)),
    ...plan.sample(indices.filter((i) => !tracking.has(i)), Math.round(count * 0.02)),
  ]);
  const manifest = { files: count, seed, bytes: 0, minified: 0, layouts, byExt: {}, trackingFiles: tracking.size, viaLayout: 0, sensitiveFiles: sensitive.size, sensitive: [], tracking: [] };
  const used = new Set();

  for (const i of indices) {
    const r = createRandom(subSeed(seed, i));
    const ext = r.pick(exts);
    const f = familyOf(ext);
    const isSensitive = sensitive.has(i);
    const how = isSensitive ? r.pick(["comment", "meta", "path", "attribute", ext === "njk" || ext === "liquid" ? "front" : "comment"]) : null;
    const title = isSensitive ? r.pick(SENSITIVE_TITLES) : `${r.pick(NOUNS)} ${r.pick(WORDS)}`;
    const slug = isSensitive && how === "path" ? `victims/${r.pick(SENSITIVE_SLUGS)}` : `${kebab(r.pick(NOUNS))}-${r.pick(WORDS)}`;
    let path = `${ext}/pages/${slug}.${ext}`;
    for (let n = 2; used.has(path); n++) path = `${ext}/pages/${slug}-${n}.${ext}`;
    used.add(path);

    const headExtra = [];
    if (how === "meta") headExtra.push('<meta name="sensitive-content" content="crime-victims">');
    if (tracking.has(i)) headExtra.push(rawOf(f, tracker(r, r.digits(16))));
    const target = r.int(5, 56) * 1024; // the last section and the page frame add up to ~4 KB
    const sections = [`<h1${how === "attribute" ? ' data-sensitive="crime-victims"' : ""}>${title}</h1>`];
    if (tracking.has(i) && r.chance(0.3)) sections.push(`<a href="/contact" onclick="fbq('track', 'Contact')">Contact us</a>`);
    let size = 0;
    while (size < target) {
      const s = section(f, r);
      sections.push(s);
      size += s.length;
    }
    const bodyHtml = sections.map((s) => s.replace(/^/gm, "    ")).join("\n");
    let text;
    const viaLayout = f.page && !tracking.has(i) && r.chance(0.03);
    if (f.page) text = f.page(viaLayout ? "marketing" : "base", headExtra.join("\n"), bodyHtml);
    else text = htmlDocument(r, head(r, title, headExtra), bodyHtml);
    if (how === "comment") text = afterFrontMatter(text, f.comment(SENSITIVE));
    if (how === "front") text = text.startsWith("---\n") ? text.replace("---\n", `---\nsensitive: crime-victims\n`) : `---\nsensitive: crime-victims\n---\n${text}`;
    if (r.chance(0.2) && !text.startsWith("---") && ext !== "php") {
      text = minify(text);
      manifest.minified++;
    }
    writeFileSync(join(dir, path), text);
    manifest.bytes += Buffer.byteLength(text);
    manifest.byExt[ext] = (manifest.byExt[ext] ?? 0) + 1;
    if (viaLayout) manifest.viaLayout++;
    if (isSensitive) manifest.sensitive.push(path);
    if (tracking.has(i)) manifest.tracking.push(path);
  }
  return manifest;
}

/** Two pathological pages: a 5 MB page on one line (a pixel at its very end) and 20,000 nested divs. */
export function generateStress(dir) {
  const r = createRandom(20000);
  mkdirSync(join(dir, "stress"), { recursive: true });
  const parts = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Stress: one line</title></head><body>'];
  let size = parts[0].length;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const chunk = `<div class="c-${i % 97}"><p>${sentence(r, 8, 20)}</p><a href="/p/${i}">${r.pick(NOUNS)}</a></div>`;
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push(minify(metaScriptTag("1234567890123456")), metaNoscript("1234567890123456"), "</body></html>");
  const oneLine = join(dir, "stress/one-line-5mb.html");
  writeFileSync(oneLine, parts.join(""));

  const depth = 20000;
  const nested = join(dir, "stress/nested-20k-divs.html");
  writeFileSync(
    nested,
    `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Stress: nesting</title></head>\n<body>\n${"<div>".repeat(depth)}\n<p>deep</p>\n${"</div>".repeat(depth)}\n</body>\n</html>\n`,
  );
  return [oneLine, nested];
}
