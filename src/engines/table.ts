import type { CommentSyntax, Engine } from "./types.js";

/** The markers around the generated engines table in docs/templates.md. */
export const TABLE_MARKERS = { begin: "<!-- begin engines -->", end: "<!-- end engines -->" } as const;

const code = (text: string): string => `\`${text}\``;

function commentOf(comment: CommentSyntax): string {
  return code(comment.close === "\n" ? `${comment.open} …` : `${comment.open} … ${comment.close}`);
}

function linksOf(engine: Engine, byId: Map<string, Engine>): string {
  const parts: string[] = [];
  for (const syntax of engine.links) {
    const part = syntax.engine === engine.id ? syntax.writes.map(code).join(", ") : `as in ${byId.get(syntax.engine)?.name ?? syntax.engine}`;
    if (!parts.includes(part)) parts.push(part);
  }
  return parts.length === 0 ? "none" : parts.join("; ");
}

/** The engines as a Markdown table: name, extensions, comment syntax, link syntax (generated into docs/templates.md). */
export function enginesTableOf(engines: readonly Engine[]): string {
  const byId = new Map(engines.map((engine) => [engine.id, engine]));
  const rows = engines.map((engine) =>
    [engine.name, engine.extensions.map(code).join(" "), engine.comments.map(commentOf).join(" "), linksOf(engine, byId)].join(" | "),
  );
  return ["| engine | extensions | comments (tags, eslint directives) | links read |", "| --- | --- | --- | --- |", ...rows.map((row) => `| ${row} |`)].join("\n");
}
