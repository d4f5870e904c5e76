import type { TSESTree } from "@typescript-eslint/utils";
import * as espree from "espree";
import { META_ID, VENDORS, vendor, vendorById } from "../../src/detect/catalogue/index.js";
import { callReaderOf, type CallContext, type TrackerCall } from "../../src/detect/calls.js";
import { eventLeaksOf } from "../../src/detect/event-data.js";
import type { LocatedCall } from "../../src/detect/findings.js";
import { callLabelOf } from "../../src/detect/labels.js";
import { fileSource, textOf } from "../../src/detect/source.js";

/** A vendor shaped like house style's example (Quora, now in the catalogue), as a new data file would state it; no detector knows it. */
const acme = vendor({
  id: "acme",
  name: "the Acme Pixel",
  company: "Acme",
  leaks: "the page address and events, matched to the visitor's Acme account",
  endpoints: [{ host: "a.acme.example", path: /^\/qevents\.js/, kind: "loader", label: "the Acme Pixel loader" }],
  functions: { acq: { init: { id: 1, matching: 2, setup: true }, track: { event: 1, data: 2 } } },
  personalKeys: ["email"],
});

const noNames: CallContext = { aliases: new Map(), shadowed: new Set(), wrappers: new Map() };

/** Every statement-level call of `code`, read by a call reader over `vendors`. */
function callsIn(code: string, vendors = [...VENDORS, acme], context = noNames): LocatedCall[] {
  const ast = espree.parse(code, { ecmaVersion: "latest", range: true }) as unknown as TSESTree.Program;
  const source = fileSource(code);
  const reader = callReaderOf(vendors);
  const calls: LocatedCall[] = [];
  for (const statement of ast.body) {
    if (statement.type !== "ExpressionStatement" || statement.expression.type !== "CallExpression") continue;
    const call: TrackerCall | null = reader.trackerCallOf(statement.expression, context, (node) => textOf(source, node.range));
    if (call) calls.push({ ...call, source, range: statement.expression.range, standalone: true });
  }
  return calls;
}

const textsOf = (call: LocatedCall) => call.data.map((node) => textOf(call.source, node.range));

describe("a vendor added as one data file", () => {
  it("has its calls read by the shapes in its record, with no detector change", () => {
    const [track] = callsIn("acq('track', 'Lead', { content_name: 'HIV test' });");
    expect(track?.vendor.id).toBe("acme");
    expect(track?.method).toBe("track");
    expect(track?.event).toBe("Lead");
    expect(track && textsOf(track)).toEqual(["{ content_name: 'HIV test' }"]);
    expect(track && callLabelOf(track)).toBe("acq('track', 'Lead')");
  });

  it("reads its init's id and matching object, and its own personal-data keys", () => {
    const [init] = callsIn("acq('init', 'a1b2', { email: user.email, em: user.email });");
    expect(init && textOf(init.source, (init.id as TSESTree.Node).range)).toBe("'a1b2'");
    expect(init && callLabelOf(init)).toBe("acq('init', 'a1b2')");
    // `em` is Meta's key, not Acme's: the keys are read from the vendor that is called
    expect(init && eventLeaksOf(init).map((leak) => `${leak.kind}:${leak.detail}`)).toEqual(["personal:email"]);
  });

  it("reads a method its record does not list with the default shape: every argument after the method", () => {
    const [set] = callsIn("acq('set', 'page', 'rape-crisis');");
    expect(set?.event).toBeNull();
    expect(set && textsOf(set)).toEqual(["'page'", "'rape-crisis'"]);
    expect(set && eventLeaksOf(set).map((leak) => leak.kind)).toEqual(["words"]);
  });

  it("is not found by a reader over the catalogue alone", () => {
    expect(callsIn("acq('track', 'Lead');", [...VENDORS])).toEqual([]);
  });

  it("fills every list the record leaves out", () => {
    expect(acme).toMatchObject({ functions: ["acq"], objects: [], globals: [], markers: [], packages: [], attributes: [] });
  });
});

describe("the catalogue", () => {
  it("finds the Meta vendor by its id", () => {
    expect(vendorById(META_ID)?.name).toBe("the Meta Pixel");
  });

  it("gives every vendor a unique id", () => {
    const ids = VENDORS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reads a wrapper's method that its shape hands on to fbq as an fbq call", () => {
    const meta = vendorById(META_ID);
    const pkg = meta?.packages.find((entry) => entry.name === "react-facebook-pixel");
    if (!meta || !pkg) throw new Error("react-facebook-pixel is not in the catalogue");
    const context: CallContext = { ...noNames, wrappers: new Map([["ReactPixel", { vendor: meta, pkg, imported: null }]]) };
    const [call] = callsIn("ReactPixel.fbq('trackSingle', '1', 'Lead', { value: 1 });", [...VENDORS], context);
    expect(call && { style: call.style, method: call.method, event: call.event, data: textsOf(call) }).toEqual({ style: "function", method: "trackSingle", event: "Lead", data: ["'Lead'", "{ value: 1 }"] });
  });

  it("reads the legacy queue `_fbq.push([…])` as the fbq call the array holds, and nothing else as one", () => {
    const calls = callsIn("_fbq.push(['addPixelId', '42']);\n_fbq.push(queued);");
    expect(calls.map((call) => [call.method, call.id && textOf(call.source, call.id.range)])).toEqual([["addPixelId", "'42'"]]);
  });
});
