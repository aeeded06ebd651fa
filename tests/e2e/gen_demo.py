#!/usr/bin/env python3
"""Writes www/index.html, the demo page, from two corpus articles.

Run once after changing the page or the articles (`python3 tests/e2e/gen_demo.py`)
and commit the result: the page is static HTML, served as is. The e2e test
checks that each article's paragraphs are still its corpus text verbatim.
Every piece of article text goes through html.escape.
"""
import html
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]

# (corpus file, element id, lang, dir, headline, byline, the <fact-box> tag,
#  whether the box sits inside the article body: there it finds the body by
#  itself; outside it, `for` names it)
ARTICLES = [
    ("tests/corpus/ar/000.txt", "kazakhstan", "ar", "rtl",
     "كازاخستان: احتجاجات دامية وقوات لحفظ السلام",
     "TRT عربي · كانون الثاني/يناير 2022",
     '<fact-box></fact-box>', True),
    ("tests/corpus/en/010.txt", "douri", "en", "ltr",
     "Saddam's former deputy reported killed in Iraq",
     "Daily Mail · April 2015",
     '<fact-box for="#douri-body" lang="en"></fact-box>', False),
]


def paragraphs(text):
    """The paragraphs of a corpus .txt (separated by blank lines), whitespace kept inside."""
    return [p for p in text.split("\n\n") if p.strip()]


def article(path, ident, lang, direction, headline, byline, box, inside):
    text = (ROOT / path).read_text(encoding="utf-8")
    body = "\n".join(f"        <p>{html.escape(p.strip())}</p>" for p in paragraphs(text))
    before = f"      {box}\n" if not inside else ""
    within = f"        {box}\n" if inside else ""
    return f"""    <article id="{ident}" lang="{lang}" dir="{direction}" data-corpus="{html.escape(path)}">
      <header>
        <h1>{html.escape(headline)}</h1>
        <p class="byline">{html.escape(byline)}</p>
      </header>
{before}      <div class="body" id="{ident}-body" itemprop="articleBody">
{within}{body}
      </div>
    </article>"""


PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <!-- The strictest policy the box needs: wasm compilation, no inline script or style. -->
  <meta http-equiv="Content-Security-Policy"
        content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:">
  <link rel="icon" href="data:,">
  <title>factbox demo — the key figures of a news article</title>
  <link rel="stylesheet" href="demo.css">
  <script type="module" src="fact-box.js"></script>
  <script type="module" src="demo.js"></script>
</head>
<body>
  <header class="masthead">
    <p class="brand">The Daily Figure</p>
    <nav aria-label="Sections"><a href="#kazakhstan">World</a> <a href="#douri">Middle East</a></nav>
    <form class="controls" aria-label="Demo settings">
      <label>Theme <select id="theme"><option>auto</option><option>light</option><option>dark</option></select></label>
      <label>Arabic digits <select id="digits"><option>auto</option><option>latn</option><option>arab</option></select></label>
      <button type="button" id="live-update">Add a live update</button>
    </form>
  </header>
  <main>
{articles}
  </main>
  <footer><p>Articles from the factbox test corpus (tests/corpus). The boxes are &lt;fact-box&gt; elements; see README.</p></footer>
</body>
</html>
"""


def main():
    out = PAGE.format(articles="\n".join(article(*a) for a in ARTICLES))
    (ROOT / "www/index.html").write_text(out, encoding="utf-8")
    print("wrote www/index.html")


if __name__ == "__main__":
    main()
