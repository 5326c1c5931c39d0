"""The parser: text in, a `corpusparse.model.Document` out.

The modules follow the pipeline:

* `patterns`, `vocabulary`: every regex (compiled once, each with an example) and
  every word list of page UI;
* `lines`: split on ``\\r\\n``, ``\\r``, ``\\n`` only;
* `segments`: cut a text into article segments, where `article_starts` finds
  the evidence of a new article;
* `zones`: whole-page evidence (head, main text, comment section, residue runs);
* `readers`, `dates`, `comments`: line readers (bylines, datelines,
  times, comment heads and signatures); `dates` reads through
  `date_readings` (dateutil's cached readings) and `page_order` (a page's
  day-first or month-first order);
* `rules`: the block rules that claim lines or decline, and their ordered table;
* `assemble`: blocks into a frozen `Article`, with its defects (its times
  chosen by `assemble_times`);
* `parser`: `parse` and `parse_file`; `roles`: the role of every line.

It imports `corpusparse.model` and nothing above it.
"""
