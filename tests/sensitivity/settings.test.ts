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
  ])("names the key of a wrong setting: %j", (settings, message) => {
    expect(() => parseSettings(settings)).toThrow(SettingsError);
    expect(() => parseSettings(settings)).toThrow(message);
  });
});
