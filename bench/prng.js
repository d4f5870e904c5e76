// A small seeded PRNG (mulberry32) and the helpers the corpus generators draw from. Never
// Math.random: the same seed must give the same corpus, byte for byte.

/** mulberry32: a 32-bit state PRNG, returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for item `index` of a run with `seed`, so each file has its own independent stream. */
export function subSeed(seed, index) {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRandom(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** Picks from `[[weight, value], ...]`. */
    weighted(entries) {
      const total = entries.reduce((sum, [w]) => sum + w, 0);
      let x = next() * total;
      for (const [w, value] of entries) {
        x -= w;
        if (x < 0) return value;
      }
      return entries[entries.length - 1][1];
    },
    /** `count` distinct items. */
    sample(items, count) {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, count);
    },
    /** A string of `n` decimal digits, not starting with 0 (pixel ids, partner ids). */
    digits(n) {
      let s = String(r.int(1, 9));
      while (s.length < n) s += String(r.int(0, 9));
      return s;
    },
    /** Upper-case letters and digits (GA4 / GTM / TikTok ids). */
    code(n) {
      const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
      let s = "";
      while (s.length < n) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
  return r;
}

// Vocabulary for names and copy: a public-sector / charity website.
export const NOUNS = [
  "User", "Account", "Report", "Case", "Appointment", "Message", "Support", "Contact", "Donation",
  "Volunteer", "Service", "Resource", "Event", "Article", "Search", "Profile", "Session", "Notice",
  "Document", "Location", "Referral", "Booking", "Feedback", "Newsletter", "Team", "Office", "Job",
  "Vacancy", "Campaign", "Partner", "Region", "Station", "Update", "Alert", "Guide", "Topic",
];
export const ADJECTIVES = [
  "Primary", "Recent", "Shared", "Public", "Local", "Remote", "Cached", "Pending", "Featured",
  "Archived", "Draft", "Active", "Nearby", "Popular", "Urgent", "Upcoming", "Related", "Saved",
];
export const UI = [
  "Card", "List", "Panel", "Header", "Footer", "Form", "Modal", "Table", "Banner", "Button", "Grid",
  "Item", "Section", "Sidebar", "Wizard", "Summary", "Tabs", "Badge", "Filter", "Pager", "Hero",
];
export const VERBS = [
  "fetch", "load", "format", "parse", "build", "validate", "normalize", "resolve", "compute", "merge",
  "filter", "sort", "group", "map", "serialize", "submit", "update", "remove", "create", "toggle",
];
export const WORDS = (
  "information support contact local services help advice report online phone appointment team " +
  "community safety victims witnesses court process police officer station independent confidential " +
  "free available hours week day people family friends time access website guidance resources " +
  "apply jobs careers recruitment training volunteers donate news updates events campaign partners " +
  "health care clinic referral booking form details privacy policy cookies accessibility statement"
).split(" ");
export const SENSITIVE_SLUGS = [
  "report-a-crime", "support-services", "domestic-abuse", "sexual-assault", "stalking", "hate-crime",
  "witness-care", "victim-code", "rape-support", "coercive-control", "honour-based-abuse", "fraud-victims",
];
export const SENSITIVE_TITLES = [
  "Report rape or sexual assault", "Get help with domestic abuse", "Report stalking or harassment",
  "Support for victims of crime", "Your rights under the Victims' Code", "Talk to an ISVA in confidence",
];

export const camel = (...parts) =>
  parts.map((p, i) => (i === 0 ? p[0].toLowerCase() + p.slice(1) : p[0].toUpperCase() + p.slice(1))).join("");
export const kebab = (...parts) =>
  parts.map((p) => p.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()).join("-");

/** A sentence of copy, `min`..`max` words. */
export function sentence(r, min = 6, max = 16) {
  const n = r.int(min, max);
  const words = [];
  for (let i = 0; i < n; i++) words.push(r.pick(WORDS));
  const s = words.join(" ");
  return s[0].toUpperCase() + s.slice(1) + ".";
}

/** Indents every line of `lines` (an array or a multi-line string) by `n` spaces. */
export function indent(lines, n) {
  const pad = " ".repeat(n);
  const list = typeof lines === "string" ? lines.split("\n") : lines;
  return list.map((l) => (l.length ? pad + l : l));
}

// Code-writing helpers. A context is { r, ts, jsx, noun, names } for the file being written.
/** Keeps a type annotation in TypeScript, drops it in JavaScript. */
export const T = (ctx, s) => (ctx.ts ? s : "");

/** A top-level name not yet declared in this file (duplicates are syntax errors in a module). */
export function uniq(ctx, name) {
  let n = name;
  for (let i = 2; ctx.names.has(n); i++) n = `${name}${i}`;
  ctx.names.add(n);
  return n;
}

export function docComment(ctx, text) {
  const { r } = ctx;
  if (r.chance(0.5)) return [`// ${text}`];
  const lines = ["/**", ` * ${text}`];
  if (r.chance(0.5)) lines.push(" *", ` * ${sentence(r, 8, 18)}`);
  return [...lines, " */"];
}
