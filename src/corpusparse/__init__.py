"""corpusparse: typed news records from the plain text of crawled news pages.

Examples:
    >>> import corpusparse
    >>> doc = corpusparse.parse("Rain at last\\n\\nBy Ann Lee\\nIt rained on Tuesday.")
    >>> article = doc.articles[0]
    >>> article.headline.text, article.authors, article.body[0].text
    ('Rain at last', ('Ann Lee',), 'It rained on Tuesday.')
"""

from corpusparse.corpus import (
    CorpusError,
    ErrorKind,
    InputError,
    ParsedDocument,
    SourceDocument,
    iter_documents,
    read_documents,
)
from corpusparse.formats.convert import article_record, converter, from_json, to_json
from corpusparse.formats.render import Layout, render, render_article
from corpusparse.model import (
    NOWHERE,
    Article,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Comment,
    Dateline,
    Defect,
    DefectKind,
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
    Timestamp,
    Trailer,
)
from corpusparse.parsing.parser import ParseError, parse, parse_file
from corpusparse.parsing.roles import LineRole, line_roles

__version__ = "0.1.0"
"""The version of corpusparse, as in ``pyproject.toml``."""

__all__ = [
    "NOWHERE",
    "Article",
    "Boilerplate",
    "BoilerplateKind",
    "Byline",
    "Caption",
    "Comment",
    "CorpusError",
    "Dateline",
    "Defect",
    "DefectKind",
    "Dek",
    "Document",
    "Element",
    "ErrorKind",
    "Headline",
    "InputError",
    "Layout",
    "LineRole",
    "Paragraph",
    "ParseError",
    "ParsedDocument",
    "Pingback",
    "PublicationTime",
    "Related",
    "Section",
    "SourceDocument",
    "Span",
    "Timestamp",
    "Trailer",
    "__version__",
    "article_record",
    "converter",
    "from_json",
    "iter_documents",
    "line_roles",
    "parse",
    "parse_file",
    "read_documents",
    "render",
    "render_article",
    "to_json",
]
