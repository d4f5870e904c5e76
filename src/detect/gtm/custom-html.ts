/**
 * A Custom HTML tag's `html` parameter, read as the page it is: the JSON string is decoded
 * (`\u003Cscript\u003E`, `\n`, `\"`), parsed through the language's one parse entry point and
 * scanned by the same detectors as any page. Every range is mapped back into the JSON file,
 * character for character: each decoded character knows where its escape was written.
 */
import { parseSource, type ParsedSource } from "../../language/index.js";
import { EMPTY_SCAN, type FileScan } from "../findings.js";
import { scanFile } from "../scan.js";

/** A decoded JSON string and, for each of its characters (and its end), the file offset it was written at. */
interface DecodedString {
  text: string;
  offsets: number[] | null;
}

/** The string literal at [start, end) of the file (quotes included), decoded with its offsets. */
function decodedStringAt(fileText: string, start: number, end: number): DecodedString | null {
  let text: string;
  try {
    text = JSON.parse(fileText.slice(start, end)) as string;
  } catch {
    return null;
  }
  if (typeof text !== "string") return null;
  const offsets: number[] = [];
  // JSON escapes are `\uXXXX` (one UTF-16 unit) or a backslash and one character.
  for (let at = start + 1; at < end - 1; at += fileText[at] !== "\\" ? 1 : fileText[at + 1] === "u" ? 6 : 2) offsets.push(at);
  offsets.push(end - 1);
  // A literal the count disagrees with is mapped as a whole (never a wrong column).
  return { text, offsets: offsets.length === text.length + 1 ? offsets : null };
}

/** A scan of the decoded page, every range moved to where its text is written in the JSON file. */
function mappedScan(scan: FileScan, map: (range: [number, number]) => [number, number]): FileScan {
  return {
    findings: scan.findings.map((finding) => ({ ...finding, range: map(finding.range) })),
    markup: scan.markup.map((markup) => ({ ...markup, range: map(markup.range) })),
    // A call's parts are read from the decoded code; their ranges (event data) map to the call's own.
    calls: scan.calls.map((call) => {
      const range = map(call.range);
      return { ...call, range, source: { ...call.source, collapsedTo: range } };
    }),
    error: scan.error,
  };
}

/** What the `html` value at [start, end) of the container holds, in file offsets. */
export function scanCustomHtml(fileText: string, start: number, end: number): FileScan {
  const decoded = decodedStringAt(fileText, start, end);
  if (!decoded) return EMPTY_SCAN;
  // Parsed only when the scan asks (a tag holding no catalogue needle is never parsed).
  let parsed: ParsedSource | null = null;
  const page = (): ParsedSource => (parsed ??= parseSource(decoded.text, "custom-html-tag.html"));
  const scan = scanFile({
    text: decoded.text,
    get ast() {
      return page().ast;
    },
    get visitorKeys() {
      return page().visitorKeys;
    },
    get error() {
      const result = page();
      return result.kind === "text" ? result.error : null;
    },
  });
  if (scan === EMPTY_SCAN) return scan;
  const { offsets } = decoded;
  const whole: [number, number] = [start, end];
  const map = (range: [number, number]): [number, number] => (offsets ? [offsets[range[0]] ?? start, offsets[range[1]] ?? end] : whole);
  return mappedScan(scan, map);
}
