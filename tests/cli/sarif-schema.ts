import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv from "ajv";
import { FIXTURES } from "./helpers.js";

const require = createRequire(import.meta.url);

/** ajv 6 with the draft-04 meta-schema, and the SARIF 2.1.0 schema vendored in tests/fixtures (see its README). */
export function sarifValidator() {
  const ajv = new Ajv({ schemaId: "auto", allErrors: true });
  ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-04.json") as object);
  const schema = JSON.parse(readFileSync(path.join(FIXTURES, "cli-sarif-schema", "sarif-2.1.0-rtm.5.json"), "utf8")) as object;
  return ajv.compile(schema);
}
