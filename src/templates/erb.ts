import { readFileSync } from "node:fs";
import path from "node:path";
import type { Link } from "../engines/index.js";

const APPLICATION_LAYOUT = "app/views/layouts/application.html.erb";
/** `layout "admin"` / `layout 'support'` in a controller's class body (a symbol or a Proc picks at run time: not read). */
const CONTROLLER_LAYOUT = /^[ \t]*layout[ \t(]+["']([\w/-]+)["']/mu;
/** `class SupportController < Admin::BaseController`: where an unset layout is inherited from. */
const PARENT = /^[ \t]*class[ \t]+[\w:]+[ \t]*<[ \t]*([\w:]+)/mu;
/** How many controllers up the inheritance chain are read. */
const MAX_PARENTS = 6;

function read(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** `Admin::BaseController` -> `admin/base_controller.rb`. */
function controllerFileOf(className: string): string {
  return `${className
    .split("::")
    .map((part) => part.replace(/([a-z\d])([A-Z])/gu, "$1_$2").toLowerCase())
    .join("/")}.rb`;
}

/** The layout a controller names (`layout "x"`), its own or inherited; null when none does. */
function controllerLayoutOf(controllers: string, first: string): string | null {
  let file: string | null = first;
  for (let level = 0; file && level < MAX_PARENTS; level++) {
    const source = read(path.join(controllers, file));
    if (source === null) return null;
    const layout = CONTROLLER_LAYOUT.exec(source);
    if (layout) return layout[1] as string;
    const parent = PARENT.exec(source)?.[1];
    file = parent && parent !== "ActionController::Base" ? controllerFileOf(parent) : null;
  }
  return null;
}

/**
 * Rails: a view is wrapped in the layout its controller names (`layout "admin"` in
 * `app/controllers/admin/reports_controller.rb` or a parent controller picks
 * `app/views/layouts/admin.html.erb`), else `app/views/layouts/application.html.erb`; layouts and
 * partials are not wrapped.
 */
export function railsLayoutLinksOf(filename: string): Link[] {
  const normalized = filename.split(path.sep).join("/");
  const isView = /(?:^|\/)app\/views\//.test(normalized) && !normalized.includes("/layouts/") && !path.posix.basename(normalized).startsWith("_");
  if (!isView) return [];
  const at = normalized.lastIndexOf("app/views/");
  const folder = path.posix.dirname(normalized.slice(at + "app/views/".length));
  const controllers = path.join(normalized.slice(0, at), "app", "controllers");
  const layout = folder === "." ? null : controllerLayoutOf(controllers, `${folder}_controller.rb`);
  const file = layout ? `app/views/layouts/${layout}.html.erb` : APPLICATION_LAYOUT;
  return [{ target: file, candidates: [file], range: [0, 0], kind: "wrapper", relative: false }];
}
