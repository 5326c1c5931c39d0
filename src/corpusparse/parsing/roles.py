"""Which role the parser gave each source line, for people to look at.

`document_roles` reads the roles off a parsed `Document`: every element owns
the lines of its span (`Document.elements`), so a line's role is the kind of
element that owns it, as the one parse that built the document assigned it,
for lines inside and between articles alike. `line_roles` parses a text and
does the same; ``corpusparse show`` prints it.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from corpusparse.model import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Comment,
    Dek,
    Document,
    Element,
    Headline,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
    Section,
    Span,
    Trailer,
)
from corpusparse.parsing.lines import is_blank, split_lines
from corpusparse.parsing.parser import parse
from corpusparse.parsing.rules import Role

__all__ = ["LINE_ROLES", "LineRole", "document_roles", "line_roles"]

LINE_ROLES = (
    *(role.value for role in Role),
    "comment_author",
    "comment_time",
    "blank",
    "outside",
)
"""Every value `LineRole.role` takes: the block roles of the parser, with a
comment's author and time lines told apart from its text, ``blank`` for a blank
line and ``outside`` for a non-blank line that no element owns (never, for a
document `corpusparse.parse` made)."""


@frozen
class LineRole:
    """One source line and the role the parser gave it.

    Attributes:
        number: The 1-based line number.
        text: The line, without its line break.
        role: One of `LINE_ROLES`: ``headline``, ``caption``, ``body``,
            ``comment_author``, ``boilerplate``, ``blank``, ...
        article: The 0-based index of the article the line belongs to, or
            ``None`` for a line between articles.
        detail: For boilerplate, why it counts as residue (a
            `corpusparse.BoilerplateKind` value); otherwise ``None``.
    """

    number: int
    text: str
    role: str
    article: int | None = None
    detail: str | None = None


_ROLE_OF: dict[type, str] = {
    Related: "related",
    Section: "section",
    Dek: "dek",
    Byline: "byline",
    PublicationTime: "time",
    Trailer: "trailer",
    Caption: "caption",
    Pingback: "pingback",
    Boilerplate: "boilerplate",
}


def _element_role(article: Article | None, element: Element, span: Span) -> str:
    if isinstance(element, Headline):
        return "headline" if span == element.span else "headline_repeat"
    if isinstance(element, Paragraph):
        dateline = article.dateline if article is not None else None
        opening = article is not None and article.body and article.body[0] is element
        return "dateline" if opening and dateline is not None else "body"
    return _ROLE_OF[type(element)]


def _comment_roles(comment: Comment, numbers: Sequence[int], lines: Sequence[str]) -> list[str]:
    """The role of each of a comment's own non-blank lines ``numbers``.

    The comment's text lines are found among them as printed; the lines before
    them are its head (author, time, ``In reply to`` line), those after them
    its signature. A text line after a blank line is a continuation.
    """
    stripped = [lines[number - 1].strip() for number in numbers]
    texts = comment.text.split("\n") if comment.text else []
    count = len(texts)
    start = next(
        (i for i in range(len(stripped) - count + 1) if stripped[i : i + count] == texts),
        None,
    )
    roles: list[str] = []
    for index, (number, text) in enumerate(zip(numbers, stripped, strict=True)):
        if start is not None and start <= index < start + count:
            after_gap = index > start and numbers[index - 1] != number - 1
            roles.append("comment_continuation" if after_gap else "comment")
        elif start is None and text in texts:
            roles.append("comment")
        elif comment.author is not None and comment.author in text:
            roles.append("comment_author")
        elif comment.posted is not None and comment.posted.text in text:
            roles.append("comment_time")
        else:
            roles.append("comment")
    return roles


def document_roles(document: Document) -> list[LineRole]:
    """The role of every line of a parsed document, read off its elements.

    Each non-blank line gets the role of the element whose span covers it
    (`Document.elements`), boilerplate with its kind as ``detail``, and the
    index of the article whose span holds it; the source is
    ``document.source``.

    Examples:
        >>> from corpusparse import parse
        >>> text = "Rain\\n\\nBy Ann Lee\\nIt rained.\\n\\n* * *\\n\\n"
        >>> text += "Sun\\n\\nBy Bo Chan\\nIt shone."
        >>> for r in document_roles(parse(text)):
        ...     if r.role != "blank":
        ...         print(r.number, r.role, r.article, r.detail)
        1 headline 0 None
        3 byline 0 None
        4 body 0 None
        6 boilerplate None separator
        8 headline 1 None
        10 byline 1 None
        11 body 1 None
    """
    lines = split_lines(document.source)
    roles: dict[int, tuple[str, int | None, str | None]] = {}

    def own(span: Span) -> list[int]:
        return [n for n in span.numbers if n <= len(lines) and not is_blank(lines[n - 1])]

    for index, article in enumerate(document.articles):
        comments: list[tuple[Comment, Span]] = []
        for element, span in article.elements():
            if isinstance(element, Comment):
                comments.append((element, span))
                continue
            detail = element.kind.value if isinstance(element, Boilerplate) else None
            role = _element_role(article, element, span)
            for number in own(span):
                roles[number] = (role, index, detail)
        for comment, span in comments:  # last: their spans may run over blank lines only
            numbers = [n for n in own(span) if n not in roles]
            for number, role in zip(numbers, _comment_roles(comment, numbers, lines), strict=True):
                roles[number] = (role, index, None)
    for item in document.boilerplate:
        for number in own(item.span):
            roles[number] = ("boilerplate", None, item.kind.value)

    article_at: dict[int, int] = {}
    for index, article in enumerate(document.articles):
        article_at.update(dict.fromkeys(article.span.numbers, index))
    out: list[LineRole] = []
    for number, text in enumerate(lines, start=1):
        found = roles.get(number)
        if found is not None:
            out.append(LineRole(number, text, found[0], found[1], found[2]))
        else:
            role = "blank" if is_blank(text) else "outside"
            out.append(LineRole(number, text, role, article_at.get(number)))
    return out


def line_roles(text: str) -> list[LineRole]:
    """The role of every line of ``text``, in order, as `corpusparse.parse` reads it.

    `document_roles` of ``parse(text)``; with a document at hand, call that
    instead, so that the text is parsed once.

    Examples:
        >>> [(r.number, r.role) for r in line_roles("Rain at last\\n\\nBy Ann Lee\\nIt rained.")]
        [(1, 'headline'), (2, 'blank'), (3, 'byline'), (4, 'body')]
    """
    return document_roles(parse(text))
