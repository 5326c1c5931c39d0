"""The built documentation site: what `mkdocs build --strict` accepts but a reader would not.

The site is built once (``mkdocs build --strict`` into a temporary folder,
about 4 s), then its HTML is read:

* no broken example block: a docstring's ``>>>`` lines are highlighted code,
  never prose or nested quotes (griffe renders an ``Example:`` section as an
  admonition and its lines run together; ``Examples:`` is the one it reads);
* every object of the reference is documented once: no two entries resolve
  to the same Python object (a module entry repeats the functions in it);
* the attrs models show their constructor signatures;
* every image a page shows exists, and the pages that must have pictures
  have them;
* the ``corpusparse show`` pictures match what the command prints now.

Screenshots of every page in headless Chromium are `docs/screenshots.py`,
which needs Chromium and is not part of this suite (see CONTRIBUTING.md).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import griffe
import pytest

import corpusparse
from conftest import ROOT

PICTURED = ["index.html", "format/index.html", "accuracy/index.html", "performance/index.html"]


class Page(HTMLParser):
    """What the tests read off one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[str] = []  # ids of the reference's object headings
        self.images: list[str] = []
        self.prose_prompts = 0  # ">>> " in text outside <pre> and <code>
        self.quotes_in_reference = 0  # <blockquote> inside mkdocstrings output
        self.signatures: dict[str, str] = {}  # heading id -> signature text
        self._code = 0
        self._doc = 0  # depth of <div class="doc ..."> elements
        self._div_stack: list[bool] = []
        self._last_heading = ""
        self._signature: list[str] | None = None
        self._signature_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag in {"pre", "code"}:
            self._code += 1
        if tag == "div":
            is_doc = "doc" in classes
            self._div_stack.append(is_doc)
            self._doc += is_doc
            if "doc-signature" in classes:
                self._signature, self._signature_depth = [], len(self._div_stack)
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"} and "doc-heading" in classes:
            self._last_heading = attributes.get("id") or ""
            self.headings.append(self._last_heading)
        if tag == "img" and attributes.get("src"):
            self.images.append(str(attributes["src"]))
        if tag == "blockquote" and self._doc:
            self.quotes_in_reference += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"pre", "code"}:
            self._code = max(0, self._code - 1)
        if tag == "div" and self._div_stack:
            if self._signature is not None and len(self._div_stack) == self._signature_depth:
                self.signatures[self._last_heading] = "".join(self._signature)
                self._signature = None
            self._doc -= self._div_stack.pop()

    def handle_data(self, data: str) -> None:
        if self._signature is not None:
            self._signature.append(data)
        if not self._code and ">>>" in data:
            self.prose_prompts += 1


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built from the repository root as CI builds it."""
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[str, Page]:
    read = {}
    for path in sorted(site.rglob("*.html")):
        page = Page()
        page.feed(path.read_text("utf-8"))
        read[path.relative_to(site).as_posix()] = page
    return read


def test_example_blocks_are_code(pages: dict[str, Page]) -> None:
    broken = {
        name: (page.prose_prompts, page.quotes_in_reference)
        for name, page in pages.items()
        if page.prose_prompts or page.quotes_in_reference
    }
    assert broken == {}, "(>>> outside code, quotes in the reference) per page"


def _canonical(identifier: str, package: griffe.Module) -> str:
    """The path of the object a heading id names, through aliases (corpusparse.Layout ->
    corpusparse.formats.render.Layout)."""
    obj: griffe.Object | griffe.Alias = package
    for part in identifier.split(".")[1:]:
        obj = obj.members[part]
    while isinstance(obj, griffe.Alias):
        obj = obj.target
    return obj.path


def test_every_object_is_documented_once(pages: dict[str, Page]) -> None:
    package = griffe.load("corpusparse", search_paths=[str(ROOT / "src")], resolve_aliases=True)
    where: dict[str, list[str]] = defaultdict(list)
    for name, page in pages.items():
        for identifier in page.headings:
            if identifier.startswith("corpusparse"):
                where[_canonical(identifier, package)].append(f"{name}#{identifier}")
    assert where, "no reference entries found"
    assert {path: entries for path, entries in where.items() if len(entries) > 1} == {}


def test_models_show_their_constructor_signatures(pages: dict[str, Page]) -> None:
    signatures = pages["models/index.html"].signatures
    for name in ("Article", "Document", "Headline", "Caption", "Comment", "Span"):
        assert isinstance(getattr(corpusparse, name), type)
        signature = signatures.get(f"corpusparse.{name}", "")
        assert signature.startswith(f"{name}("), f"{name}: {signature[:60]!r}"
    article = signatures["corpusparse.Article"]
    assert "headline: Headline | None = None" in " ".join(article.split())
    assert "span: Span = NOWHERE" in " ".join(article.split())


def test_every_image_exists_and_the_main_pages_have_pictures(
    site: Path, pages: dict[str, Page]
) -> None:
    missing = []
    for name, page in pages.items():
        for src in page.images:
            if "://" in src or src.startswith("data:"):
                continue
            base = site if src.startswith("/") else (site / name).parent
            if not base.joinpath(src.lstrip("/")).resolve().is_file():
                missing.append(f"{name}: {src}")
    assert missing == []
    for name in PICTURED:
        assert any(src.endswith(".svg") for src in pages[name].images), f"{name} has no picture"
    assert (site / "images" / "logo.svg").is_file()


def _make_images() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_images", ROOT / "docs" / "make_images.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["show-page.svg", "show-wire.svg"])
def test_show_pictures_match_the_command(name: str) -> None:
    make_images = _make_images()
    expected = make_images.show_picture(make_images.SHOW_PAGES[name])
    committed = (ROOT / "docs" / "images" / name).read_text("utf-8")
    assert committed == expected, "the parser reads the page otherwise: python docs/make_images.py"


def test_one_command_makes_every_committed_image_and_table(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    make_images = _make_images()
    assert make_images.main(["--out", str(tmp_path / "images"), "--tables", str(tmp_path)]) == 0
    made = {p.name for p in (tmp_path / "images").iterdir()}
    assert made == {p.name for p in (ROOT / "docs" / "images").iterdir()}
    tables = {p.name for p in tmp_path.glob("*.md")}
    assert tables == {p.name for p in (ROOT / "docs" / "data").glob("*.md")}
    for page in ("accuracy.md", "performance.md"):
        for included in re.findall(
            r'^--8<-- "docs/data/([\w.-]+)"',
            (ROOT / "docs" / page).read_text("utf-8"),
            re.MULTILINE,
        ):
            assert included in tables, f"{page} includes {included}, which no command makes"
