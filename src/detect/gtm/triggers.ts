/**
 * The triggers of a container export, as neutral data: what event each listens for and which
 * page-address conditions it has. Conditions on anything else (click text, event names, form ids)
 * choose events, not pages, so a trigger that has only those fires on any page.
 */

/** A condition on the page's address: `{{Page Path}} starts with /support`. */
export interface PageCondition {
  /** The variable it tests, as GTM names it. */
  variable: "Page Path" | "Page URL";
  /** The operator, lower case without underscores: `equals`, `contains`, `startswith`, `endswith`, `matchregex`. */
  operator: string;
  value: string;
  negate: boolean;
  ignoreCase: boolean;
}

export interface ContainerTrigger {
  id: string;
  name: string;
  /** The event type, lower case without underscores: `pageview`, `customevent`, `click`, `triggergroup`. */
  type: string;
  /** Every condition must hold on the page (GTM ANDs a trigger's filters). */
  conditions: PageCondition[];
  /** For a trigger group: the triggers that must all have fired. */
  members: string[];
}

/** The built-in All Pages trigger, which no export lists: every page view. */
export const ALL_PAGES_TRIGGER_ID = "2147479553";
/** What fires a server-side client: every request it claims. */
export const CLIENT_TRIGGER_ID = "client";

const BUILT_IN: readonly ContainerTrigger[] = [
  { id: ALL_PAGES_TRIGGER_ID, name: "All Pages", type: "pageview", conditions: [], members: [] },
  { id: "2147479572", name: "Consent Initialization - All Pages", type: "consentinit", conditions: [], members: [] },
  { id: "2147479573", name: "Initialization - All Pages", type: "init", conditions: [], members: [] },
  { id: CLIENT_TRIGGER_ID, name: "every request the client claims", type: "client", conditions: [], members: [] },
];

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain => typeof value === "object" && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** `STARTS_WITH`, `startsWith` -> `startswith`: exports from the API and the UI spell them differently. */
export const normalisedName = (value: unknown): string => (typeof value === "string" ? value.replaceAll("_", "").toLowerCase() : "");

/** A filter's parameters by key (`arg0`, `arg1`, `negate`, `ignore_case`). */
function parametersOf(filter: Plain): Map<string, unknown> {
  const parameters = new Map<string, unknown>();
  for (const parameter of listOf(filter.parameter)) if (isObject(parameter) && typeof parameter.key === "string") parameters.set(parameter.key, parameter.value);
  return parameters;
}

const PAGE_VARIABLES: Readonly<Record<string, PageCondition["variable"]>> = { "{{Page Path}}": "Page Path", "{{Page URL}}": "Page URL" };

/** The page-address conditions among a trigger's filters. */
function pageConditionsOf(filters: unknown): PageCondition[] {
  const conditions: PageCondition[] = [];
  for (const filter of listOf(filters)) {
    if (!isObject(filter)) continue;
    const parameters = parametersOf(filter);
    const variable = PAGE_VARIABLES[String(parameters.get("arg0") ?? "").trim()];
    if (!variable) continue;
    const negate = filter.negate === true || parameters.get("negate") === "true";
    conditions.push({ variable, operator: normalisedName(filter.type), value: String(parameters.get("arg1") ?? ""), negate, ignoreCase: parameters.get("ignore_case") === "true" });
  }
  return conditions;
}

/** The member triggers of a trigger group (`parameter` `triggerIds`, a list of trigger references). */
function membersOf(trigger: Plain): string[] {
  const list = listOf(trigger.parameter).find((parameter) => isObject(parameter) && parameter.key === "triggerIds");
  return isObject(list) ? listOf(list.list).flatMap((item) => (isObject(item) && typeof item.value === "string" ? [item.value] : [])) : [];
}

/** The triggers of a container version, by id, with the built-in ones. */
export function triggersOf(version: Plain): Map<string, ContainerTrigger> {
  const triggers = new Map<string, ContainerTrigger>(BUILT_IN.map((trigger) => [trigger.id, trigger]));
  for (const trigger of listOf(version.trigger)) {
    if (!isObject(trigger) || typeof trigger.triggerId !== "string") continue;
    const conditions = [...pageConditionsOf(trigger.filter), ...pageConditionsOf(trigger.autoEventFilter)];
    triggers.set(trigger.triggerId, { id: trigger.triggerId, name: typeof trigger.name === "string" ? trigger.name : trigger.triggerId, type: normalisedName(trigger.type), conditions, members: membersOf(trigger) });
  }
  return triggers;
}
