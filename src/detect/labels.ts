import type { LocatedCall } from "./findings.js";
import { textOf } from "./source.js";

/** A call as a message quotes it: `fbq('track', 'Lead')`, `fbq('init', '123')`, `ttq.track('Lead')`. */
export function callLabelOf(call: LocatedCall): string {
  const idText = call.setup && call.id ? textOf(call.source, call.id.range) : null;
  // A short id reads well in a message; an options object (`FB.init({ … })`) does not.
  const id = idText !== null && idText.length <= 40 && !idText.includes("\n") ? idText : null;
  const event = call.event === null ? (id ?? "") : `'${call.event}'`;
  if (call.style === "function") return `${call.callee}('${call.method}'${event ? `, ${event}` : ""})`;
  return `${call.callee}(${event || (call.node.arguments.length > 0 ? "…" : "")})`;
}

/** A label at the start of a message: "The fbevents.js loader…", but code stays as written (`useScriptMetaPixel()`, `ping=`). */
export function sentenceStartOf(label: string): string {
  return /^(?:the|an?) /.test(label) ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}
