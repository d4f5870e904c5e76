import type { Vendor, VendorRecord, WrapperPackage } from "./types.js";

/**
 * A vendor from its data file: the lists a record leaves out are empty, and each API's name list
 * (`functions`, `objects`, a package's `methods`) is read off its shapes, so a record says each once.
 */
export function vendor(record: VendorRecord): Vendor {
  const functions = record.functions ?? {};
  const objects = record.objects ?? {};
  const packages = (record.packages ?? []).map(({ methods, ...pkg }): WrapperPackage => (methods ? { ...pkg, methods: Object.keys(methods), api: methods } : pkg));
  return {
    id: record.id,
    name: record.name,
    company: record.company,
    leaks: record.leaks,
    endpoints: record.endpoints ?? [],
    functions: Object.keys(functions),
    objects: Object.keys(objects),
    api: { functions, objects },
    globals: record.globals ?? [],
    markers: record.markers ?? [],
    templates: record.templates ?? [],
    packages,
    attributes: record.attributes ?? [],
    personalKeys: record.personalKeys ?? [],
    forms: record.forms ?? {},
    firstParty: record.firstParty ?? null,
    docs: record.docs ?? null,
    hosts: record.hosts ?? null,
  };
}
