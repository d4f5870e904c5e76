import type { Document, Element } from "./ast.js";
import { LineIndex } from "./line-index.js";

/**
 * A .css or .scss file as a Document holding one `<style>` element whose text is the whole file,
 * so the markup checker reads its `url()` beacons the way it reads a page's `<style>` block.
 */
export function stylesheetDocument(text: string): Document {
  const lines = new LineIndex(text);
  const range: [number, number] = [0, text.length];
  const loc = { start: lines.positionOf(0), end: lines.positionOf(text.length) };
  const [start, end] = range;
  const style: Element = { type: "Element", name: "style", attributes: [], children: [], script: null, scriptError: null, text, textRange: range, start, end, range, loc };
  return { type: "Document", children: [style], comments: [], templateTags: [], frontMatter: null, scripts: [], start, end, range, loc };
}
