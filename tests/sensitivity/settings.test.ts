import { parseSettings, SettingsError } from "../../src/sensitivity/settings.js";

describe("parseSettings", () => {
  it("fills defaults for absent settings", () => {
    expect(parseSettings(undefined)).toEqual({ sensitive: [], allow: [], autoClassify: "warn", templateRoots: [] });
  });

  it("keeps a full, valid object", () => {
    const settings = { sensitive: ["a/**"], allow: [{ paths: ["careers/**"], vendors: ["meta", "linkedin"] }], autoClassify: "error", templateRoots: ["_includes"] };
    expect(parseSettings(settings)).toEqual(settings);
  });

  it.each([
    [{ sensitve: ["a"] }, 'settings["pixel-guard"].sensitve is not a setting; expected one of sensitive, allow, autoClassify, templateRoots'],
    [{ sensitive: "a/**" }, 'settings["pixel-guard"].sensitive must be an array of strings, got "a/**"'],
    [{ sensitive: ["a", 3] }, 'settings["pixel-guard"].sensitive[1] must be a non-empty string, got 3'],
    [{ autoClassify: true }, 'settings["pixel-guard"].autoClassify must be "warn", "off" or "error", got true'],
    [{ allow: [{ paths: ["x"], vendors: ["facebook"] }] }, 'settings["pixel-guard"].allow[0].vendors[0] is not a known vendor id: "facebook"'],
    [{ allow: [{ path: ["x"] }] }, 'settings["pixel-guard"].allow[0].path is not a setting; expected paths, vendors'],
    [{ allow: [{ paths: [], vendors: ["meta"] }] }, 'settings["pixel-guard"].allow[0].paths must list at least one glob'],
    [{ templateRoots: [""] }, 'settings["pixel-guard"].templateRoots[0] must be a non-empty string'],
    [{ allow: [{ paths: ["careers/**"] }] }, 'settings["pixel-guard"].allow[0].vendors must list at least one vendor id (such as "meta" or "google-tag") that may run on "careers/**"'],
    [{ allow: [{ paths: ["careers/**"], vendors: [] }] }, 'settings["pixel-guard"].allow[0].vendors must list at least one vendor id'],
  ])("names the key of a wrong setting: %j", (settings, message) => {
    expect(() => parseSettings(settings)).toThrow(SettingsError);
    expect(() => parseSettings(settings)).toThrow(message);
  });
});

describe("parseSettings: globs", () => {
  it.each([
    [{ sensitive: ["["] }, 'settings["pixel-guard"].sensitive[0] "[" is not a valid glob: Missing closing: "]" (escape it with a backslash to match it literally)'],
    [{ sensitive: ["victims/**", "**/{a,b"] }, 'settings["pixel-guard"].sensitive[1] "**/{a,b" is not a valid glob: Missing closing: "}"'],
    [{ sensitive: ["pages/(hiv/**"] }, 'settings["pixel-guard"].sensitive[0] "pages/(hiv/**" is not a valid glob: Missing closing: ")"'],
    [{ sensitive: ["pages/hiv]/**"] }, 'settings["pixel-guard"].sensitive[0] "pages/hiv]/**" is not a valid glob: Missing opening: "["'],
    [{ sensitive: ["/abs/**"] }, 'settings["pixel-guard"].sensitive[0] "/abs/**" is an absolute path; globs are relative to the folder of the config (write it without the leading /)'],
    [{ sensitive: ["C:\\site\\victims\\**"] }, 'settings["pixel-guard"].sensitive[0] "C:\\\\site\\\\victims\\\\**" is an absolute path'],
    [{ allow: [{ paths: ["careers/{a,b"], vendors: ["meta"] }] }, 'settings["pixel-guard"].allow[0].paths[0] "careers/{a,b" is not a valid glob: Missing closing: "}"'],
    [{ allow: [{ paths: ["/careers/**"], vendors: ["meta"] }] }, 'settings["pixel-guard"].allow[0].paths[0] "/careers/**" is an absolute path'],
    [{ sensitiveUrls: ["/support/[a"] }, 'settings["pixel-guard"].sensitiveUrls[0] "/support/[a" is not a valid glob: Missing closing: "]"'],
  ])("names the key and the bad glob: %j", (settings, message) => {
    expect(() => parseSettings(settings)).toThrow(SettingsError);
    expect(() => parseSettings(settings)).toThrow(message);
  });

  it("keeps globs with balanced brackets, braces, extglobs, escapes and URL patterns from the root", () => {
    const settings = {
      sensitive: ["src/pages/{victims,hiv}/**", "**/[a-z]*-support.html", "!(careers)/report/**", "content/\\[draft\\]/*.md"],
      allow: [{ paths: ["careers/**"], vendors: ["meta"] }],
      sensitiveUrls: ["/support/**"],
    };
    expect(parseSettings(settings)).toMatchObject(settings);
  });
});
