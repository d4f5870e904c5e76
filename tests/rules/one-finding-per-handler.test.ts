/**
 * A tracker call an event handler makes is one finding, whoever could report it: with every rule of
 * the recommended config on, `onclick="fbq(…)"` (and `@click`, `on:click`, React's `onClick`) gets
 * one message at the call, the handler's (no-tracking-attributes); the call rules leave it. Event
 * data the call carries is a different finding (no-sensitive-event-data), at its own column.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import { COMMAND_CONFIG } from "../../src/cli/eslint-options.js";

const FILES: Record<string, string> = {
  "report.html": `<!-- sensitive-content: crime-victims -->\n<button class="btn" onclick="fbq('track','Lead')">Report a crime</button>\n<a href="/call" onclick="gtag('event', 'click')">Call us</a>\n`,
  "Report.vue": `<!-- sensitive-content -->\n<template>\n  <button @click="fbq('track', 'Contact')">Talk to us</button>\n</template>\n`,
  "Report.svelte": `<!-- sensitive-content -->\n<button on:click={() => fbq('track', 'Contact')}>Talk to us</button>\n`,
  "Report.jsx": `// sensitive-content\nexport const B = () => <button onClick={() => fbq('track', 'Lead')}>Call us</button>;\n`,
  "support.njk": `{# sensitive-content #}\n<form onsubmit="fbq('trackCustom', 'Referral'); return true;">\n  <button type="submit">Send</button>\n</form>\n`,
};

let cwd = "";
let messages: Array<{ file: string; ruleId: string | null; line: number; column: number; endColumn?: number }> = [];

beforeAll(async () => {
  cwd = mkdtempSync(path.join(os.tmpdir(), "pixel-guard-handlers-"));
  for (const [file, text] of Object.entries(FILES)) writeFileSync(path.join(cwd, file), text);
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: COMMAND_CONFIG });
  messages = (await eslint.lintFiles(["."])).flatMap((result) =>
    result.messages.map((message) => ({ file: path.basename(result.filePath), ruleId: message.ruleId, line: message.line, column: message.column, endColumn: message.endColumn })),
  );
});

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const at = (file: string) => messages.filter((message) => message.file === file).map(({ ruleId, line, column, endColumn }) => `${ruleId} ${line}:${column}-${endColumn}`);

describe("one finding per event handler, every rule on", () => {
  it("onclick in plain HTML, for Meta and for Google", () => {
    expect(at("report.html")).toEqual(["pixel-guard/no-tracking-attributes 2:30-49", "pixel-guard/no-tracking-attributes 3:26-48"]);
  });

  it("Vue's @click", () => {
    expect(at("Report.vue")).toEqual(["pixel-guard/no-tracking-attributes 3:19-42"]);
  });

  it("Svelte's on:click: read as a call, still one finding", () => {
    expect(at("Report.svelte")).toEqual(["pixel-guard/no-fbq-events 2:25-48"]);
  });

  it("React's onClick", () => {
    expect(at("Report.jsx")).toEqual(["pixel-guard/no-tracking-attributes 2:47-67"]);
  });

  it("onsubmit in a Nunjucks template", () => {
    expect(at("support.njk")).toEqual(["pixel-guard/no-tracking-attributes 2:17-47", "pixel-guard/no-sensitive-event-data 2:36-46"]);
  });

  it("never two messages at one place", () => {
    const places = messages.map((message) => `${message.file} ${message.line}:${message.column}`);
    expect(places.length).toBeGreaterThan(0);
    expect(new Set(places).size).toBe(places.length);
  });
});
