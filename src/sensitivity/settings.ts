import { LONG_TAIL_PREFIX, VENDORS, vendorById } from "../detect/catalogue/index.js";
import { globProblemOf } from "./globs.js";

export type AutoClassify = "warn" | "off" | "error";

export interface AllowEntry {
  paths: string[];
  vendors: string[];
}

/** `settings["pixel-guard"]`, checked; the CLI reads the same object from pixel-guard.config.json. */
export interface Settings {
  sensitive: string[];
  allow: AllowEntry[];
  autoClassify: AutoClassify;
  templateRoots: string[];
  /** URL path patterns of sensitive pages (`/support/**`), for tag-manager triggers that name page paths; absent when not set. */
  sensitiveUrls?: string[];
  /** Report first-party, cookieless analytics (Plausible, Fathom, self-hosted Matomo…) too; off by default. */
  reportFirstPartyAnalytics?: boolean;
  /** Globs (relative to the config folder) the `pixel-guard` command leaves out; absent when not set. */
  ignores?: string[];
}

const KEYS = ["sensitive", "allow", "autoClassify", "templateRoots", "sensitiveUrls", "reportFirstPartyAnalytics", "ignores"];
const AUTO_CLASSIFY: AutoClassify[] = ["warn", "off", "error"];
const VENDOR_IDS = VENDORS.map((vendor) => vendor.id);

/** A setting that is wrong: the message names the key, the value and what was expected. */
export class SettingsError extends Error {
  constructor(key: string, problem: string) {
    super(`pixel-guard: settings["pixel-guard"]${key ? `.${key}` : ""} ${problem}`);
    this.name = "SettingsError";
  }
}

function stringList(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SettingsError(key, `must be an array of strings, got ${JSON.stringify(value)}`);
  value.forEach((item, index) => {
    if (typeof item !== "string" || item.length === 0) throw new SettingsError(`${key}[${index}]`, `must be a non-empty string, got ${JSON.stringify(item)}`);
  });
  return value as string[];
}

/** Globs of files, relative to the config's folder (`sensitive`, `allow[].paths`), each checked. */
function globList(value: unknown, key: string): string[] {
  const globs = stringList(value, key);
  globs.forEach((glob, index) => {
    const problem = globProblemOf(glob, { relative: true });
    if (problem) throw new SettingsError(`${key}[${index}]`, `${JSON.stringify(glob)} ${problem}`);
  });
  return globs;
}

/** URL path patterns: globs over the path of a page's address, so each starts with `/` (or a wildcard). */
function urlPatterns(value: unknown): string[] {
  const patterns = stringList(value, "sensitiveUrls");
  patterns.forEach((pattern, index) => {
    if (!pattern.startsWith("/") && !pattern.startsWith("*")) throw new SettingsError(`sensitiveUrls[${index}]`, `must be a URL path pattern starting with "/" (such as "/support/**"), got ${JSON.stringify(pattern)}`);
    const problem = globProblemOf(pattern, { relative: false });
    if (problem) throw new SettingsError(`sensitiveUrls[${index}]`, `${JSON.stringify(pattern)} ${problem}`);
  });
  return patterns;
}

function allowList(value: unknown): AllowEntry[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SettingsError("allow", `must be an array of { paths, vendors }, got ${JSON.stringify(value)}`);
  return value.map((entry: unknown, index) => {
    const key = `allow[${index}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw new SettingsError(key, `must be an object { paths, vendors }, got ${JSON.stringify(entry)}`);
    for (const name of Object.keys(entry)) if (name !== "paths" && name !== "vendors") throw new SettingsError(`${key}.${name}`, "is not a setting; expected paths, vendors");
    const record = entry as Record<string, unknown>;
    const paths = globList(record.paths, `${key}.paths`);
    const vendors = stringList(record.vendors, `${key}.vendors`);
    if (paths.length === 0) throw new SettingsError(`${key}.paths`, "must list at least one glob");
    // an entry without vendors would permit nothing: a mistake, not a no-op
    if (vendors.length === 0) throw new SettingsError(`${key}.vendors`, `must list at least one vendor id (such as "meta" or "google-tag") that may run on ${JSON.stringify(paths[0])}`);
    vendors.forEach((vendor, v) => {
      if (!vendorById(vendor)) throw new SettingsError(`${key}.vendors[${v}]`, `is not a known vendor id: "${vendor}"; expected one of ${VENDOR_IDS.join(", ")}, or ${LONG_TAIL_PREFIX}<entity> for the long tail (docs/vendors.md)`);
    });
    return { paths, vendors };
  });
}

/** Checks the settings object; throws a SettingsError naming the first wrong key. */
export function parseSettings(raw: unknown): Settings {
  if (raw === undefined || raw === null) return { sensitive: [], allow: [], autoClassify: "warn", templateRoots: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) throw new SettingsError("", `must be an object, got ${JSON.stringify(raw)}`);
  for (const key of Object.keys(raw)) if (!KEYS.includes(key)) throw new SettingsError(key, `is not a setting; expected one of ${KEYS.join(", ")}`);
  const record = raw as Record<string, unknown>;
  const autoClassify = record.autoClassify ?? "warn";
  if (!AUTO_CLASSIFY.includes(autoClassify as AutoClassify)) throw new SettingsError("autoClassify", `must be "warn", "off" or "error", got ${JSON.stringify(autoClassify)}`);
  const reportFirstPartyAnalytics = record.reportFirstPartyAnalytics;
  if (reportFirstPartyAnalytics !== undefined && typeof reportFirstPartyAnalytics !== "boolean") throw new SettingsError("reportFirstPartyAnalytics", `must be true or false, got ${JSON.stringify(reportFirstPartyAnalytics)}`);
  return {
    sensitive: globList(record.sensitive, "sensitive"),
    allow: allowList(record.allow),
    autoClassify: autoClassify as AutoClassify,
    templateRoots: stringList(record.templateRoots, "templateRoots"),
    ...(record.sensitiveUrls === undefined ? {} : { sensitiveUrls: urlPatterns(record.sensitiveUrls) }),
    ...(reportFirstPartyAnalytics === undefined ? {} : { reportFirstPartyAnalytics }),
    ...(record.ignores === undefined ? {} : { ignores: stringList(record.ignores, "ignores") }),
  };
}

const parsed = new WeakMap<object, Settings>();

/** The checked settings of a lint run, parsed once per settings object. */
export function settingsOf(allSettings: Readonly<Record<string, unknown>> | undefined): Settings {
  const raw = allSettings?.["pixel-guard"];
  if (typeof raw !== "object" || raw === null) return parseSettings(raw);
  const cached = parsed.get(raw);
  if (cached) return cached;
  const settings = parseSettings(raw);
  parsed.set(raw, settings);
  return settings;
}
