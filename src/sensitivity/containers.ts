/**
 * Which tags of a Google Tag Manager container reach sensitive pages, and why. A tag reaches
 * the pages its firing triggers fire on, less those where one of its exception triggers (of the
 * same event) fires: All Pages, and any trigger without page conditions, reach every page; page
 * path and URL conditions are matched against `sensitiveUrls` and the routes of the site's
 * sensitive pages. Paused tags count: they can be unpaused without a change to the export.
 */
import type { Container, ContainerTag, ContainerTrigger, PageCondition } from "../detect/gtm/container.js";
import { conditionHolds, samplePathsOf, sensitiveUrlOf, witnessPathsOf, type SensitiveUrl } from "./url-paths.js";

/** How a tag reaches a sensitive page: through which trigger, on which path, sensitive by what. */
export interface TagReach {
  tag: ContainerTag;
  trigger: ContainerTrigger;
  why: string;
}

/** A trigger the export does not list (one from another workspace, or deleted): it may fire anywhere. */
const unknownTrigger = (id: string): ContainerTrigger => ({ id, name: `${id} (not in this export)`, type: "unknown", conditions: [], members: [] });

/** A trigger with its group members' conditions (a trigger group fires where all its members have). */
function resolvedTrigger(id: string, triggers: ReadonlyMap<string, ContainerTrigger>): ContainerTrigger {
  const trigger = triggers.get(id) ?? unknownTrigger(id);
  if (trigger.members.length === 0) return trigger;
  const conditions = [...trigger.conditions, ...trigger.members.flatMap((member) => triggers.get(member)?.conditions ?? [])];
  return { ...trigger, conditions };
}

const holdsAll = (conditions: readonly PageCondition[], path: string): boolean => conditions.every((condition) => conditionHolds(condition, path));

/** Each operator as a message says it, and negated. */
const OPERATORS: Readonly<Record<string, [string, string]>> = {
  equals: ["equals", "does not equal"],
  contains: ["contains", "does not contain"],
  startswith: ["starts with", "does not start with"],
  endswith: ["ends with", "does not end with"],
  matchregex: ["matches", "does not match"],
  matchesregex: ["matches", "does not match"],
};

/** `Page Path starts with "/support"`, for messages. */
function conditionText(condition: PageCondition): string {
  const [says, negated] = OPERATORS[condition.operator] ?? [condition.operator, `not ${condition.operator}`];
  return `${condition.variable} ${condition.negate ? negated : says} "${condition.value}"`;
}

/** Why a tag reaches a sensitive page, in a message's words. */
function whyOf(tag: ContainerTag, trigger: ContainerTrigger, sensitive: SensitiveUrl): string {
  const name = `GTM ${tag.kind} "${tag.name}"${tag.paused ? " (paused, and one click from live)" : ""}`;
  if (trigger.type === "client") return `${name} receives the requests of every page, which includes ${sensitive.description}`;
  const where = trigger.conditions.length === 0 ? `on every page through trigger "${trigger.name}"` : `through trigger "${trigger.name}" where ${trigger.conditions.map(conditionText).join(" and ")}`;
  return `${name} fires ${where}, which includes ${sensitive.description}`;
}

/** The first way a tag reaches a sensitive page, or null when every trigger stays off sensitive pages. */
export function tagReachOf(tag: ContainerTag, container: Container, urls: readonly SensitiveUrl[]): TagReach | null {
  if (urls.length === 0) return null;
  const firing = tag.firing.map((id) => resolvedTrigger(id, container.triggers));
  const blocking = tag.blocking.map((id) => resolvedTrigger(id, container.triggers));
  const candidates = new Set(urls.flatMap((url) => samplePathsOf(url.pattern)));
  for (const trigger of [...firing, ...blocking]) for (const condition of trigger.conditions) for (const path of witnessPathsOf(condition)) candidates.add(path);
  for (const trigger of firing) {
    for (const path of candidates) {
      const sensitive = sensitiveUrlOf(path, urls);
      if (!sensitive || !holdsAll(trigger.conditions, path)) continue;
      // An exception trigger blocks the tag only on its own event (All Pages is not blocked by a DOM Ready exception).
      if (blocking.some((block) => block.type === trigger.type && holdsAll(block.conditions, path))) continue;
      return { tag, trigger, why: whyOf(tag, trigger, sensitive) };
    }
  }
  return null;
}

/** Every tag of the container that reaches a sensitive page. */
export function reachingTagsOf(container: Container, urls: readonly SensitiveUrl[]): TagReach[] {
  return container.tags.flatMap((tag) => tagReachOf(tag, container, urls) ?? []);
}
