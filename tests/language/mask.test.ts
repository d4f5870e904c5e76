import { maskTemplateSyntax } from "../../src/language/mask.js";
import { isOutputTag, templateCommentValue } from "../../src/language/segments.js";

/** The masked text and each segment as [kind, raw text]. */
function mask(text: string, blade = false): { text: string; segments: Array<[string, string]> } {
  const result = maskTemplateSyntax(text, { blade });
  expect(result.text).toHaveLength(text.length);
  for (const segment of result.segments) expect(text.slice(...segment.range)).toBe(segment.value);
  return { text: result.text, segments: result.segments.map((s) => [s.kind, s.value]) };
}

describe("maskTemplateSyntax", () => {
  it.each([
    ["Jinja/Nunjucks output", "<a href='{{ url }}'>", [["tag", "{{ url }}"]]],
    ["Handlebars triple stash", "<p>{{{ body }}}</p>", [["tag", "{{{ body }}}"]]],
    ["statement tag", "{% if x %}<b>{% endif %}", [["tag", "{% if x %}"], ["tag", "{% endif %}"]]],
    ["Jinja comment", "{# note #}<i>", [["comment", "{# note #}"]]],
    ["Handlebars block comment", "{{!-- a }} b --}}<i>", [["comment", "{{!-- a }} b --}}"]]],
    ["Handlebars short comment", "{{! note }}<i>", [["comment", "{{! note }}"]]],
    ["ERB output and comment", "<%= x %><%# note %><% y %>", [["tag", "<%= x %>"], ["comment", "<%# note %>"], ["tag", "<% y %>"]]],
    ["EJS unescaped", "<%- include('a') %>", [["tag", "<%- include('a') %>"]]],
    ["PHP", "<p><?php echo $a; ?></p><?= $b ?>", [["tag", "<?php echo $a; ?>"], ["tag", "<?= $b ?>"]]],
    ["Liquid comment block", "{%- comment -%} a {% if %} b {% endcomment %}<i>", [["comment", "{%- comment -%} a {% if %} b {% endcomment %}"]]],
    ["Liquid inline comment", "{% # note %}", [["comment", "{% # note %}"]]],
  ])("masks %s", (_name, text, segments) => {
    expect(mask(text).segments).toEqual(segments);
  });

  it("keeps every line break and offset", () => {
    const text = "<div>{{ a\r\n  b }}</div>\n<?php\nfoo();\n";
    const { text: masked } = mask(text);
    expect(masked).toBe("<div>    \r\n      </div>\n     \n      \n");
  });

  it("runs an unclosed <?php to the end of the file", () => {
    expect(mask("<p>x</p><?php if ($a) { echo 1;\n").segments).toEqual([["tag", "<?php if ($a) { echo 1;\n"]]);
  });

  it("leaves unclosed tags and look-alikes alone", () => {
    expect(mask("a {{ b").segments).toEqual([]);
    expect(mask("<%% literal %>").segments).toEqual([]);
    expect(mask("<?xml version='1.0'?>").segments).toEqual([]);
    expect(mask("if (a < b) {x}").segments).toEqual([]);
    expect(mask("class A{#x=1;get x(){return this.#x}}").segments).toEqual([]);
  });

  it("masks template tags inside script bodies too", () => {
    expect(mask("<script>fbq('init','{{ id }}')</script>").text).toBe("<script>fbq('init','        ')</script>");
  });

  it("keeps {% raw %} content as text", () => {
    const { segments, text } = mask("{% raw %}<p>{{ vue }}</p>{% endraw %}");
    expect(segments).toEqual([["tag", "{% raw %}"], ["tag", "{% endraw %}"]]);
    expect(text).toBe("         <p>{{ vue }}</p>            ");
  });

  describe("Blade", () => {
    it("masks directives with balanced, quote-aware arguments", () => {
      const text = "@if(str_contains($x, ')')) <b>@endif</b> {!! $html !!} {{-- note --}}";
      expect(mask(text, true).segments).toEqual([
        ["tag", "@if(str_contains($x, ')'))"],
        ["tag", "@endif"],
        ["tag", "{!! $html !!}"],
        ["comment", "{{-- note --}}"],
      ]);
    });

    it("leaves e-mail addresses, @@escapes, @{{ }} and CSS at-rules alone", () => {
      const text = "a@b.com @@if @{{ vue }} <style>@media (x) {} @font-face {}</style>";
      expect(mask(text, true).segments).toEqual([]);
    });

    it("masks @php blocks whole", () => {
      expect(mask("@php $a = 1; @endphp<p>", true).segments).toEqual([["tag", "@php $a = 1; @endphp"]]);
    });

    it("does not mask directives outside .blade.php", () => {
      expect(mask("@if($a)").segments).toEqual([]);
    });
  });

  // Speed is measured by the bench, not asserted here: a scan that searched the same stretch again
  // for each opener would not finish these 2 MB inputs within jest's timeout.
  it("gets through unclosed openers of every kind (each stretch is searched once)", () => {
    const hostile = "{{ {% {# <% <?= @if( ".repeat(100_000).replaceAll("<?=", "<?x");
    expect(maskTemplateSyntax(hostile, { blade: true }).text).toHaveLength(hostile.length);
    expect(maskTemplateSyntax("{% comment %}".repeat(100_000)).segments).toHaveLength(100_000);
    expect(maskTemplateSyntax("{% raw %}".repeat(100_000)).text).toHaveLength(900_000);
    const braces = "<p>{ a ".repeat(100_000);
    expect(maskTemplateSyntax(braces, { braces: true }).segments).toEqual([]);
  });

  describe("single-brace expressions (Svelte, Astro)", () => {
    const braces = (text: string): Array<[string, string]> =>
      maskTemplateSyntax(text, { braces: true }).segments.map((s) => [s.kind, s.value]);

    it("masks each balanced expression and block tag", () => {
      expect(braces("{#if open}<p>{label}</p>{:else}<i>{/if}")).toEqual([
        ["tag", "{#if open}"], ["tag", "{label}"], ["tag", "{:else}"], ["tag", "{/if}"],
      ]);
      expect(braces("<b on:click={() => { fbq('track', '}'); }}>x</b>")).toEqual([
        ["tag", "{() => { fbq('track', '}'); }}"],
      ]);
    });

    it("leaves the code in <script> and <style> alone", () => {
      const text = "<script>function f() { return {a: 1}; }</script><style>a { color: red }</style><p>{x}</p>";
      expect(braces(text)).toEqual([["tag", "{x}"]]);
    });

    it("reads {#each} as a Svelte block, not a Jinja comment", () => {
      expect(braces("{#each items as item}{item}{/each}")).toEqual([["tag", "{#each items as item}"], ["tag", "{item}"], ["tag", "{/each}"]]);
    });
  });
});

describe("templateCommentValue", () => {
  it.each([
    ["{# eslint-disable #}", " eslint-disable "],
    ["{#- note -#}", " note "],
    ["{{!-- x --}}", " x "],
    ["{{! x }}", " x "],
    ["{{-- x --}}", " x "],
    ["<%# x %>", " x "],
    ["{% comment %}x{% endcomment %}", "x"],
    ["{% # x %}", " x "],
  ])("reads %s", (raw, value) => {
    expect(templateCommentValue(raw)).toBe(value);
  });
});

describe("isOutputTag", () => {
  it("tells output tags from statements and comments", () => {
    expect(["{{ a }}", "{{{ a }}}", "<%= a %>", "<%- a %>", "{!! a !!}", "<?= a ?>"].every(isOutputTag)).toBe(true);
    expect(["{% a %}", "{{! a }}", "{{-- a --}}", "<% a %>", "<?php a ?>"].some(isOutputTag)).toBe(false);
  });
});
