"""Reading corpora: find the inputs, decompress them, cut them into documents.

A corpus is any mix of

* plain text files, one document each;
* JSON Lines files, one document per record, the text in one field
  (``text`` by default, as FineWeb, C4 and Dolma ship it); the record's
  other fields travel with the document as `SourceDocument.meta`;
* directories (walked recursively, in sorted order, hidden entries skipped),
  glob patterns (``data/**/*.jsonl.zst``) and ``-`` for standard input.

Files may be gzip, bzip2, xz or Zstandard compressed; the compression is told
by the file's first bytes, not its name. Text is UTF-8 with or without a byte
order mark, and line ends (``\\r\\n``, ``\\r``, ``\\n``) are kept exactly.

Nothing here raises on bad input: an unreadable path, an undecodable file or
record, a line that is not JSON, a record without the text field each become an
`InputError` in the stream, in input order, naming the file, the line and
(where it helps) the byte offset. The reader holds one document at a time, so
memory stays bounded however large the corpus.

The modules follow the reading: `items` (what the reader yields), `decoding`
(find, decompress and decode inputs), `units` (units of work, and reading
through them) and `stream` (parse what was read). Everything is importable from here.
"""

from __future__ import annotations

from corpusparse.corpus.decoding import Item, RawRecord, discover, input_format_of, resolve
from corpusparse.corpus.items import (
    STDIN,
    EncodingErrors,
    ErrorKind,
    InputError,
    InputFormat,
    ReadProgress,
    SourceDocument,
)
from corpusparse.corpus.stream import (
    CorpusError,
    Parsed,
    ParsedDocument,
    item_weight,
    iter_documents,
    parse_batch,
    parse_item,
    parse_items,
    parse_source,
    parse_stream,
)
from corpusparse.corpus.units import (
    Exclude,
    InputBlock,
    count_newlines,
    input_blocks,
    list_inputs,
    read_block,
    read_documents,
    read_items,
    read_unit,
)

__all__ = [
    "STDIN",
    "CorpusError",
    "EncodingErrors",
    "ErrorKind",
    "Exclude",
    "InputBlock",
    "InputError",
    "InputFormat",
    "Item",
    "Parsed",
    "ParsedDocument",
    "RawRecord",
    "ReadProgress",
    "SourceDocument",
    "count_newlines",
    "discover",
    "input_blocks",
    "input_format_of",
    "item_weight",
    "iter_documents",
    "list_inputs",
    "parse_batch",
    "parse_item",
    "parse_items",
    "parse_source",
    "parse_stream",
    "read_block",
    "read_documents",
    "read_items",
    "read_unit",
    "resolve",
]
