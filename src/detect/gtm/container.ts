/**
 * Google Tag Manager container exports (JSON with `containerVersion`, any file name): the tags a
 * marketing team added in GTM's web interface, which no template of the site shows. Custom HTML
 * tags are read as pages (custom-html.ts); built-in and community template tags, and server-side
 * clients, are known by type (tag-types.ts). What fires each tag is read here as neutral data:
 * which pages it reaches is sensitivity's question.
 */
import { vendorById, type Vendor } from "../catalogue/index.js";
import { EMPTY_SCAN, type FileScan, type Finding } from "../findings.js";
import { mayHoldTracker } from "../needles.js";
import { findingOfUrl, urlsIn } from "../urls.js";
import { scanCustomHtml } from "./custom-html.js";
import { itemsOf, memberOf, pairOf, rangedRootOf, rangeOfNode, stringValueOf, type JsonNode } from "./json-ranges.js";
import { BUILT_IN_CLIENTS, BUILT_IN_TAGS, communityVendorOf, type BuiltInType } from "./tag-types.js";
import { CLIENT_TRIGGER_ID, triggersOf, type ContainerTrigger } from "./triggers.js";

export type { ContainerTrigger, PageCondition } from "./triggers.js";
export { ALL_PAGES_TRIGGER_ID, CLIENT_TRIGGER_ID } from "./triggers.js";

/** A tag (or a server-side client) of the container, and what fires it. */
export interface ContainerTag {
  name: string;
  /** "tag", or "client" in a server-side container. */
  kind: "tag" | "client";
  /** The tag's object in the file: every finding of the tag lies inside it. */
  range: [number, number];
  /** Paused in GTM: it does not fire today, and can be unpaused any day. */
  paused: boolean;
  firing: string[];
  /** Exception triggers: where one of them fires, the tag does not. */
  blocking: string[];
}

/** A container export, read: its tags and triggers, and the trackers in its tags (file offsets). */
export interface Container {
  tags: ContainerTag[];
  triggers: ReadonlyMap<string, ContainerTrigger>;
  scan: FileScan;
}

type Plain = Record<string, unknown>;

const CONTAINER_KEY = '"containerVersion"';

const isObject = (value: unknown): value is Plain => typeof value === "object" && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const stringOf = (value: unknown): string => (typeof value === "string" ? value : "");
const stringsOf = (value: unknown): string[] => listOf(value).filter((item): item is string => typeof item === "string");

/** Whether a file may be a container export: one `includes`, so other JSON files cost nothing more. */
export function mayBeContainer(text: string): boolean {
  return text.includes(CONTAINER_KEY);
}

/** A parameter of a tag (`html` of Custom HTML, `url` of Custom Image), as written. */
function parameterOf(tag: Plain, key: string): string | null {
  const parameter = listOf(tag.parameter).find((item) => isObject(item) && item.key === key);
  return isObject(parameter) && typeof parameter.value === "string" ? parameter.value : null;
}

/** The community templates of the container, by the tag type each gives its tags (`cvt_<container>_<id>`, `cvt_<gallery id>`). */
function templatesOf(version: Plain): Map<string, { vendor: Vendor; name: string }> {
  const templates = new Map<string, { vendor: Vendor; name: string }>();
  for (const template of listOf(version.customTemplate)) {
    if (!isObject(template)) continue;
    const gallery = isObject(template.galleryReference) ? template.galleryReference : {};
    const name = stringOf(template.name);
    const vendor = vendorById(communityVendorOf(`${stringOf(gallery.owner)}/${stringOf(gallery.repository)}`, name) ?? "");
    if (!vendor) continue;
    templates.set(`cvt_${stringOf(template.containerId)}_${stringOf(template.templateId)}`, { vendor, name });
    if (gallery.galleryTemplateId) templates.set(`cvt_${stringOf(gallery.galleryTemplateId)}`, { vendor, name });
  }
  return templates;
}

/** How one tag or client is recognised: a template (built-in or community), Custom HTML, a Custom Image pixel, or neither. */
type Recognised = { template: { vendor: Vendor; what: string; type: string } } | { html: string } | { image: string } | null;

function recognise(entry: Plain, builtIns: Readonly<Record<string, BuiltInType>>, templates: Map<string, { vendor: Vendor; name: string }>): Recognised {
  const type = stringOf(entry.type);
  const builtIn = builtIns[type];
  const vendor = builtIn ? vendorById(builtIn.vendor) : undefined;
  if (builtIn && vendor) return { template: { vendor, what: builtIn.label, type } };
  const community = templates.get(type);
  if (community) return { template: { vendor: community.vendor, what: `"${community.name}" community template`, type } };
  if (type === "html") {
    const html = parameterOf(entry, "html");
    return html !== null && mayHoldTracker(html) ? { html } : null;
  }
  // Custom Image: GTM requests the URL as an image, a beacon (`facebook.com/tr?id=…&ev=…`)
  if (type === "img") {
    const url = parameterOf(entry, "url");
    return url !== null && urlsIn(url).length > 0 ? { image: url } : null;
  }
  return null;
}

/** The trackers of one recognised tag, in file offsets. */
function scanOfEntry(text: string, node: JsonNode, entry: Plain, recognised: NonNullable<Recognised>, kind: ContainerTag["kind"]): FileScan {
  const name = stringOf(entry.name) || "(unnamed)";
  if ("template" in recognised) {
    const typePair = pairOf(node, "type");
    const range = rangeOfNode(typePair ?? node);
    const { vendor, what, type } = recognised.template;
    const finding: Finding = { vendor, kind: "loader", label: `the ${what} ${kind} "${name}" (${type})`, range };
    return { ...EMPTY_SCAN, findings: [finding] };
  }
  const key = "image" in recognised ? "url" : "html";
  const parameter = itemsOf(memberOf(node, "parameter")).find((item) => stringValueOf(memberOf(item, "key")) === key);
  const value = memberOf(parameter, "value");
  if (!value) return EMPTY_SCAN;
  const [start, end] = rangeOfNode(value);
  if ("image" in recognised) {
    // reported at the URL's string in the JSON (its escapes make offsets inside it inexact)
    const findings = urlsIn(recognised.image).map((hit) => findingOfUrl(hit, [start, end], ` of the Custom Image tag "${name}"`));
    return findings.length > 0 ? { ...EMPTY_SCAN, findings } : EMPTY_SCAN;
  }
  return scanCustomHtml(text, start, end);
}

/** A failed read: the rules say the file went unchecked, never a silent pass. */
const unreadable = (reason: string): Container => ({ tags: [], triggers: new Map(), scan: { ...EMPTY_SCAN, error: `the Google Tag Manager container could not be read (${reason})` } });

/**
 * The container a JSON file holds, or null when it holds none. The file is parsed with positions
 * only when a tag or client in it is a tracker (JSON.parse tells, at native speed, and checks it is JSON).
 */
export function containerOf(text: string): Container | null {
  if (!mayBeContainer(text)) return null;
  let plain: unknown;
  try {
    plain = JSON.parse(text);
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  }
  const version = isObject(plain) ? plain.containerVersion : null;
  if (!isObject(version)) return null;
  const templates = templatesOf(version);
  const groups = [
    { key: "tag", kind: "tag" as const, builtIns: BUILT_IN_TAGS },
    { key: "client", kind: "client" as const, builtIns: BUILT_IN_CLIENTS },
  ].map((group) => ({ ...group, entries: listOf(version[group.key]).map((entry) => (isObject(entry) ? entry : {})) }));
  const recognised = groups.map((group) => group.entries.map((entry) => recognise(entry, group.builtIns, templates)));
  if (!recognised.some((list) => list.some((found) => found !== null))) return { tags: [], triggers: new Map(), scan: EMPTY_SCAN };
  const root = rangedRootOf(text);
  if (!root) return unreadable("its JSON could not be read with positions");
  const versionNode = memberOf(root, "containerVersion");
  const tags: ContainerTag[] = [];
  const scans: FileScan[] = [];
  groups.forEach((group, g) => {
    const nodes = itemsOf(memberOf(versionNode, group.key));
    group.entries.forEach((entry, index) => {
      const found = recognised[g]?.[index];
      const node = nodes[index];
      if (!found || !node) return;
      const scan = scanOfEntry(text, node, entry, found, group.kind);
      if (scan === EMPTY_SCAN) return;
      scans.push(scan);
      const firing = group.kind === "client" ? [CLIENT_TRIGGER_ID] : stringsOf(entry.firingTriggerId);
      tags.push({ name: stringOf(entry.name) || "(unnamed)", kind: group.kind, range: rangeOfNode(node), paused: entry.paused === true, firing, blocking: stringsOf(entry.blockingTriggerId) });
    });
  });
  return { tags, triggers: triggersOf(version), scan: mergedScan(scans) };
}

/** The scans of every tag, as one file's scan, in file order. */
function mergedScan(scans: FileScan[]): FileScan {
  if (scans.length === 0) return EMPTY_SCAN;
  const byStart = <T extends { range: [number, number] }>(list: T[]): T[] => list.sort((a, b) => a.range[0] - b.range[0]);
  return {
    findings: byStart(scans.flatMap((scan) => scan.findings)),
    calls: byStart(scans.flatMap((scan) => scan.calls)),
    markup: byStart(scans.flatMap((scan) => scan.markup)),
    error: scans.find((scan) => scan.error)?.error ?? null,
  };
}
