"""An author box: a name on a line of its own over the author's biography."""

from __future__ import annotations

from corpusparse.parsing.readers.common import _BLANKS, _plain_name, _run_together
from corpusparse.parsing.readers.names import _bare_name, _is_strong_title, _is_title_word
from corpusparse.parsing.vocabulary import BIOGRAPHY_WORDS, STOPWORDS

__all__ = ["read_name_over_bio"]


def read_name_over_bio(first: str, second: str) -> tuple[str, ...] | None:
    """A name on a line of its own over the author's biography (an author box).

    ``first`` holds one name of 2 to 4 capitalised words, none of them a
    section, menu or function word, and ``second`` is a sentence of 40
    characters or more that opens with the name or its first word, then a
    word in lower case (``Ann Lee is a reporter ...``, ``Ann writes about
    ...``), and that speaks of a person (a pronoun, what authors do or a role:
    `_speaks_of_a_person`).

    Examples:
        >>> read_name_over_bio("Ann Lee", "Ann is a reporter who covers the courts and the city.")
        ('Ann Lee',)
        >>> read_name_over_bio("Crate Training", "Crate training is a way to teach a pup to rest.")
        >>> read_name_over_bio("Our Team", "Our team is a group of ten who write about the city.")
        >>> read_name_over_bio("Project Ink", "Project Ink is a tool that keeps notes by code.")
    """
    first = first.strip(_BLANKS + "|")
    if not first or len(first) > 60 or not 40 <= len(second) <= 1000:
        return None
    words = first.split()
    given = words[0]
    if not second.startswith(given + " ") or given.casefold() in STOPWORDS:
        return None
    rest = second[len(first) :] if second.startswith(first + " ") else second[len(given) :]
    verb = rest.split(None, 1)
    if len(verb) < 2 or not verb[0][:1].islower() or not verb[0].isalpha():
        return None
    if len(words) > 1 and verb[0] == words[1].casefold():
        return None  # a heading over its first sentence: "Crate Training" over "Crate training is"
    if not _speaks_of_a_person(second):
        return None  # a subheading over its paragraph: "Project Ink" over "Project Ink is a tool"
    name = _bare_name(first, min_words=2)
    if name is None or not _plain_name(name) or _is_strong_title(name) or _run_together(name):
        return None
    return (name,)


def _speaks_of_a_person(sentence: str) -> bool:
    """Whether an author box's sentence speaks of a person in its first words: a pronoun,
    a verb of what authors do (`BIOGRAPHY_WORDS`) or a role word (``reporter``,
    ``Redakteurin``)."""
    words = sentence.casefold().replace(",", " ").replace(".", " ").split()[:_BIO_OPENING]
    return any(word in BIOGRAPHY_WORDS or _is_title_word(word) for word in words)


_BIO_OPENING = 30
"""How many words of a biography `_speaks_of_a_person` reads: its first sentence or so."""
