/**
 * Inline scripts: `<script>` bodies and `on*` handler values, parsed with espree and moved into file
 * coordinates, so that a rule's `CallExpression` visitor sees `fbq(...)` at its real line and column.
 */
import { parse as espreeParse, VisitorKeys } from "espree";
import type * as ESTree from "estree";
import type { Range, ScriptError, SourceLocation } from "./ast.js";
import type { LineIndex } from "./line-index.js";
import { isOutputTag, type MaskedSegment } from "./segments.js";

export interface ScriptParse {
  program: ESTree.Program | null;
  error: ScriptError | null;
}

export interface ScriptSource {
  /** The code to parse (masked text: template tags read as blanks). */
  code: string;
  /** The file offset of the code's first character. */
  start: number;
  /** The template tags inside the code (to retry with values in their place). */
  tags: MaskedSegment[];
  /** Parse as an `on*` handler body: `return` allowed at the top level. */
  handler?: boolean;
  /** Try `module` first (`<script type="module">`). */
  module?: boolean;
  /**
   * Offsets past this are clamped to it. Set for handler values whose entities were decoded: the
   * decoded value is parsed and its offsets are mapped one to one onto the raw value, which drifts
   * by the length an entity lost (`&amp;` -> `&`) after the first entity. Close enough to point at
   * the right handler; exact when the value has no entities.
   */
  clampTo?: number;
}

/** MIME types that browsers run as classic scripts (the HTML spec's list), plus script-like types. */
const JS_TYPES = new Set([
  "application/ecmascript", "application/javascript", "application/x-ecmascript",
  "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
  "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
  "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript",
  "text/x-javascript", "module",
  // run later, but still JavaScript: Partytown's worker scripts, Rocket Loader's deferred ones
  "text/partytown", "text/rocketscript",
]);

/**
 * Types under which a consent manager holds a script until the visitor agrees, then runs it as
 * JavaScript: `text/plain` (Cookiebot, OneTrust, iubenda, Klaro, Complianz, CookieYes, Osano…),
 * Klaro's legacy `opt-in`, and the `plain/text` slip seen on real sites.
 */
const HELD_TYPES = new Set(["text/plain", "plain/text", "opt-in"]);

/** Attributes where a consent manager keeps the type a held script runs as (`data-type="application/javascript"`). */
const RUNS_AS = new Set(["data-type", "data-cmp-type"]);

/** How a `<script>` body reads: JavaScript, JavaScript held until consent (parsed when it parses), or data/markup. */
export type ScriptKind = "javascript" | "held" | "other";

const isJavaScriptType = (mime: string): boolean => mime === "" || JS_TYPES.has(mime) || mime.endsWith("-text/javascript");
const mimeOf = (value: string): string => (value.split(";")[0] ?? "").trim().toLowerCase();

/**
 * What a `<script>` with these attributes holds: no `type` or a JavaScript MIME type is
 * JavaScript; a held type, or any type with a JavaScript `data-type` (what it runs as after
 * consent), is JavaScript a consent manager holds: every line of it is read as if it were live.
 */
export function scriptKindOf(attributes: ReadonlyArray<{ name: string; value: string }>): ScriptKind {
  const type = attributes.find((attribute) => attribute.name === "type");
  if (!type) return "javascript";
  const mime = mimeOf(type.value);
  if (isJavaScriptType(mime)) return "javascript";
  if (HELD_TYPES.has(mime)) return "held";
  const runsAs = attributes.find((attribute) => RUNS_AS.has(attribute.name));
  return runsAs && runsAs.value.trim() !== "" && isJavaScriptType(mimeOf(runsAs.value)) ? "held" : "other";
}

/** True when a `<script>` with these attributes is read as JavaScript (live, or held until consent). */
export function isJavaScriptScript(attributes: ReadonlyArray<{ name: string; value: string }>): boolean {
  return scriptKindOf(attributes) !== "other";
}

/**
 * Attributes whose value runs as JavaScript on an event: `onclick` (HTML), `@click` and
 * `v-on:click` (Vue), `x-on:click` and `@click` (Alpine.js), `on:click` (Svelte).
 */
export function isEventHandlerName(name: string): boolean {
  const first = name.charCodeAt(0);
  // o, @, v, x: most attribute names are answered without the regex (a page has hundreds)
  if (first !== 0x6f && first !== 0x40 && first !== 0x76 && first !== 0x78) return false;
  return EVENT_HANDLER.test(name);
}

const EVENT_HANDLER = /^(?:on[a-z]|@[a-z]|(?:v-on|x-on|on):[a-z])/u;

type EspreeError = Error & { index?: number };

/** Parses a script and moves it into file coordinates; never throws. */
export function parseScript(source: ScriptSource, lines: LineIndex): ScriptParse {
  const first = tryParse(source.code, source);
  if (first.program) return { program: relocate(first.program, source, lines), error: null };
  const retryCode = source.tags.some((tag) => isOutputTag(tag.value)) ? withValues(source) : null;
  const second = retryCode === null ? null : tryParse(retryCode, source);
  if (second?.program) return { program: relocate(second.program, source, lines), error: null };
  const failure = first.error;
  const where = lines.positionOf(source.start + Math.max(0, failure?.index ?? 0));
  return {
    program: null,
    error: { message: failure?.message ?? "The script could not be parsed.", line: where.line, column: where.column },
  };
}

function tryParse(code: string, source: ScriptSource): { program: ESTree.Program | null; error: EspreeError | null } {
  const order: Array<"script" | "module"> = source.module ? ["module", "script"] : ["script", "module"];
  let firstError: EspreeError | null = null;
  for (const sourceType of order) {
    if (source.handler && sourceType === "module") break;
    try {
      const program = espreeParse(code, {
        ecmaVersion: "latest",
        sourceType,
        range: true,
        loc: true,
        comment: true,
        ecmaFeatures: { globalReturn: source.handler === true },
      }) as unknown as ESTree.Program;
      return { program, error: null };
    } catch (error) {
      firstError ??= error as EspreeError;
    }
  }
  return { program: null, error: firstError };
}

/**
 * The code with a `0` where each output tag starts (`var id = {{ id }};` -> `var id = 0       ;`),
 * for scripts that do not parse with blanks. Same length, so offsets stay exact.
 */
function withValues(source: ScriptSource): string {
  const parts: string[] = [];
  let last = 0;
  for (const tag of source.tags) {
    if (!isOutputTag(tag.value)) continue;
    const at = tag.range[0] - source.start;
    if (at < last || at >= source.code.length) continue;
    parts.push(source.code.slice(last, at), "0");
    last = at + 1;
  }
  parts.push(source.code.slice(last));
  return parts.join("");
}

/** What relocation touches on an espree node or comment (parsed with `range` and `loc`). */
interface Located {
  type: string;
  range: Range;
  start: number;
  end: number;
  loc: SourceLocation;
  parent?: Located;
}

/**
 * Shifts every range by the script's file offset and rewrites `loc` from the file's lines, in
 * place: espree's own objects keep their shapes, which is much faster on big scripts than adding
 * properties. acorn shares `Position` objects between nodes that start or end at the same token;
 * writing absolute values computed from each node's range keeps those consistent. On the way,
 * every node but the Program gets `parent`, as ESLint gives JavaScript nodes before any rule runs.
 */
function relocate(program: ESTree.Program, source: ScriptSource, lines: LineIndex): ESTree.Program {
  const shift = source.start;
  const limit = source.clampTo ?? Infinity;
  const move = (node: Located): void => {
    const { range, loc } = node;
    range[0] = Math.min(range[0] + shift, limit);
    range[1] = Math.min(range[1] + shift, limit);
    node.start = range[0];
    node.end = range[1];
    lines.writePosition(loc.start, range[0]);
    lines.writePosition(loc.end, range[1]);
  };
  const stack: Located[] = [program as unknown as Located];
  while (stack.length > 0) {
    const node = stack.pop() as Located;
    move(node);
    const keys = VisitorKeys[node.type as keyof typeof VisitorKeys] as readonly string[] | undefined;
    for (const key of keys ?? childKeysOf(node)) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) {
          if (isNode(item)) {
            item.parent = node;
            stack.push(item);
          }
        }
      } else if (isNode(child)) {
        child.parent = node;
        stack.push(child);
      }
    }
  }
  for (const comment of program.comments ?? []) move(comment as unknown as Located);
  return program;
}

function isNode(value: unknown): value is Located {
  return typeof value === "object" && value !== null && typeof (value as Located).type === "string";
}

/** Keys of a node type espree's visitor keys do not know (new syntax): every child-like key. */
function childKeysOf(node: Located): string[] {
  return Object.keys(node).filter((key) => key !== "loc" && key !== "range" && key !== "parent");
}
