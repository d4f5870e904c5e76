/**
 * The seeded fuzz test: mutations of the fixtures and the example site (scripts/fuzz/mutate.js:
 * cuts, splices, unbalanced quotes and template delimiters, random characters, BOMs, CRLF/CR, NUL,
 * invalid UTF-8, long lines, deep nesting, unterminated comments and scripts), each linted through
 * one of the configs the plugin ships (recommended and strict; pixel-guard's own parsers, the host
 * parsers installed here, the pixel-guard/html language), in turn. No rule may throw or report an
 * internal error, and every suggestion applied must still parse and not be offered again
 * (scripts/fuzz/check.js). Bounded by count, not time; `npm run fuzz` runs the same files longer.
 */
import { createChecker, fuzzConfigs } from "../../scripts/fuzz/check.js";
import { corpusOf, CORPUS_ROOTS, MUTATIONS, mutantOf } from "../../scripts/fuzz/mutate.js";
import { buildConfig } from "../../src/configs/build.js";
import { OWN_HOSTS } from "../../src/configs/hosts.js";
import plugin from "../../src/index.js";
import { HTML_FILES } from "../../src/language/index.js";
import { createRule } from "../../src/rules/create-rule.js";

const SEED = 20261202;
const FILES = 1200;

describe("fuzzed files", () => {
  const corpus = corpusOf();

  it("draws on the fixtures and the example site, every mutation, the same files for the same seed", () => {
    expect(CORPUS_ROOTS).toEqual(["tests/fixtures", "examples"]);
    expect(corpus.some((file) => file.path.startsWith("examples/police-site/"))).toBe(true);
    expect(corpus.filter((file) => file.path.startsWith("tests/fixtures/")).length).toBeGreaterThan(100);
    expect(mutantOf(corpus, SEED, 7)).toEqual(mutantOf(corpus, SEED, 7));
    const seen = new Set(Array.from({ length: FILES }, (_, i) => mutantOf(corpus, SEED, i).mutations).flat());
    expect([...seen].sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  it(`lint through every config without a throw, an internal error, or a suggestion that breaks the file (${FILES} files, seed ${SEED})`, async () => {
    const variants = await fuzzConfigs({ plugin, buildConfig: buildConfig as never, OWN_HOSTS, HTML_FILES });
    expect(variants.map((variant) => variant.name)).toEqual([
      "recommended, own parsers",
      "recommended, host parsers",
      "recommended, pixel-guard/html language",
      "strict, own parsers",
      "strict, host parsers",
      "strict, pixel-guard/html language",
    ]);
    const { check } = createChecker();
    const failures: string[] = [];
    for (let i = 0; i < FILES; i += 1) {
      const file = mutantOf(corpus, SEED, i);
      const variant = variants[i % variants.length];
      if (!variant) continue;
      const problems = check(file.path, file.text, variant);
      if (problems.length > 0) failures.push(`#${i} ${file.path} [${file.mutations.join(", ")}] (${variant.name}): ${problems.join("; ")}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe("the checker", () => {
  it("catches what it is there to catch: a rule that throws, an internal error, a suggestion offered again", async () => {
    const { check } = createChecker();
    const throwing = {
      meta: { type: "problem" as const, messages: { m: "m" }, schema: [] },
      create: () => ({ Program() { throw new TypeError("boom"); } }),
    };
    const repeating = {
      meta: { type: "problem" as const, hasSuggestions: true, messages: { m: "m", s: "add a semicolon" }, schema: [] },
      create: (context: { report: (d: object) => void }) => ({
        Program(node: object) {
          context.report({ node, messageId: "m", suggest: [{ messageId: "s", fix: (fixer: { insertTextAfterRange: (r: number[], t: string) => unknown }) => fixer.insertTextAfterRange([0, 0], ";") }] });
        },
      }),
    };
    const variantOf = (rule: object) => ({ name: "test", config: [{ plugins: { t: { rules: { r: rule as never } } }, rules: { "t/r": "error" as const } }] });
    expect(check("a.js", "a;", variantOf(throwing))[0]).toMatch(/^ESLint threw: TypeError: boom/u);
    expect(check("a.js", "a;", variantOf(repeating))).toEqual(['suggestion "add a semicolon" is offered again once applied']);
    const guarded = createRule({
      name: "some-rule",
      meta: { type: "problem", docs: { description: "x" }, messages: { m: "m" }, schema: [], defaultOptions: [] } as never,
      defaultOptions: [],
      create: () => {
        throw new TypeError("boom");
      },
    });
    expect(check("a.js", "a;", variantOf(guarded))).toEqual(["t/r internalError: pixel-guard/some-rule could not check this file: TypeError: boom (please report it with the file)"]);
  });
});
