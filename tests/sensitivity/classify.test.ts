import { parse as parseJs } from "espree";
import { parseHtml } from "../../src/language/parse.js";
import { classifyPage, pathTextOf } from "../../src/sensitivity/classify.js";
import { MAX_PAGE_TEXT, pageTextOf } from "../../src/sensitivity/page-text.js";

function htmlAst(text: string, filename: string): unknown {
  const result = parseHtml(text, filename);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.ast;
}

const jsAst = (text: string): unknown => parseJs(text, { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true }, range: true, loc: true });

/** Classifies a template (or html page) at a path. */
const page = (relativePath: string, text: string) => classifyPage({ filename: `/site/${relativePath}`, relativePath, text, ast: htmlAst(text, relativePath) });
/** Classifies a JavaScript / JSX file at a path. */
const module = (relativePath: string, text: string) => classifyPage({ filename: `/site/${relativePath}`, relativePath, text, ast: jsAst(text) });

const HATE_CRIME_PAGE = `<!doctype html>
<html lang="en">
<head>
  <title>Report a hate crime | Suffolk Constabulary</title>
  <script>fbq('track', 'PageView');</script>
</head>
<body>
  <nav><a href="/report">Report a crime</a> <a href="/victims">Victims and witnesses</a></nav>
  <main>
    <h1>Report a hate crime</h1>
    <p>A hate crime is any crime that is targeted at a person because of hostility or prejudice.</p>
    <p>If you are a victim, or you saw it happen, tell us online. In an emergency call 999.</p>
    <button>Start your report</button>
  </main>
  <footer>Suffolk Constabulary, Martlesham Heath</footer>
</body>
</html>`;

const CLINIC_PAGE = `---
layout: nhs.njk
title: Sexual health clinic
---
{% block content %}
<h1>{{ title }}</h1>
<p>Free and confidential testing for chlamydia, gonorrhoea and HIV. You do not need a GP referral.</p>
<h2>Book an appointment</h2>
<p>Walk in Monday to Friday, or call 01473 000 000. Emergency contraception is available every day.</p>
{% endblock %}`;

const CAREERS_PAGE = `<h1>Join us as a police staff investigator</h1>
<p>Suffolk Police is recruiting. You will take statements, review CCTV and work alongside detectives
across the county. Full training is given, including victim support training in your first month.</p>
<p>Salary £28,000 to £31,000. Hybrid working. Apply by 30 June.</p>`;

const CRIME_STATISTICS_POST = `<article>
<h1>Crime statistics for Norfolk: the year to March</h1>
<p>Recorded crime fell by 4% this year. Burglary fell by 12%, and vehicle thefts by 9%,
while reports of fraud rose again, driven by online shopping scams.</p>
</article>`;

const FETE_POST = `<article>
<h1>Summer fete raises £2,000</h1>
<p>Thank you to everyone who came to the station open day. Our crime prevention stall gave away
300 bike locks, and the dog section stole the show.</p>
</article>`;

const RECIPE_PAGE = `<html><head><title>Grape and almond cake</title></head><body>
<h1>Grape and almond cake</h1>
<p>Preheat the oven to 180C. Beat the butter and sugar, fold in the almonds and scatter the grapes over the top.</p>
<script>fbq('trackCustom', 'ReportRapeStarted'); // rape, sexual assault, domestic abuse</script>
</body></html>`;

describe("classifyPage: pages that read as sensitive", () => {
  it("a police 'report a hate crime' page (title and h1 are one place; the site menu is not read)", () => {
    expect(page("report/hate-crime.html", HATE_CRIME_PAGE)).toEqual({
      categories: ["crime-victims"],
      category: "crime-victims",
      phrases: ["hate crime", "crime", "victim"],
      // path "hate crime" 2×3 + title "hate crime" 2×2 + body "hate crime" 2, "crime" 1, "victim" 1
      score: 14,
    });
  });

  it("an NHS sexual-health clinic page, titled in front matter", () => {
    expect(page("src/nhs-services/sexual-health/clinic.njk", CLINIC_PAGE)).toEqual({
      categories: ["sexual-health", "care"],
      category: "sexual-health",
      phrases: ["sexual health", "chlamydia", "gonorrhoea", "emergency contraception"],
      score: 16,
    });
  });

  it("care words are on every health page: with 'clinic' alone in the path, the same page reads as care first", () => {
    expect(page("src/services/clinic.njk", CLINIC_PAGE)).toMatchObject({ category: "care", categories: ["care", "sexual-health"] });
  });

  it("a title alone: 'Report a hate crime' is a strong phrase in the title (2 × 2 = 4)", () => {
    expect(page("page.html", "<title>Report a hate crime</title>")).toMatchObject({ category: "crime-victims", phrases: ["hate crime"], score: 4 });
  });

  it("weak words in the text add up: four different ones reach 4", () => {
    expect(page("appeal.html", "<p>Police want victims and witnesses of the fraud to come forward. The crime happened in May.</p>")).toMatchObject({ category: "crime-victims", score: 4 });
  });

  it("plurals in -s and -es are quoted as written", () => {
    expect(page("a.html", "<h1>Witnesses and victims</h1>")).toMatchObject({ phrases: ["witnesses", "victims"], score: 4 });
  });

  it("ties go to the more specific category, and every category found is listed", () => {
    expect(page("help.html", "<h1>Rape and domestic abuse: getting help</h1>")).toMatchObject({ category: "sexual-offences", categories: ["sexual-offences", "abuse"], score: 4 });
  });

  it("a crime statistics post that names several crimes reads as crime-victims (decided: the words cannot tell statistics from reporting)", () => {
    expect(page("news/crime-statistics-march.html", CRIME_STATISTICS_POST)).toMatchObject({ category: "crime-victims", phrases: ["crime", "burglary", "fraud"], score: 8 }); // path 3 + title 2 + text 3
  });

  it("JSX: headings, text, string children, Next.js metadata and a page component's title prop", () => {
    const code = `export const metadata = { title: "Sexual health" };
export default function Page() {
  return (
    <Layout title="Get tested for free">
      <h1>Get tested</h1>
      <p>{"Order a free chlamydia and gonorrhoea test kit."}</p>
    </Layout>
  );
}`;
    expect(module("app/tests/page.tsx", code)).toMatchObject({ category: "sexual-health", phrases: ["sexual health", "chlamydia", "gonorrhoea"], score: 8 });
  });
});

describe("classifyPage: path words", () => {
  it.each([
    ["src/pages/report-a-crime/index.njk", "crime-victims", 6],
    ["app/(support)/domestic_abuse/page.tsx", "abuse", 6],
    ["src/pages/ReportRapePage.tsx", "sexual-offences", 6],
    ["content/victims-and-witnesses/index.html", "crime-victims", 6],
    ["templates/sexual-health/clinics.html.erb", "sexual-health", 6],
  ])("%s reads as %s", (relativePath, category, score) => {
    expect(page(relativePath, "")).toMatchObject({ category, score });
  });

  it.each(["src/pages/clinic/index.html", "src/pages/careers/index.html", "src/pages/grapes.html", "src/layouts/base.njk"])("%s does not, with nothing else", (relativePath) => {
    expect(page(relativePath, "")).toBeNull();
  });

  it("drops the extension and splits names into words", () => {
    expect(pathTextOf("src/pages/ReportRapePage.tsx")).toBe("src/pages/ReportRapePage");
    expect(pathTextOf("a.b/c")).toBe("a.b/c");
  });
});

describe("classifyPage: pages that do not", () => {
  it("a careers page that mentions 'victim support training' once (strong phrase in the text: 2)", () => {
    expect(page("careers/investigator.html", CAREERS_PAGE)).toBeNull();
  });

  it("a post that names one crime in passing", () => {
    expect(page("news/summer-fete.html", FETE_POST)).toBeNull();
  });

  it("a recipe page whose script, not its text, says rape", () => {
    expect(page("recipes/grape-cake.html", RECIPE_PAGE)).toBeNull();
  });

  it("comments, attribute values, styles and template tags are not text", () => {
    const text = `<!-- rape, sexual assault pages -->{# domestic abuse #}
<style>.rape-banner { color: red }</style>
<img alt="Report rape or sexual assault" src="/a.png"><a title="domestic abuse" href="/da">More</a>
<h1>{{ "Report rape" }}</h1>`;
    expect(page("x.njk", text)).toBeNull();
  });

  it("one weak word, repeated, counts once", () => {
    expect(page("x.html", "<p>crime crime crime crime crime crime</p>")).toBeNull();
  });

  it("a shared layout's menu and footer (nav, footer, role=navigation) are not the page's text", () => {
    const layout = `<header><div role="navigation"><a>Report rape</a></div><nav><a>Report a crime</a><a>Domestic abuse</a><a>Hate crime</a></nav></header>
<main>{% block content %}{% endblock %}</main><footer><a>Victims and witnesses</a> <a>Stalking</a></footer>`;
    expect(page("_layouts/base.njk", layout)).toBeNull();
  });

  it("JSX: Script bodies and DOM title attributes are not text", () => {
    const code = `import Script from "next/script";
export default () => (<>
  <Script id="fb">{"fbq('trackCustom', 'ReportRape');"}</Script>
  <a href="/help" title="Report rape or sexual assault">Help</a>
  <script>{"// sexual assault"}</script>
  <h1>Opening times</h1>
</>);`;
    expect(module("app/page.tsx", code)).toBeNull();
  });

  it("only the first <title> is the page's: an SVG icon's title is not", () => {
    const icon = `<svg><title>Rape crisis</title></svg>`;
    expect(page("a.html", `<title>Opening times</title>${icon}`)).toBeNull();
    expect(module("a.tsx", `export default () => <Head><title>Opening times</title>${icon}</Head>;`)).toBeNull();
  });

  it("an untyped or missing AST reads as its path only", () => {
    expect(classifyPage({ filename: "x", relativePath: "x.js", text: "", ast: null })).toBeNull();
    expect(classifyPage({ filename: "x", relativePath: "rape.js", text: "", ast: { type: "Unknown" } })).toMatchObject({ category: "sexual-offences" });
  });
});

describe("pageTextOf", () => {
  it("reads the title, each heading and the body apart, in page order", () => {
    const text = pageTextOf(htmlAst(HATE_CRIME_PAGE, "a.html"));
    expect(text.title).toBe("Report a hate crime | Suffolk Constabulary");
    expect(text.headings).toEqual(["Report a hate crime"]);
    expect(text.body).toContain("If you are a victim, or you saw it happen");
    expect(text.body).not.toContain("fbq");
    expect(text.body).not.toContain("Report a crime");
  });

  it("keeps words in order across inline elements, in markup and in JSX", () => {
    expect(pageTextOf(htmlAst("<p>Report a <b>hate</b> crime</p>", "a.html")).body.replace(/\s+/g, " ")).toBe("Report a hate crime");
    expect(pageTextOf(jsAst("const p = <p>Report a <b>hate</b> {'crime'}</p>;")).body.replace(/\s+/g, " ")).toBe("Report a hate crime");
  });

  it("walks a page nested 20,000 elements deep without recursion", () => {
    const deep = `${"<div>".repeat(20_000)}<h1>Report rape</h1>${"</div>".repeat(20_000)}`;
    expect(pageTextOf(htmlAst(deep, "deep.html")).headings).toEqual(["Report rape"]);
    expect(page("deep.html", deep)).toMatchObject({ category: "sexual-offences", score: 4 });
  });

  it(`reads at most ${MAX_PAGE_TEXT} characters`, () => {
    const long = `<p>${"Opening times and parking. ".repeat(10_000)}</p><h1>Report rape</h1>`;
    const text = pageTextOf(htmlAst(long, "long.html"));
    expect(text.body.length).toBe(MAX_PAGE_TEXT);
    expect(text.headings).toEqual([]);
  });

  it("does not walk JavaScript that has no JSX", () => {
    expect(pageTextOf(jsAst("const a = 'Report rape';"), "const a = 'Report rape';")).toEqual({ title: "", headings: [], body: "" });
  });
});
