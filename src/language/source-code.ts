/**
 * `HtmlSourceCode`: what rules get as `context.sourceCode` for HTML and template files. Built on
 * @eslint/plugin-kit's `TextSourceCodeBase`, like @eslint/css and @eslint/json: locations, lines,
 * `getText`, parents, an iterative traversal that walks into the inline scripts, and disable
 * directives from HTML comments, template comments and script comments alike.
 */
import type { FileProblem, RulesConfig } from "@eslint/core";
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import type * as ESTree from "estree";
import { visitorKeys, type Comment, type Document, type Position, type SourceLocation, type SyntaxElement } from "./ast.js";
import { LineIndex } from "./line-index.js";

/** No options yet: the language reads everything it needs from the file. */
export type HtmlLanguageOptions = Record<string, unknown>;

/** A comment of any kind: HTML or template (`Comment`), or a script's `Line` / `Block`. */
export type AnyComment = Comment | ESTree.Comment;

type WithLoc = { loc: SourceLocation; range: [number, number] };

interface Walkable {
  type: string;
}

const commentParser = new ConfigCommentParser();

/** A comment that is an ESLint directive (`eslint-disable-next-line`, `eslint rule: ...`, ...). */
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

/**
 * How deep ESLint's traversal nests (see `traverse`): 512, the depth past which Chromium's HTML
 * parser stops nesting elements (kMaximumHTMLParserDOMTreeDepth).
 */
export const MAX_TRAVERSAL_DEPTH = 512;

/** HTML's line breaks (the same `LineIndex` uses for node locations). */
const LINE_ENDING = /\r\n|[\n\r]/u;

export class HtmlSourceCode extends TextSourceCodeBase<{
  LangOptions: HtmlLanguageOptions;
  RootNode: Document;
  SyntaxElementWithLoc: SyntaxElement;
  ConfigNode: AnyComment;
}> {
  declare ast: Document;
  readonly visitorKeys = visitorKeys;
  /**
   * Empty, as espree's: framework plugins' rules that list no languages run on every file
   * (eslint-plugin-vue's and -svelte's rule configs have no `files`), and they look for their
   * parser's services here; finding none on a plain page they do nothing instead of crashing.
   */
  readonly parserServices: Record<string, unknown> = {};
  #parents: Map<object, Walkable> | undefined;
  #comments: AnyComment[] | undefined;
  #inlineConfigNodes: AnyComment[] | undefined;
  #lineIndex: LineIndex | undefined;

  constructor({ text, ast }: { text: string; ast: Document }) {
    super({ text, ast, lineEndingPattern: LINE_ENDING });
    this.ast = ast;
  }

  /**
   * Offsets to locations through the language's line index, binary search. plugin-kit's version
   * rescans from the last line break it knows on every call, so on a one-line page each report
   * cost the length of the page: 20,000 beacons on one line took 48 s. Same checks, same answers.
   */
  override getLocFromIndex(index: number): Position {
    if (typeof index !== "number") throw new TypeError("Expected `index` to be a number.");
    if (index < 0 || index > this.text.length) {
      throw new RangeError(`Index out of range (requested index ${index}, but source text has length ${this.text.length}).`);
    }
    return this.#lines().positionOf(index);
  }

  /** A location to its offset, through the same line index. */
  override getIndexFromLoc(loc: Position): number {
    if (loc === null || typeof loc !== "object" || typeof loc.line !== "number" || typeof loc.column !== "number") {
      throw new TypeError("Expected `loc` to be an object with numeric `line` and `column` properties.");
    }
    const offset = this.#lines().offsetOf(loc.line, loc.column);
    if (typeof offset === "string") throw new RangeError(offset);
    return offset;
  }

  #lines(): LineIndex {
    this.#lineIndex ??= new LineIndex(this.text);
    return this.#lineIndex;
  }

  /** HTML and template comments, and the comments inside inline scripts, in file order. */
  getAllComments(): AnyComment[] {
    if (!this.#comments) {
      const scriptComments = this.ast.scripts.flatMap((program) => program.comments ?? []);
      this.#comments =
        scriptComments.length === 0
          ? this.ast.comments
          : [...this.ast.comments, ...scriptComments].sort((a, b) => rangeOf(a)[0] - rangeOf(b)[0]);
    }
    return this.#comments;
  }

  override getParent(node: SyntaxElement): SyntaxElement | undefined {
    return this.#parentMap().get(node) as SyntaxElement | undefined;
  }

  /**
   * Parents, built on the first `getParent` call only: rules rarely ask, and a map entry for every
   * node of every page was a measurable part of the lint's garbage collection.
   */
  #parentMap(): Map<object, Walkable> {
    if (this.#parents) return this.#parents;
    const parents = new Map<object, Walkable>();
    for (const step of this.traverse()) {
      const [node, parent] = step.args as [Walkable, Walkable | undefined];
      if (step.phase === 1 && parent) parents.set(node, parent);
    }
    this.#parents = parents;
    return parents;
  }

  /**
   * Every step of a depth-first walk, enter then exit: HTML nodes, then into the inline scripts
   * (whose nodes got `parent` when they were parsed). Iterative, and lazy: ESLint applies each
   * step as it comes, so the steps of a page are never all alive at once (holding them was a
   * large part of the lint's garbage collection).
   *
   * Nesting past `MAX_TRAVERSAL_DEPTH` is flattened: such a node is entered and left before its
   * children, which come next at the same depth. ESLint's traverser keeps the ancestry of the node
   * it visits in an array it `unshift`s on every enter, O(depth) per node, so 200,000 nested `<div>`s
   * took 44 s. Every node is still visited, with its own location and its real parent (the
   * listener's second argument, and `getParent`); only selectors that look up the ancestry
   * (`div > div`, `:has`) see a deep node as a sibling of its ancestors, as Chromium's HTML parser
   * attaches elements past the same depth.
   */
  override *traverse(): Iterable<VisitNodeStep> {
    // side by side: the node, its parent, its depth, and for a node being left, its enter step's arguments
    const nodes: Walkable[] = [this.ast];
    const parents: Array<Walkable | undefined> = [undefined];
    const depths: number[] = [0];
    const exits: Array<[Walkable, Walkable | undefined] | undefined> = [undefined];
    while (nodes.length > 0) {
      const node = nodes.pop() as Walkable;
      const parent = parents.pop();
      const depth = depths.pop() as number;
      const leaving = exits.pop();
      if (leaving) {
        yield new VisitNodeStep({ target: node, phase: 2, args: leaving });
        continue;
      }
      const args: [Walkable, Walkable | undefined] = [node, parent];
      yield new VisitNodeStep({ target: node, phase: 1, args });
      const flat = depth >= MAX_TRAVERSAL_DEPTH;
      if (flat) yield new VisitNodeStep({ target: node, phase: 2, args });
      else {
        nodes.push(node);
        parents.push(parent);
        depths.push(depth);
        exits.push(args);
      }
      const childDepth = flat ? depth : depth + 1;
      const keys = visitorKeys[node.type] ?? [];
      for (let k = keys.length - 1; k >= 0; k -= 1) {
        const child = (node as unknown as Record<string, unknown>)[keys[k] as string];
        const items = Array.isArray(child) ? (child as unknown[]) : [child];
        for (let i = items.length - 1; i >= 0; i -= 1) {
          const item: unknown = items[i];
          if (isWalkable(item)) {
            nodes.push(item);
            parents.push(node);
            depths.push(childDepth);
            exits.push(undefined);
          }
        }
      }
    }
  }

  /** Comments that hold ESLint directives or inline config. */
  getInlineConfigNodes(): AnyComment[] {
    this.#inlineConfigNodes ??= this.getAllComments().filter((comment) => INLINE_CONFIG.test(comment.value));
    return this.#inlineConfigNodes;
  }

  /** `eslint-disable`, `eslint-enable`, `eslint-disable-line`, `eslint-disable-next-line`. */
  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (!parsed) continue;
      const { label, value, justification } = parsed;
      const loc = locOf(comment);
      if (label === "eslint-disable-line" && loc.start.line !== loc.end.line) {
        problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc });
        continue;
      }
      if (
        label === "eslint-disable" ||
        label === "eslint-enable" ||
        label === "eslint-disable-next-line" ||
        label === "eslint-disable-line"
      ) {
        const type = label.slice("eslint-".length) as Directive["type"];
        directives.push(new Directive({ type, node: comment, value, justification }));
      }
    }
    return { problems, directives };
  }

  /** `eslint rule: ...` comments (block comments only in scripts, as in JavaScript). */
  applyInlineConfig(): {
    problems: FileProblem[];
    configs: Array<{ config: { rules: RulesConfig }; loc: SourceLocation }>;
  } {
    const problems: FileProblem[] = [];
    const configs: Array<{ config: { rules: RulesConfig }; loc: SourceLocation }> = [];
    for (const comment of this.getInlineConfigNodes()) {
      if (comment.type === "Line") continue;
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== "eslint") continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok) configs.push({ config: { rules: result.config }, loc: locOf(comment) });
      else problems.push({ ruleId: null, message: result.error.message, loc: locOf(comment) });
    }
    return { problems, configs };
  }
}

function isWalkable(value: unknown): value is Walkable {
  return typeof value === "object" && value !== null && typeof (value as Walkable).type === "string";
}

function locOf(comment: AnyComment): SourceLocation {
  return (comment as unknown as WithLoc).loc;
}

function rangeOf(comment: AnyComment): [number, number] {
  return (comment as unknown as WithLoc).range;
}
