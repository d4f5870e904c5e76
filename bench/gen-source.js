// The JS/TS part of the corpus: a website's source tree (React components, Next.js pages and
// layouts, utility modules, API clients, Redux slices, hooks) in .js/.jsx/.ts/.tsx, 40-400 lines a
// file. About 5% of files carry tracking code in real shapes; a quarter of those, and a few clean
// files, are sensitive (a `sensitive-content` comment, or a page under src/pages/victims/).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { TRACKERS, trackingBlock } from "./gen-trackers.js";
import {
  ADJECTIVES, NOUNS, SENSITIVE_SLUGS, SENSITIVE_TITLES, T, UI, VERBS,
  camel, createRandom, docComment, indent, kebab, sentence, subSeed, uniq,
} from "./prng.js";

export const TRACKING_SHARE = 0.05;
export const SENSITIVE_TRACKING_SHARE = 0.25;
export const SENSITIVE_CLEAN_SHARE = 0.02;

const FIELDS = [
  ["title", "string"], ["name", "string"], ["createdAt", "string"], ["updatedAt", "string | null"],
  ["ownerId", "string"], ["description", "string"], ["tags", "string[]"], ["count", "number"],
  ["url", "string"], ["email", "string"], ["region", "Region"], ["priority", "1 | 2 | 3"],
  ["isActive", "boolean"], ["notes", "string | undefined"], ["slug", "string"], ["summary", "string"],
];

// ---------------------------------------------------------------------------------------------
// Building blocks. Each takes a context { r, ts, jsx, noun, names } and returns lines.
// `T(ctx, s)` keeps a type annotation in TS and drops it in JS (helpers are in prng.js).

function typesBlock(ctx) {
  const { r, noun } = ctx;
  if (ctx.names.has("#types")) return constBlock(ctx);
  ctx.names.add("#types");
  if (!ctx.ts) {
    return [
      ...docComment(ctx, `@typedef {Object} ${noun}`),
      `export const ${noun.toUpperCase()}_STATUSES = Object.freeze(["draft", "published", "archived"]);`,
      "",
    ];
  }
  const fields = r.sample(FIELDS, r.int(3, 9));
  const iface = ctx.importedType ? `${noun}Record` : noun;
  const lines = [
    ...docComment(ctx, `${noun} records as the API returns them.`),
    `export interface ${iface} {`,
    "  id: string;",
    ...fields.map(([f, t]) => (r.chance(0.2) ? `  /** ${sentence(r, 4, 8)} */\n  ${f}: ${t};` : `  ${f}: ${t};`)),
    "}",
    "",
  ];
  if (r.chance(0.6)) lines.push(`export type ${noun}Status = "idle" | "loading" | "succeeded" | "failed";`, "");
  if (r.chance(0.4)) lines.push("export type Region = \"north\" | \"south\" | \"east\" | \"west\";", "");
  if (r.chance(0.5)) {
    lines.push(
      "export type Paginated<T> = {",
      "  items: T[];",
      "  total: number;",
      "  page: number;",
      "  pageSize: number;",
      "};",
      "",
    );
  }
  if (r.chance(0.4)) {
    lines.push(
      `export type ApiResult<T, E = string> = { ok: true; data: T } | { ok: false; error: E };`,
      "",
      `type Mutable<T> = { -readonly [K in keyof T]: T[K] };`,
      `export type ${noun}Patch = Partial<Omit<Mutable<${iface}>, "id">>;`,
      "",
    );
  }
  return lines.join("\n").split("\n");
}

function constBlock(ctx) {
  const { r, noun } = ctx;
  if (r.chance(0.5)) {
    const name = uniq(ctx, `DEFAULT_${noun.toUpperCase()}_OPTIONS`);
    return [
      ...docComment(ctx, `Default options for ${noun.toLowerCase()} views.`),
      `export const ${name}${T(ctx, `: Readonly<Record<string, string | number | boolean>>`)} = {`,
      `  pageSize: ${r.pick([10, 20, 25, 50])},`,
      `  sortBy: "${r.pick(["createdAt", "title", "priority"])}",`,
      `  descending: ${r.chance(0.5)},`,
      `  cacheSeconds: ${r.int(30, 3600)},`,
      `  endpoint: "/api/${kebab(noun)}s",`,
      "};",
      "",
    ];
  }
  const n = r.int(3, 8);
  const lines = [`const ${uniq(ctx, camel(noun, "routes"))} = [`];
  for (let i = 0; i < n; i++) {
    const a = r.pick(ADJECTIVES);
    lines.push(`  { path: "/${kebab(noun)}/${kebab(a)}", label: "${a} ${noun.toLowerCase()}s", exact: ${r.chance(0.3)} },`);
  }
  lines.push(`]${T(ctx, " as const")};`, "");
  return lines;
}

function statements(ctx, depth = 1, locals = new Set()) {
  const { r } = ctx;
  const out = [];
  const local = (name) => {
    let n = name;
    for (let i = 2; locals.has(n); i++) n = `${name}${i}`;
    locals.add(n);
    return n;
  };
  const n = r.int(2, 6);
  for (let i = 0; i < n; i++) {
    const f = r.pick(["title", "name", "slug", "summary", "ownerId"]);
    switch (r.int(0, 6)) {
      case 0:
        out.push(`if (!item.${f}) continue;`);
        break;
      case 1:
      {
        const key = local(`${f}Key`);
        out.push(`const ${key} = String(item.${f} ?? "").trim().toLowerCase();`, `seen.add(${key});`);
      }
        break;
      case 2:
        out.push("// Skip anything the user has hidden.", "if (options.hidden?.includes(item.id)) {", "  continue;", "}");
        break;
      case 3:
        out.push(`result.push(\`\${item.id}: \${item.${f}}\`);`);
        break;
      case 4:
        if (depth < 2) out.push("for (const tag of item.tags ?? []) {", ...indent(statements(ctx, depth + 1, locals), 2), "}");
        break;
      case 5:
      {
        const score = local("score");
        out.push(`const ${score} = (item.count ?? 0) * ${r.int(2, 9)} + (item.isActive ? 1 : 0);`, `if (${score} > options.threshold) result.push(item.id);`);
      }
        break;
      default:
        out.push(`total += item.${f}?.length ?? 0;`);
    }
  }
  return out;
}

function utilBlock(ctx) {
  const { r, noun } = ctx;
  const verb = r.pick(VERBS);
  const name = uniq(ctx, camel(verb, r.pick(ADJECTIVES), noun, "s"));
  if (r.chance(0.25)) {
    return [
      ...docComment(ctx, `Groups items by a key. Stable: keeps the input order inside each group.`),
      `export function ${uniq(ctx, camel("groupBy", noun))}${T(ctx, "<T, K extends string>")}(items${T(ctx, ": readonly T[]")}, key${T(ctx, ": (item: T) => K")})${T(ctx, ": Record<K, T[]>")} {`,
      `  const groups = {}${T(ctx, " as Record<K, T[]>")};`,
      "  for (const item of items) {",
      "    const k = key(item);",
      "    (groups[k] ??= []).push(item);",
      "  }",
      "  return groups;",
      "}",
      "",
    ];
  }
  return [
    ...docComment(ctx, `${verb[0].toUpperCase()}${verb.slice(1)}s a list of ${noun.toLowerCase()}s for display.`),
    `export function ${name}(items${T(ctx, `: ${noun}[]`)}, options${T(ctx, ": { hidden?: string[]; threshold: number }")} = { threshold: ${r.int(1, 50)} })${T(ctx, ": string[]")} {`,
    `  const result${T(ctx, ": string[]")} = [];`,
    `  const seen = new Set${T(ctx, "<string>")}();`,
    "  let total = 0;",
    "  for (const item of items) {",
    ...indent(statements(ctx), 4),
    "  }",
    `  if (total === 0 && seen.size === 0) return [];`,
    "  return result.sort((a, b) => a.localeCompare(b));",
    "}",
    "",
  ];
}

function asyncBlock(ctx) {
  const { r, noun } = ctx;
  const name = uniq(ctx, camel(r.pick(["fetch", "load", "get", "search"]), noun, "s"));
  const ret = T(ctx, `: Promise<ApiResult<${noun}[]>>`);
  return [
    ...docComment(ctx, `Loads ${noun.toLowerCase()}s from the API. Never throws: errors come back as a result.`),
    `export async function ${name}(params${T(ctx, ": Record<string, string | number> ")}= {}, signal${T(ctx, "?: AbortSignal")})${ret} {`,
    `  const url = new URL("/api/${kebab(noun)}s", BASE_URL);`,
    "  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));",
    "  try {",
    `    const res = await fetch(url, { headers: { Accept: "application/json" }, signal });`,
    "    if (!res.ok) {",
    `      return { ok: false, error: \`HTTP \${res.status} \${res.statusText}\` };`,
    "    }",
    `    const data = (await res.json())${T(ctx, ` as ${noun}[]`)};`,
    "    return { ok: true, data };",
    "  } catch (err) {",
    r.chance(0.5) ? `    console.error("${name} failed", err);` : "    // Aborted or offline: the caller decides whether to retry.",
    "    return { ok: false, error: err instanceof Error ? err.message : String(err) };",
    "  }",
    "}",
    "",
  ];
}

function classBlock(ctx) {
  const { r, noun } = ctx;
  const priv = ctx.ts ? "private readonly " : "";
  const lines = [
    ...docComment(ctx, `A small client for the ${noun.toLowerCase()} endpoints, with an in-memory cache.`),
    `export class ${uniq(ctx, `${noun}Client`)} {`,
    ctx.ts ? `  private cache = new Map<string, ${noun}>();` : "  #cache = new Map();",
    "",
    `  constructor(${priv}baseUrl${T(ctx, ": string")}, ${priv}token${T(ctx, "?: string")}) {`,
    ...(ctx.ts ? [] : ["    this.baseUrl = baseUrl;", "    this.token = token;"]),
    "  }",
    "",
    `  ${T(ctx, "private ")}headers()${T(ctx, ": HeadersInit")} {`,
    "    return this.token ? { Authorization: `Bearer ${this.token}` } : {};",
    "  }",
    "",
    `  async get(id${T(ctx, ": string")})${T(ctx, `: Promise<${noun} | undefined>`)} {`,
    `    const cached = this.${ctx.ts ? "" : "#"}cache.get(id);`,
    "    if (cached) return cached;",
    `    const res = await fetch(\`\${this.baseUrl}/${kebab(noun)}s/\${encodeURIComponent(id)}\`, { headers: this.headers() });`,
    "    if (res.status === 404) return undefined;",
    `    const item = (await res.json())${T(ctx, ` as ${noun}`)};`,
    `    this.${ctx.ts ? "" : "#"}cache.set(id, item);`,
    "    return item;",
    "  }",
    "",
  ];
  const methods = r.int(1, 3);
  for (let i = 0; i < methods; i++) {
    const verb = r.pick(["update", "remove", "create", "archive", "restore"]);
    lines.push(
      `  async ${verb}(id${T(ctx, ": string")}, body${T(ctx, `: Partial<${noun}>`)} = {})${T(ctx, ": Promise<void>")} {`,
      `    await fetch(\`\${this.baseUrl}/${kebab(noun)}s/\${id}/${verb}\`, {`,
      `      method: "${verb === "remove" ? "DELETE" : "POST"}",`,
      `      headers: { "Content-Type": "application/json", ...this.headers() },`,
      "      body: JSON.stringify(body),",
      "    });",
      `    this.${ctx.ts ? "" : "#"}cache.delete(id);`,
      "  }",
      "",
    );
  }
  lines.push("}", "");
  return lines;
}

function jsxTree(ctx, depth) {
  const { r } = ctx;
  const out = [];
  const n = r.int(1, 4);
  for (let i = 0; i < n; i++) {
    switch (depth > 2 ? r.int(0, 2) : r.int(0, 6)) {
      case 0:
        out.push(`<p className="lead">${sentence(r)}</p>`);
        break;
      case 1:
        out.push(`<a href="/${kebab(r.pick(NOUNS))}" className="link">${sentence(r, 2, 5).slice(0, -1)}</a>`);
        break;
      case 2:
        out.push(`<button type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open}>`, `  {open ? "Hide" : "Show"} details`, "</button>");
        break;
      case 3:
        out.push("<ul>", "  {visible.map((item) => (", '    <li key={item.id} onClick={() => onSelect?.(item)}>', "      {item.title}", "    </li>", "  ))}", "</ul>");
        break;
      case 4:
        out.push("{open ? (", `  <div className="details">`, ...indent(jsxTree(ctx, depth + 1), 4), "  </div>", ") : null}");
        break;
      case 5:
        out.push(`<div className="${kebab(r.pick(UI))}">`, ...indent(jsxTree(ctx, depth + 1), 2), "</div>");
        break;
      default:
        out.push("{/* " + sentence(r, 3, 8) + " */}", `<label htmlFor="q">Search</label>`, `<input id="q" value={query} onChange={(e) => setQuery(e.target.value)} />`);
    }
  }
  return out;
}

function componentBlock(ctx) {
  const { r, noun } = ctx;
  const name = uniq(ctx, `${r.chance(0.4) ? r.pick(ADJECTIVES) : ""}${noun}${r.pick(UI)}`);
  const lines = [];
  if (ctx.ts) {
    lines.push(
      `interface ${name}Props {`,
      "  title: string;",
      `  items: ${ctx.typed ? noun : `{ id: string; title: string }`}[];`,
      `  onSelect?: (item: ${ctx.typed ? noun : "{ id: string; title: string }"}) => void;`,
      "}",
      "",
    );
  }
  lines.push(
    ...docComment(ctx, `${name}: ${sentence(r, 4, 10)}`),
    `export function ${name}({ title, items, onSelect }${T(ctx, `: ${name}Props`)}) {`,
    "  const [open, setOpen] = useState(false);",
    `  const [query, setQuery] = useState${T(ctx, "<string>")}("");`,
    "  const visible = useMemo(",
    "    () => items.filter((item) => item.title.toLowerCase().includes(query.toLowerCase())),",
    "    [items, query],",
    "  );",
    "",
  );
  if (r.chance(0.6)) {
    lines.push(
      "  useEffect(() => {",
      "    if (!open) return undefined;",
      `    const timer = setTimeout(() => setQuery(""), ${r.int(100, 900)});`,
      "    return () => clearTimeout(timer);",
      "  }, [open]);",
      "",
    );
  }
  lines.push(
    "  return (",
    `    <section className="${kebab(name)}">`,
    "      <h2>{title}</h2>",
    ...indent(jsxTree(ctx, 0), 6),
    "    </section>",
    "  );",
    "}",
    "",
  );
  return lines;
}

function hookBlock(ctx) {
  const { r, noun } = ctx;
  const name = uniq(ctx, `use${r.chance(0.3) ? r.pick(ADJECTIVES) : ""}${noun}${r.pick(["", "s", "List", "Details"])}`);
  return [
    ...docComment(ctx, `${name}: loads and refreshes ${noun.toLowerCase()} data for a view.`),
    `export function ${name}(id${T(ctx, ": string")}, { pollMs = ${r.int(0, 60) * 1000} }${T(ctx, ": { pollMs?: number }")} = {}) {`,
    `  const [data, setData] = useState${T(ctx, `<${noun} | null>`)}(null);`,
    `  const [error, setError] = useState${T(ctx, "<Error | null>")}(null);`,
    "  const [loading, setLoading] = useState(false);",
    "  const [version, setVersion] = useState(0);",
    "",
    "  useEffect(() => {",
    "    let cancelled = false;",
    "    setLoading(true);",
    `    fetch(\`/api/${kebab(noun)}s/\${id}\`)`,
    `      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(res.statusText))))`,
    "      .then((json) => {",
    `        if (!cancelled) setData(json${T(ctx, ` as ${noun}`)});`,
    "      })",
    "      .catch((err) => !cancelled && setError(err))",
    "      .finally(() => !cancelled && setLoading(false));",
    "    return () => {",
    "      cancelled = true;",
    "    };",
    "  }, [id, version]);",
    "",
    "  useEffect(() => {",
    "    if (!pollMs) return undefined;",
    "    const timer = setInterval(() => setVersion((v) => v + 1), pollMs);",
    "    return () => clearInterval(timer);",
    "  }, [pollMs]);",
    "",
    "  const refresh = useCallback(() => setVersion((v) => v + 1), []);",
    "  return { data, error, loading, refresh };",
    "}",
    "",
  ];
}

function sliceBlock(ctx) {
  const { r, noun } = ctx;
  const slice = camel(noun);
  if (ctx.names.has("#slice")) return reducerBlock(ctx);
  for (const n of ["#slice", "initialState", `${slice}Slice`, `fetch${noun}s`, `select${noun}s`, `selectSelected${noun}`]) ctx.names.add(n);
  const reducers = r.sample(["added", "removed", "updated", "cleared", "selected", "sorted", "filtered"], r.int(2, 5));
  const lines = [];
  if (ctx.ts) {
    lines.push(
      `export interface ${noun}State {`,
      `  items: ${noun}[];`,
      "  selectedId: string | null;",
      `  status: "idle" | "loading" | "failed";`,
      "  error: string | null;",
      "}",
      "",
    );
  }
  lines.push(
    `const initialState${T(ctx, `: ${noun}State`)} = { items: [], selectedId: null, status: "idle", error: null };`,
    "",
    `export const fetch${noun}s = createAsyncThunk("${slice}/fetch", async (query${T(ctx, ": string")}, { rejectWithValue }) => {`,
    `  const res = await fetch(\`/api/${kebab(noun)}s?q=\${encodeURIComponent(query)}\`);`,
    "  if (!res.ok) return rejectWithValue(res.statusText);",
    `  return (await res.json())${T(ctx, ` as ${noun}[]`)};`,
    "});",
    "",
    `export const ${slice}Slice = createSlice({`,
    `  name: "${slice}",`,
    "  initialState,",
    "  reducers: {",
  );
  for (const red of reducers) {
    const action = ctx.ts ? `action: PayloadAction<${red === "removed" || red === "selected" ? "string" : noun}>` : "action";
    lines.push(`    ${slice}${red[0].toUpperCase()}${red.slice(1)}(state, ${action}) {`);
    if (red === "added") lines.push("      state.items.push(action.payload);");
    else if (red === "removed") lines.push("      state.items = state.items.filter((item) => item.id !== action.payload);");
    else if (red === "selected") lines.push("      state.selectedId = action.payload;");
    else if (red === "cleared") lines.push("      state.items = [];", "      state.selectedId = null;");
    else lines.push("      const i = state.items.findIndex((item) => item.id === action.payload.id);", "      if (i >= 0) state.items[i] = action.payload;");
    lines.push("    },");
  }
  lines.push(
    "  },",
    "  extraReducers: (builder) => {",
    "    builder",
    `      .addCase(fetch${noun}s.pending, (state) => {`,
    `        state.status = "loading";`,
    "      })",
    `      .addCase(fetch${noun}s.fulfilled, (state, action) => {`,
    `        state.status = "idle";`,
    "        state.items = action.payload;",
    "      })",
    `      .addCase(fetch${noun}s.rejected, (state, action) => {`,
    `        state.status = "failed";`,
    `        state.error = String(action.payload ?? action.error.message);`,
    "      });",
    "  },",
    "});",
    "",
    `export const select${noun}s = (state${T(ctx, ": RootState")}) => state.${slice}.items;`,
    `export const selectSelected${noun} = (state${T(ctx, ": RootState")}) =>`,
    `  state.${slice}.items.find((item) => item.id === state.${slice}.selectedId) ?? null;`,
    "",
  );
  return lines;
}

function reducerBlock(ctx) {
  const { r, noun } = ctx;
  const name = uniq(ctx, camel(r.pick(ADJECTIVES), noun, "reducer"));
  return [
    ...docComment(ctx, `A plain reducer for the ${noun.toLowerCase()} list (kept for the legacy store).`),
    `export function ${name}(state${T(ctx, ": { items: string[]; filter: string }")} = { items: [], filter: "" }, action${T(ctx, ": { type: string; payload?: any }")}) {`,
    "  switch (action.type) {",
    `    case "${camel(noun)}/add":`,
    "      return { ...state, items: [...state.items, action.payload] };",
    `    case "${camel(noun)}/remove":`,
    "      return { ...state, items: state.items.filter((id) => id !== action.payload) };",
    `    case "${camel(noun)}/filter":`,
    "      return { ...state, filter: String(action.payload ?? \"\") };",
    "    default:",
    "      return state;",
    "  }",
    "}",
    "",
  ];
}

function pageBlock(ctx) {
  const { r, noun } = ctx;
  if (ctx.hasDefault) return componentBlock(ctx);
  ctx.hasDefault = true;
  const title = ctx.sensitivePage ? r.pick(SENSITIVE_TITLES) : `${r.pick(ADJECTIVES)} ${noun.toLowerCase()}s`;
  const lines = [];
  if (ctx.appRouter) {
    lines.push(
      `export const metadata${T(ctx, ": Metadata")} = {`,
      `  title: "${title}",`,
      `  description: "${sentence(r, 6, 12)}",`,
      "};",
      "",
      `export default async function ${noun}Page({ params }${T(ctx, ": { params: Promise<{ slug: string }> }")}) {`,
      "  const { slug } = await params;",
      `  const res = await fetch(\`\${process.env.API_URL}/${kebab(noun)}s/\${slug}\`, { next: { revalidate: ${r.int(30, 3600)} } });`,
      "  const items = res.ok ? await res.json() : [];",
    );
  } else {
    lines.push(
      `export const getServerSideProps${T(ctx, `: GetServerSideProps<{ items: ${ctx.typed ? noun : "{ id: string; title: string }"}[] }>`)} = async (context) => {`,
      `  const page = Number(context.query.page ?? 1);`,
      `  const res = await fetch(\`\${process.env.API_URL}/${kebab(noun)}s?page=\${page}\`);`,
      "  if (!res.ok) return { notFound: true };",
      "  return { props: { items: await res.json() } };",
      "};",
      "",
      `export default function ${noun}Page({ items }${T(ctx, ": InferGetServerSidePropsType<typeof getServerSideProps>")}) {`,
    );
  }
  lines.push(
    "  return (",
    `    <Layout title="${title}">`,
    ...(ctx.appRouter ? [] : ["      <Head>", `        <title>${title}</title>`, `        <meta name="description" content="${sentence(r, 6, 12)}" />`, "      </Head>"]),
    "      <main id=\"main-content\">",
    `        <h1>${title}</h1>`,
  );
  const paras = r.int(2, 8);
  for (let i = 0; i < paras; i++) lines.push(`        <p>${sentence(r, 10, 30)}</p>`);
  lines.push(
    "        <ul>",
    "          {items.map((item) => (",
    "            <li key={item.id}>",
    `              <a href={\`/${kebab(noun)}s/\${item.id}\`}>{item.title}</a>`,
    "            </li>",
    "          ))}",
    "        </ul>",
    "      </main>",
    "    </Layout>",
    "  );",
    "}",
    "",
  );
  return lines;
}

function layoutBlock(ctx) {
  const { r } = ctx;
  if (ctx.hasDefault) return componentBlock(ctx);
  ctx.hasDefault = true;
  return [
    ...docComment(ctx, "The root layout: shared header, footer and skip link for every page."),
    `export default function RootLayout({ children }${T(ctx, ": { children: React.ReactNode }")}) {`,
    "  return (",
    "    <html lang=\"en-GB\">",
    "      <body>",
    '        <a className="skip-link" href="#main-content">Skip to main content</a>',
    "        <header className=\"site-header\">",
    "          <nav aria-label=\"Main\">",
    ...r.sample(NOUNS, r.int(3, 7)).map((n) => `            <a href="/${kebab(n)}">${n}</a>`),
    "          </nav>",
    "        </header>",
    "        {children}",
    "        <footer className=\"site-footer\">",
    `          <p>${sentence(r)}</p>`,
    "        </footer>",
    "      </body>",
    "    </html>",
    "  );",
    "}",
    "",
  ];
}

// ---------------------------------------------------------------------------------------------
// Kinds of file: where they live, what they import, which blocks make their body.
const KINDS = [[30, "component"], [15, "page"], [2, "layout"], [15, "util"], [10, "api"], [10, "slice"], [13, "hook"]];

const BODY = {
  component: [[1, typesBlock], [1, constBlock], [5, componentBlock], [1, utilBlock]],
  page: [[1, typesBlock], [1, componentBlock], [1, utilBlock], [1, constBlock]],
  layout: [[1, componentBlock], [1, constBlock]],
  util: [[1, typesBlock], [2, constBlock], [6, utilBlock], [1, asyncBlock]],
  api: [[2, typesBlock], [1, constBlock], [4, asyncBlock], [3, classBlock]],
  slice: [[1, typesBlock], [3, sliceBlock], [2, reducerBlock], [1, utilBlock]],
  hook: [[1, typesBlock], [5, hookBlock], [1, utilBlock]],
};

function importsFor(ctx, kind) {
  const { r, noun } = ctx;
  const lines = [];
  if (ctx.jsx) lines.push(ctx.ts && r.chance(0.5) ? 'import React, { useCallback, useEffect, useMemo, useState } from "react";' : 'import { useCallback, useEffect, useMemo, useState } from "react";');
  else if (kind === "hook") lines.push('import { useCallback, useEffect, useState } from "react";');
  if (kind === "page") {
    if (ctx.appRouter) {
      if (ctx.ts) lines.push('import type { Metadata } from "next";');
    } else {
      lines.push('import Head from "next/head";');
      if (ctx.ts) lines.push('import type { GetServerSideProps, InferGetServerSidePropsType } from "next";');
    }
    lines.push('import Layout from "@/components/Layout";');
  }
  if (kind === "slice") {
    lines.push(`import { createAsyncThunk, createSlice${ctx.ts ? ", type PayloadAction" : ""} } from "@reduxjs/toolkit";`);
    if (ctx.ts) lines.push('import type { RootState } from "./store";');
  }
  if (kind === "api" || kind === "util") lines.push(`import { BASE_URL } from "${r.pick(["../config", "@/config", "./env"])}";`);
  if (ctx.ts && ctx.typed === false && kind !== "layout") {
    lines.push(`import type { ${noun}${r.chance(0.5) ? ", ApiResult" : ""} } from "@/types/${camel(noun)}";`);
    ctx.typed = true;
    ctx.importedType = true;
  }
  if (r.chance(0.4)) lines.push(`import { ${camel(r.pick(VERBS), noun)} } from "${r.pick(["@/lib/", "../lib/", "./"])}${camel(r.pick(NOUNS))}";`);
  if (ctx.jsx && r.chance(0.4)) lines.push(`import styles from "./${r.pick(UI)}.module.css";`);
  return lines;
}

function pathFor(spec, r, noun) {
  const { kind, ext } = spec;
  const adj = r.pick(ADJECTIVES);
  switch (kind) {
    case "component": return `src/components/${r.pick(NOUNS)}/${r.chance(0.4) ? adj : ""}${noun}${r.pick(UI)}.${ext}`;
    case "page":
      if (spec.sensitive === "path") return `src/pages/victims/${r.pick(SENSITIVE_SLUGS)}${r.chance(0.5) ? "" : `/${kebab(noun)}`}.${ext}`;
      return spec.appRouter ? `src/app/${kebab(noun)}/${kebab(adj)}/page.${ext}` : `src/pages/${kebab(noun)}/${kebab(adj)}.${ext}`;
    case "layout": return `src/app/${kebab(adj)}-${kebab(noun)}/layout.${ext}`;
    case "util": return `src/${r.pick(["lib", "utils"])}/${camel(r.pick(VERBS), noun)}.${ext}`;
    case "api": return `src/api/${camel(noun)}Client.${ext}`;
    case "slice": return `src/store/${camel(noun)}Slice.${ext}`;
    default: return `src/hooks/use${adj}${noun}.${ext}`;
  }
}

function extFor(kind, r) {
  const ts = r.chance(0.45);
  if (kind === "component" || kind === "page" || kind === "layout") return ts ? "tsx" : r.pick(["jsx", "js"]);
  if (kind === "hook" && ts && r.chance(0.2)) return "tsx";
  return ts ? "ts" : "js";
}

const SENSITIVE_COMMENTS = [
  "// sensitive-content: crime-victims",
  "// sensitive-content: crime-victims",
  "/* sensitive-content: crime-victims, sexual-offences */",
  "// sensitive-content",
];

/** Writes one file's text for `spec`; returns { path, text, lines }. */
function renderFile(spec, seed) {
  const r = createRandom(subSeed(seed, spec.index));
  const noun = r.pick(NOUNS);
  const ext = spec.ext;
  const ctx = {
    r, noun, ts: ext === "ts" || ext === "tsx", jsx: ext !== "ts" && (ext !== "js" || spec.kind === "component" || spec.kind === "page" || spec.kind === "layout"),
    names: new Set(), hasDefault: false, typed: false, appRouter: spec.appRouter, sensitivePage: spec.sensitive !== null,
  };
  if (!ctx.ts) ctx.typed = true;
  const path = pathFor(spec, r, noun);
  // 40-400 lines, skewed small as real code is (most files are short, a few are long).
  const target = 40 + Math.floor(360 * r.next() ** 5);

  const head = [];
  if (spec.sensitive === "comment") head.push(r.pick(SENSITIVE_COMMENTS));
  if (r.chance(0.5)) head.push("/**", ` * ${path.split("/").pop()}: ${sentence(r, 5, 12)}`, " */");
  if (ctx.jsx && spec.kind !== "page" && r.chance(0.3)) head.push('"use client";', "");
  const imports = importsFor(ctx, spec.kind);

  const tracking = spec.tracking.map((shape) => trackingBlock(ctx, shape === "next-script" && !ctx.jsx ? "fbq-calls" : shape));
  for (const t of tracking) for (const i of t.imports) if (!imports.includes(i)) imports.push(i);

  const body = [];
  let count = head.length + imports.length + 1;
  const weights = BODY[spec.kind];
  const trackingAt = new Set(tracking.map(() => r.int(0, 4)));
  let block = 0;
  // Stop once the next block (8-45 lines) would overshoot the target by much; never below 40 lines.
  while (count < 45 || (count + 15 < target && count < 300)) {
    if (trackingAt.has(block) && tracking.length) {
      const t = tracking.shift();
      body.push(...t.lines);
      count += t.lines.length;
    }
    const lines = r.weighted(weights)(ctx);
    body.push(...lines);
    count += lines.length;
    block++;
    if (block > 60) break;
  }
  for (const t of tracking) body.push(...t.lines);
  if (spec.kind === "page" && !ctx.hasDefault) body.push(...pageBlock(ctx));
  if (spec.kind === "layout" && !ctx.hasDefault) body.push(...layoutBlock(ctx));
  if (spec.kind === "slice" && ctx.names.has("#slice")) body.push(`export default ${camel(noun)}Slice.reducer;`, "");
  const text = [...head, ...imports, "", ...body].join("\n").replace(/\n{3,}/g, "\n\n");
  return { path, text };
}

/** Plans the corpus: which file is what kind, which carry tracking, which are sensitive and how. */
function plan(files, seed) {
  const r = createRandom(seed);
  const specs = [];
  for (let index = 0; index < files; index++) {
    const kind = r.weighted(KINDS);
    specs.push({ index, kind, ext: extFor(kind, r), appRouter: r.chance(0.4), tracking: [], sensitive: null });
  }
  const all = specs.map((s) => s.index);
  const trackingIdx = r.sample(all, Math.round(files * TRACKING_SHARE));
  for (const i of trackingIdx) {
    const n = r.weighted([[70, 1], [25, 2], [5, 3]]);
    const shapes = new Set();
    while (shapes.size < n) shapes.add(r.weighted(TRACKERS));
    specs[i].tracking = [...shapes];
  }
  const setSensitive = (i, how) => {
    specs[i].sensitive = how;
    if (how === "path") {
      specs[i].kind = "page";
      specs[i].appRouter = false;
      if (specs[i].ext === "ts") specs[i].ext = "tsx";
    }
  };
  r.sample(trackingIdx, Math.round(trackingIdx.length * SENSITIVE_TRACKING_SHARE)).forEach((i, k) => setSensitive(i, k % 2 ? "path" : "comment"));
  const clean = all.filter((i) => specs[i].tracking.length === 0);
  r.sample(clean, Math.round(files * SENSITIVE_CLEAN_SHARE)).forEach((i, k) => setSensitive(i, k % 2 ? "path" : "comment"));
  return specs;
}

/**
 * Writes `files` source files under `dir` (which should be empty) and returns a manifest:
 * counts by extension, kind and tracker shape, and which files are sensitive.
 */
export function generateCorpus(dir, { files = 2000, seed = 1 } = {}) {
  const specs = plan(files, seed);
  const used = new Set();
  const manifest = {
    files, seed, lines: 0, bytes: 0, byExt: {}, byKind: {}, byTracker: {},
    trackingFiles: 0, sensitiveFiles: 0, sensitiveTrackingFiles: 0, sensitive: [], tracking: [],
  };
  for (const spec of specs) {
    let { path, text } = renderFile(spec, seed);
    for (let n = 2; used.has(path); n++) path = path.replace(/(\d*)(\.\w+)$/, `${n}$2`);
    used.add(path);
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text.endsWith("\n") ? text : `${text}\n`);
    manifest.lines += text.split("\n").length;
    manifest.bytes += Buffer.byteLength(text);
    manifest.byExt[spec.ext] = (manifest.byExt[spec.ext] ?? 0) + 1;
    manifest.byKind[spec.kind] = (manifest.byKind[spec.kind] ?? 0) + 1;
    for (const t of spec.tracking) manifest.byTracker[t] = (manifest.byTracker[t] ?? 0) + 1;
    if (spec.tracking.length) {
      manifest.trackingFiles++;
      manifest.tracking.push(path);
    }
    if (spec.sensitive) {
      manifest.sensitiveFiles++;
      manifest.sensitive.push(path);
      if (spec.tracking.length) manifest.sensitiveTrackingFiles++;
    }
  }
  return manifest;
}
