"""Stage 3 of the pipeline: find the zones of a segment from whole-page evidence.

A flattened web page is one article wrapped in page chrome: menus and banners
above the headline, share buttons and author boxes between the headline and
the body, link lists inside the body, and related lists, footers and legal
lines after it. Line rules cannot see that: a menu item looks like a headline
and a footer line like a short paragraph. In the manner of jusText, this
stage first classes every line by its length and its share of stopwords,
then reads the page as a whole:

1. the *main text* is the densest run of good lines (long, many stopwords);
2. the *headline* is the title-like line before it with the strongest evidence
   (a byline, time or dateline right after it, a second printing, the main
   text close behind), weighed with other numbers about its shape and its
   neighbours (`headline_features`, `HEADLINE_WEIGHTS`);
3. the *head* runs from the headline to the first line of the main text;
4. the *body* ends at the last good line of the main text; short lines after
   it are page chrome;
5. inside the body of a flattened page, runs of short lines that are no
   sentences (link lists, share bars) are page chrome too; an extractor's
   text (no blank line) keeps them, as its lists and code are the article's.

The block rules then give roles inside the zones (`corpusparse.parsing.rules`). A
segment with no good line at all is not a page: it gets no plan, and the
rules read it on their own, as they read hand-written bundles.

The modules: `line_classes` (each line's class), `head_shapes`,
`headline_scores` and `headlines` (the headline), `main_text` (the main text
and its ends) and `plan` (the page's plan). Everything is importable from here.
"""

from __future__ import annotations

from corpusparse.parsing.zones.line_classes import LineClass, classify_line, stopword_density
from corpusparse.parsing.zones.plan import PagePlan, plan_above_comments, plan_page

__all__ = [
    "LineClass",
    "PagePlan",
    "classify_line",
    "plan_above_comments",
    "plan_page",
    "stopword_density",
]
