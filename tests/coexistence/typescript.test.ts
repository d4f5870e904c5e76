/**
 * pixel-guard's `recommended` next to typescript-eslint's type-checked config (projectService), in
 * both orders: typescript-eslint keeps its own parser object for .ts files (so its type-aware
 * rules keep their program), and pixel-guard finds on a tagged .ts file exactly what it finds alone.
 */
import type { Linter } from "eslint";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { copyFixture, isPixelGuard, lint, loadConfigBuilder, loadPixelGuard, removeCopies, where, type Lint } from "./helpers.js";

const TAGGED = "src/report-crime.ts";
const UNTAGGED = "src/opening-hours.ts";

let pixelGuard: Awaited<ReturnType<typeof loadPixelGuard>>;
/** pixel-guard parsing every file itself, as the `pixel-guard` command does: the reference findings. */
let alone: Linter.Config[];
let project: string;
beforeAll(async () => {
  pixelGuard = await loadPixelGuard();
  alone = (await loadConfigBuilder()).COMMAND_CONFIG;
  project = copyFixture("coexist-typescript");
});
afterAll(removeCopies);

function typeChecked(): Linter.Config[] {
  return [
    ...(tseslint.configs.recommendedTypeChecked as Linter.Config[]),
    { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: project } } },
  ];
}

type Order = "pixel-guard first" | "typescript-eslint first";
const ORDERS: Order[] = ["pixel-guard first", "typescript-eslint first"];

function configOf(order: Order): Linter.Config[] {
  return order === "pixel-guard first" ? [...pixelGuard.configs.recommended, ...typeChecked()] : [...typeChecked(), ...pixelGuard.configs.recommended];
}

const runs = new Map<string, Promise<Lint>>();
function run(order: Order | "pixel-guard alone", file: string): Promise<Lint> {
  const key = `${order}|${file}`;
  let result = runs.get(key);
  if (!result) {
    result = lint(project, order === "pixel-guard alone" ? [...alone] : configOf(order), [file]);
    runs.set(key, result);
  }
  return result;
}

function expectNoCrash(result: Lint): void {
  expect(result.error).toBeNull();
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
}

describe.each(ORDERS)("tseslint.configs.recommendedTypeChecked + projectService, %s", (order) => {
  it(`calculateConfigForFile("${TAGGED}") has typescript-eslint's own parser object (tseslint.parser) and its projectService options`, async () => {
    const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: configOf(order) });
    const config = (await eslint.calculateConfigForFile(TAGGED)) as Linter.Config;
    const parser = config.languageOptions?.parser as object | undefined;
    expect({ sameObjectAsTseslintParser: parser === tseslint.parser, keys: parser ? Object.keys(parser) : [] }).toEqual({
      sameObjectAsTseslintParser: true,
      keys: Object.keys(tseslint.parser),
    });
    expect(config.languageOptions?.parserOptions).toMatchObject({ projectService: true, tsconfigRootDir: project });
  });

  it("a type-aware typescript-eslint rule still reports (@typescript-eslint/no-floating-promises 10:3)", async () => {
    const result = await run(order, TAGGED);
    expectNoCrash(result);
    expect(result.messages.map(where)).toContain("@typescript-eslint/no-floating-promises 10:3");
  });

  it(`pixel-guard's findings on the tagged ${TAGGED} are exactly those of pixel-guard alone (rule, line, column, message)`, async () => {
    const together = await run(order, TAGGED);
    const alone = await run("pixel-guard alone", TAGGED);
    expectNoCrash(together);
    expectNoCrash(alone);
    const findings = (result: Lint): string[] => result.messages.filter(isPixelGuard).map((message) => `${where(message)} ${message.message}`);
    expect(alone.messages.filter(isPixelGuard).map(where)).toContain("pixel-guard/no-fbq-events 9:3");
    expect(findings(together)).toEqual(findings(alone));
  });

  it(`the untagged ${UNTAGGED}, which calls fbq too, gets no pixel-guard message`, async () => {
    const result = await run(order, UNTAGGED);
    expectNoCrash(result);
    expect(result.messages.filter(isPixelGuard)).toEqual([]);
  });
});
