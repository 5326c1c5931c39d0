"""Words of a page's UI around its article (casefolded): share and follow buttons, menu
labels, tables of contents, log-in and search prompts, and the page's own notices."""

from __future__ import annotations

from corpusparse.parsing.vocabulary.residue import residue_key

__all__ = [
    "ACCOUNT_PROMPTS",
    "PAGE_NOTICE_TOPICS",
    "PAGE_UI_LABELS",
    "SERVER_MESSAGE_OPENERS",
    "SHARE_BAR_FILLERS",
    "SOCIAL_WORDS",
    "TABLE_OF_CONTENTS_HEADERS",
]

TABLE_OF_CONTENTS_HEADERS: frozenset[str] = frozenset(
    residue_key(line)
    for line in (
        "Contents",
        "Table of Contents",
        "In this article",
        "On this page",
        "Jump to section",
        "Inhalt",
        "Inhaltsverzeichnis",
        "Inhaltsübersicht",
        "Auf dieser Seite",
        "Índice",
        "Contenido",
        "Tabla de contenidos",
        "Sommaire",
        "Table des matières",
    )
)
"""Headers of a table of contents: the lines right under one are its items, not titles."""

ACCOUNT_PROMPTS: tuple[str, ...] = (
    "sign in",
    "sign-in",
    "sign up",
    "log in",
    "forgot your password",
    "create an account",
    "what are you looking for",
    "passwort vergessen",
    "kein account",
    "kein konto",
    "konto erstellen",
    "jetzt anmelden",
    "loggen sie sich",
    "melden sie sich an",
    "registrieren sie sich",
    "was möchtest du suchen",
    "wonach suchen sie",
    "iniciar sesión",
    "regístrese",
    "qué estás buscando",
    "se connecter",
    "créer un compte",
)
"""Casefolded phrases of a log-in, sign-up or search prompt: a line holding one is no title."""

PAGE_NOTICE_TOPICS: dict[str, tuple[str, ...]] = {
    "cookie": (
        " use",
        "utilis",
        "verwend",
        "nutzen",
        "setzen",
        "accept",
        "consent",
        "einwillig",
        "zustimm",
        "akzept",
        "acept",
        "consentement",
    ),
    "browser": (
        "not supported",
        "no longer supported",
        "limited support",
        "outdated",
        "update your",
        "nicht unterstützt",
        "veraltet",
        "aktualisieren",
        "no es compatible",
        "n'est plus",
        "obsolète",
    ),
    "javascript": ("enable", "aktivier", "habilit", "activ"),
    "https://": ("secure", "safely", "official", "sicher", "segur"),  # a site's security banner
    "personal data": ("transferred", "transmitted", "sent to", "agree"),  # a button's consent
    "persönliche daten": ("übertragen", "übermittelt", "einverstanden"),
    "datos personales": ("transfer", "envia", "acuerdo"),
    "données personnelles": ("transmises", "transférées", "accord"),
    "thank you for": ("registering", "your registration", "signing up", "subscribing"),
    "vielen dank für ihre": ("registrierung", "anmeldung", "bestellung"),
}
"""A notice of a page rather than of its article (cookies, an old browser, scripts off):
a line naming the topic (casefolded) and one of its words is such a notice."""


SOCIAL_WORDS: frozenset[str] = frozenset(
    """
    share tweet twitter facebook linkedin email e-mail mail pinterest whatsapp reddit
    telegram print copy link flipboard pocket tumblr xing threads bluesky mastodon
    instagram youtube tiktok rss messenger sms teilen drucken compartir imprimir
    partager imprimer x
    """.split()  # noqa: SIM905 - a word list reads best as words
)
"""Casefolded words of share and follow buttons; a line of nothing else is no headline."""

PAGE_UI_LABELS: frozenset[str] = frozenset(
    (
        "menu",
        "menü",
        "main menu",
        "navigation",
        "home",
        "startseite",
        "inicio",
        "accueil",
        "search",
        "suche",
        "buscar",
        "rechercher",
        "log in",
        "login",
        "sign in",
        "sign in now",
        "sign up",
        "register",
        "anmelden",
        "registrieren",
        "subscribe",
        "abonnieren",
        "get started",
        "quick links",
        "close",
        "schließen",
        "more",
        "mehr",
        "vorlesen",
        "seite wählen",
        "seite auswählen",
        "skip to content",
        "skip to main content",
        "zum inhalt springen",
        "direkt zum inhalt",
        "ir al contenido",
        "aller au contenu",
        "account",
        "my account",
        "updated",
        "read more",
        "read also",
        "see also",
        "lesen sie auch",
        "auch interessant",
        "privacy policy",
        "datenschutz",
        "impressum",
        "contact",
        "contact us",
        "kontakt",
        "about",
        "about us",
        "advertisement",
        "anzeige",
        "werbung",
        "advertorial",
        "sponsored",
        "publicidad",
        "publicité",
    )
)
"""Casefolded page UI labels (menus, log-in, ads) that are never an article's section."""

SHARE_BAR_FILLERS: frozenset[str] = frozenset(
    ("on", "via", "auf", "per", "en", "sur", "it", "pin", "pinnen", "twittern")
)
"""Words between the buttons of a share bar run together (``Share on Facebook Tweet on X``)."""

SERVER_MESSAGE_OPENERS: tuple[str, ...] = (
    "Warning: ",
    "Deprecated: ",
    "Notice: ",
    "Strict Standards: ",
    "Fatal error: ",
)
"""How a script's error printed into a page opens (``Warning: f() ... on line 12``)."""
