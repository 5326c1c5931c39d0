"""Word lists the recognizers use: agencies, month names, labels and residue lines.

These are plain data, not patterns: the regular expressions built from them
live in `corpusparse.parsing.patterns`. Residue lines are looked up after
`residue_key` folding, so one entry covers case and trailing-punctuation
variants (``Share this:``, ``SHARE THIS``); they map to the values of
`corpusparse.model.BoilerplateKind`.

The lists are grouped by what they are words of: `names` (agencies, byline
labels, words that are no names), `titles` (titles, roles and credentials after
a name), `dates`, `residue`, `page_ui` (buttons, menus, prompts and notices of a
page), `comments` and `language`. Everything is importable from here.
"""

from __future__ import annotations

from corpusparse.parsing.vocabulary.comments import (
    COMMENT_DELIMITERS,
    COMMENT_FORM_HEADERS,
    COMMENT_LATEST_POST_CUES,
    COMMENT_SECTION_ENDERS,
    COMMENT_SECTION_TITLES,
    COMMENT_UI_LINES,
    COMMENT_UI_PARTICLES,
    COMMENT_UI_WORDS,
    COMMENT_VERBS,
    COMMENT_VOICE_OPENERS,
    FIRST_PERSON_OPENERS,
    READER_AGREEMENT,
    READER_IMPRESSIONS,
    READER_INTENSIFIERS,
    READER_LOOKS,
    READER_LOWER_I,
    READER_OUTCRIES,
    READER_PRAISE,
    READER_REACTIONS,
    READER_SMILEYS,
)
from corpusparse.parsing.vocabulary.dates import (
    FOREIGN_MONTHS,
    NOT_PUBLICATION_MARKS,
    POSTED_PHRASES,
    POSTED_VERBS,
    ZONE_OFFSETS,
)
from corpusparse.parsing.vocabulary.language import DAY_FIRST_WORDS, ENGLISH_ONLY_WORDS, STOPWORDS
from corpusparse.parsing.vocabulary.names import (
    AGENCIES,
    BIOGRAPHY_WORDS,
    BYLINE_COLON_LABELS,
    BYLINE_GLUED_LABELS,
    BYLINE_LABELS,
    CATCH_ALL_SECTIONS,
    NAME_STOP_WORDS,
)
from corpusparse.parsing.vocabulary.page_ui import (
    ACCOUNT_PROMPTS,
    PAGE_NOTICE_TOPICS,
    PAGE_UI_LABELS,
    SERVER_MESSAGE_OPENERS,
    SHARE_BAR_FILLERS,
    SOCIAL_WORDS,
    TABLE_OF_CONTENTS_HEADERS,
)
from corpusparse.parsing.vocabulary.residue import (
    CREDIT_LINE_OPENERS,
    LEGAL_MARKS,
    RESIDUE_LINES,
    TAIL_RESIDUE_LINES,
    TRAILING_RESIDUE_BLOCK_HEADERS,
    residue_key,
)
from corpusparse.parsing.vocabulary.titles import (
    CREDENTIALS,
    GROUP_TITLE_WORDS,
    ROLE_WORDS,
    TITLE_WORDS,
)

__all__ = [
    "ACCOUNT_PROMPTS",
    "AGENCIES",
    "BIOGRAPHY_WORDS",
    "BYLINE_COLON_LABELS",
    "BYLINE_GLUED_LABELS",
    "BYLINE_LABELS",
    "CATCH_ALL_SECTIONS",
    "COMMENT_DELIMITERS",
    "COMMENT_FORM_HEADERS",
    "COMMENT_LATEST_POST_CUES",
    "COMMENT_SECTION_ENDERS",
    "COMMENT_SECTION_TITLES",
    "COMMENT_UI_LINES",
    "COMMENT_UI_PARTICLES",
    "COMMENT_UI_WORDS",
    "COMMENT_VERBS",
    "COMMENT_VOICE_OPENERS",
    "CREDENTIALS",
    "CREDIT_LINE_OPENERS",
    "DAY_FIRST_WORDS",
    "ENGLISH_ONLY_WORDS",
    "FIRST_PERSON_OPENERS",
    "FOREIGN_MONTHS",
    "GROUP_TITLE_WORDS",
    "LEGAL_MARKS",
    "NAME_STOP_WORDS",
    "NOT_PUBLICATION_MARKS",
    "PAGE_NOTICE_TOPICS",
    "PAGE_UI_LABELS",
    "POSTED_PHRASES",
    "POSTED_VERBS",
    "READER_AGREEMENT",
    "READER_IMPRESSIONS",
    "READER_INTENSIFIERS",
    "READER_LOOKS",
    "READER_LOWER_I",
    "READER_OUTCRIES",
    "READER_PRAISE",
    "READER_REACTIONS",
    "READER_SMILEYS",
    "RESIDUE_LINES",
    "ROLE_WORDS",
    "SERVER_MESSAGE_OPENERS",
    "SHARE_BAR_FILLERS",
    "SOCIAL_WORDS",
    "STOPWORDS",
    "TABLE_OF_CONTENTS_HEADERS",
    "TAIL_RESIDUE_LINES",
    "TITLE_WORDS",
    "TRAILING_RESIDUE_BLOCK_HEADERS",
    "ZONE_OFFSETS",
    "residue_key",
]
