"""Words that tell a text's language: stopwords, and words of English and of day-first languages."""

from __future__ import annotations

__all__ = []

STOPWORDS: frozenset[str] = frozenset(
    """
    a about after all also an and any are as at be been before but by can could did do
    does for from had has have he her him his how i if in into is it its just more most
    my no not now of on one only or other our out over said she so some such than that
    the their them then there these they this those through to too up us was we were
    what when where which while who will with would you your
    al als am an auch auf aus bei bis das dass dem den der des die doch ein eine einem
    einen einer eines er es für hat hatte ich ihr im in ist ja kann man mehr mit nach
    nicht noch nur oder sich sie sind so um und uns vom von vor war was wie wir wird
    wurde zu zum zur über
    al como con de del el en entre es esta este fue ha han hay la las le lo los más mi
    muy no para pero por que se ser sin sobre son su sus también un una uno y ya
    au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur mais
    ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous à été
    """.split()  # noqa: SIM905 - a word list reads best as words
)
"""Common function words of English, German, Spanish and French, casefolded.

Running text is full of them and page chrome has few: the zone stage
(`corpusparse.parsing.zones`) measures each line's share of them, as jusText does.
"""

ENGLISH_ONLY_WORDS: frozenset[str] = frozenset(
    "the and of to is was that with for this from have are were which".split()  # noqa: SIM905
)
"""Common English function words that no other language we read shares, casefolded:
a page full of them prints numeric dates month first
(`corpusparse.parsing.dates.page_day_first`)."""

DAY_FIRST_WORDS: frozenset[str] = frozenset(
    """
    der die und das nicht ist mit auf den
    que los las del una para por con como
    les des est dans pour qui sur avec
    em não uma com os do da ao pelo
    """.split()  # noqa: SIM905 - a word list reads best as words
)
"""Common function words of German, Spanish, French and Portuguese (none of them
English), casefolded: pages in these languages print numeric dates day first
(`corpusparse.parsing.dates.page_day_first`)."""
