/**
 * The rule descriptors of the SARIF log, with what GitHub code scanning reads to show and rank an
 * alert: `fullDescription` (required by code scanning), `help` (text and Markdown: the rule's doc
 * page, which ships in the package), `helpUri`, and the properties `precision`,
 * `security-severity`, `problem.severity` and `tags`.
 *
 * Rules are not named here (only rules/ and configs/ name rule ids): their weight comes from their
 * meta. A `problem` rule recommended as an error reports a tracker that sends what a visitor reads
 * on a sensitive page (or personal data) to an ad or analytics company: special-category data
 * disclosed to a third party (CWE-359), which the ICO, HHS OCR and the FTC have treated as a breach,
 * so "high" (8.0), precise (trackers are matched by shape, pages by the site's own tags and globs).
 * A `suggestion` (recommended as a warning: automatic button capture left on, a page that reads as
 * sensitive but is not tagged) is a condition that makes such a leak likely, not a leak shown: "medium"
 * (5.5), and its precision "medium" (one reads how a page reads).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import plugin from "../index.js";
import { RULE_PREFIX } from "./results.js";

export const INFORMATION_URI = "https://github.com/pixel-guard/eslint-plugin-pixel-guard";
export const PARSE_ERROR_RULE = `${RULE_PREFIX}parse-error`;
const PARSE_ERROR_URI = `${INFORMATION_URI}/blob/main/docs/cli.md#parse-errors`;

export type Level = "error" | "warning" | "note" | "none";
type Precision = "very-high" | "high" | "medium" | "low";

export interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; precision: Precision; "problem.severity": "error" | "warning" | "recommendation"; "security-severity"?: string };
}

/** Exposure of Private Personal Information to an Unauthorized Actor. */
const CWE_TAG = "external/cwe/cwe-359";
/** GitHub shows at most this much of a rule's help; a doc page is cut at a heading before it. */
const HELP_LIMIT = 8_000;

const pascalCase = (id: string): string => id.replace(/(?:^|[-/])([a-z\d])/g, (_, letter: string) => letter.toUpperCase());

/** docs/rules/<rule>.md without its generated header, or null when the package has no docs. */
function docPageOf(name: string): string | null {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "docs", "rules", `${name}.md`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const body = text.split("<!-- end auto-generated rule header -->").pop()!.trim();
  if (body.length <= HELP_LIMIT) return body;
  const cut = body.lastIndexOf("\n## ", HELP_LIMIT);
  return `${body.slice(0, cut > 0 ? cut : HELP_LIMIT).trim()}\n\n…`;
}

/** The doc page's first paragraph and its "Why" section, as one plain text. */
function fullDescriptionOf(description: string, page: string | null): string {
  if (!page) return `${description}.`;
  const paragraphs = page.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim());
  const why = paragraphs.findIndex((paragraph) => /^## why$/i.test(paragraph));
  const parts = [paragraphs[0], why >= 0 ? paragraphs[why + 1] : undefined].filter((part): part is string => !!part && !part.startsWith("#"));
  return parts.length ? parts.join(" ") : `${description}.`;
}

interface RuleFacts {
  name: string;
  description: string;
  url: string;
  level: Level;
  isLeak: boolean;
}

function describe({ name, description, url, level, isLeak }: RuleFacts): RuleDescriptor {
  const page = docPageOf(name);
  return {
    id: `${RULE_PREFIX}${name}`,
    name: pascalCase(name),
    shortDescription: { text: description },
    fullDescription: { text: fullDescriptionOf(description, page) },
    helpUri: url,
    help: { text: `${fullDescriptionOf(description, page)} See ${url}`, markdown: page ? `${page}\n\n[Documentation](${url})` : `${description}. [Documentation](${url})` },
    defaultConfiguration: { level },
    properties: {
      tags: ["security", "privacy", CWE_TAG],
      precision: isLeak ? "high" : "medium",
      "problem.severity": level === "error" ? "error" : "warning",
      "security-severity": isLeak ? "8.0" : "5.5",
    },
  };
}

/** A file that could not be parsed: not a finding about privacy, but a file left unchecked. */
function parseErrorDescriptor(): RuleDescriptor {
  const text = "A file that could not be parsed, and so was not checked for trackers";
  return {
    id: PARSE_ERROR_RULE,
    name: "ParseError",
    shortDescription: { text },
    fullDescription: { text: `${text}. Fix the syntax error (or tell pixel-guard how the file is templated) so that trackers in it are found.` },
    helpUri: PARSE_ERROR_URI,
    help: { text: `${text}. See ${PARSE_ERROR_URI}`, markdown: `${text}. [Documentation](${PARSE_ERROR_URI})` },
    defaultConfiguration: { level: "error" },
    properties: { tags: ["privacy", "reliability"], precision: "very-high", "problem.severity": "error" },
  };
}

/** A rule id this plugin does not know (a newer plugin in the workers, say): described by its id. */
export function unknownRuleDescriptor(id: string, level: Level): RuleDescriptor {
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: id },
    fullDescription: { text: id },
    helpUri: INFORMATION_URI,
    help: { text: `${id}. See ${INFORMATION_URI}`, markdown: `${id}. [pixel-guard](${INFORMATION_URI})` },
    defaultConfiguration: { level },
    properties: { tags: ["privacy"], precision: "medium", "problem.severity": level === "error" ? "error" : "warning" },
  };
}

/** One descriptor per rule of the plugin (from `plugin.rules`), then `pixel-guard/parse-error`. */
export function ruleDescriptors(): RuleDescriptor[] {
  const descriptors = Object.entries(plugin.rules).map(([name, rule]) => {
    const docs = rule.meta.docs as { description?: string; url?: string; recommended?: string } | undefined;
    const level: Level = docs?.recommended === "error" ? "error" : docs?.recommended === "warn" ? "warning" : "note";
    const isLeak = rule.meta.type === "problem" && level === "error";
    return describe({ name, description: docs?.description ?? name, url: docs?.url ?? INFORMATION_URI, level, isLeak });
  });
  descriptors.push(parseErrorDescriptor());
  return descriptors;
}
