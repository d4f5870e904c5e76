/**
 * Puts each tracker of a scanned file under the gate that holds it: the innermost held element or
 * tarteaucitron service around it, else a vendor's own consent call before it (Google Consent
 * Mode's `default`, `fbq('consent', 'revoke')` before `fbq('init')`). A tracker in `<noscript>`
 * on a page that gates anything is marked as held by nothing: it loads with JavaScript off.
 */
import { vendorById } from "../catalogue/index.js";
import { stringValueOf, type Node } from "../estree.js";
import type { Finding, LocatedCall, MarkupFinding } from "../findings.js";
import { gateOf, type ConsentScan, type Gate } from "./gates.js";
import { CONSENT_APIS, TARTEAUCITRON, type ConsentApi } from "./managers.js";

interface ApiHold {
  from: number;
  covers: readonly string[];
  gate: Gate;
}

/** The storages a Consent Mode settings object denies (`ad_storage: 'denied'`); null when it is not a literal. */
function deniedOf(settings: Node | undefined): string[] | null {
  if (settings?.type !== "ObjectExpression") return null;
  const denied: string[] = [];
  for (const property of settings.properties) {
    if (property.type !== "Property") continue;
    const key = property.key.type === "Identifier" ? property.key.name : stringValueOf(property.key as Node);
    if (key && stringValueOf(property.value as Node) === "denied") denied.push(key);
  }
  return denied;
}

function holdOf(api: ConsentApi, call: LocatedCall, calls: readonly LocatedCall[]): ApiHold | null {
  const mode = call.node.arguments[1] ? stringValueOf(call.node.arguments[1] as Node) : null;
  if (mode !== api.holds && mode !== api.setElsewhere) return null;
  if (api.before && !calls.some((other) => other.vendor.id === api.vendor && other.method === api.before && other.range[0] > call.range[1])) return null;
  let category: string | null = null;
  if (api.denies && mode === api.holds) {
    const denied = deniedOf(call.node.arguments[2] as Node | undefined);
    if (denied?.length === 0) return null;
    category = denied ? `${denied.join(", ")} denied` : null;
  }
  return { from: mode === api.holds ? call.range[1] : 0, covers: api.covers, gate: gateOf(api, category) };
}

/** The holds a file's consent calls set up, in file order. */
function apiHoldsOf(calls: readonly LocatedCall[]): ApiHold[] {
  const holds: ApiHold[] = [];
  for (const call of calls) {
    if (call.method !== "consent") continue;
    const api = CONSENT_APIS.find((candidate) => candidate.vendor === call.vendor.id);
    const hold = api ? holdOf(api, call, calls) : null;
    if (hold) holds.push(hold);
  }
  return holds;
}

const inside = (range: readonly [number, number], outer: readonly [number, number]): boolean => outer[0] <= range[0] && range[1] <= outer[1];

type Gated = (Finding | LocatedCall | MarkupFinding) & { gate?: Gate };

/** Sets `gate` on every finding, call and markup finding a consent manager holds (or, in `<noscript>`, cannot hold). */
export function applyGates(consent: ConsentScan, items: Gated[], calls: readonly LocatedCall[]): void {
  const holds = apiHoldsOf(calls);
  const first = consent.regions[0]?.gate ?? holds[0]?.gate ?? items.find((item) => item.gate)?.gate;
  if (!first) return;
  for (const item of items) {
    if (consent.noscripts.some((range) => inside(item.range, range))) {
      item.gate = gateOf(first.manager, null, false);
      continue;
    }
    if (item.gate) continue;
    let region: { range: [number, number]; gate: Gate } | undefined;
    for (const candidate of consent.regions) {
      if (inside(item.range, candidate.range) && (!region || inside(candidate.range, region.range))) region = candidate;
    }
    const vendor = item.vendor?.id;
    const gate = region?.gate ?? holds.find((hold) => vendor !== undefined && hold.covers.includes(vendor) && item.range[0] >= hold.from)?.gate;
    if (gate) item.gate = gate;
  }
}

/** The trackers a file's tarteaucitron jobs load, each held by tarteaucitron for its service. */
export function jobFindingsOf(consent: ConsentScan): Finding[] {
  const findings: Finding[] = [];
  for (const { job, range } of consent.jobs) {
    const id = Object.hasOwn(TARTEAUCITRON.jobs, job) ? TARTEAUCITRON.jobs[job] : undefined;
    const vendor = id === undefined ? undefined : vendorById(id);
    if (vendor) findings.push({ vendor, kind: "loader", label: `tarteaucitron's '${job}' service`, range, gate: gateOf(TARTEAUCITRON, job) });
  }
  return findings;
}

/** Whether a file may push a tarteaucitron job (it names no tracker host, so the catalogue's needles miss it). */
export function mayHoldConsentJob(text: string): boolean {
  return text.includes("tarteaucitron");
}
