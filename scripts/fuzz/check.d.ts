import type { Linter } from "eslint";

export interface FuzzVariant {
  name: string;
  config: Linter.Config[];
}

export function fuzzConfigs(options: { plugin: object; buildConfig: (name: "recommended" | "strict", plugin: object, hosts: never) => Linter.Config[]; OWN_HOSTS: object; HTML_FILES: string[] }): Promise<FuzzVariant[]>;

export function createChecker(): { check(file: string, text: string, variant: FuzzVariant): string[]; cwd: string };
