"""The documents' and the command line's translations, read from the app's own .ts catalogues without Qt.

The GUI translates through Qt (`QTranslator` on the compiled .qm files); the layers that must not import
Qt (documents, cli) read the same messages here, from the .ts sources shipped beside the .qm files in
`mineralsdesk/assets/translations/`. Strings in those layers are marked for `pyside6-lupdate` with
`QT_TRANSLATE_NOOP("Context", "text")` (a no-op at import time) and translated where shown with
`translate("Context", marked, lang)`. Only the marker extracts them: lupdate (6.11) skips a
`translate("Context", "text", lang)` whose third argument is a variable, and any call inside an f-string.

Standard library only, and outside the layer contracts like `paths.py`: any layer may import it.
"""

from __future__ import annotations

import locale
import os
import re
from functools import lru_cache
from pathlib import Path

TRANSLATIONS_DIR: Path = Path(__file__).resolve().parent / "assets" / "translations"

# The languages the app speaks: code -> its own name (the View > Language menu shows these untranslated).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español", "ja": "日本語"}
SOURCE_LANGUAGE = "en"

_PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for extraction under `context`; returns it untranslated (translate it where it is shown)."""
    return text


def catalogue_path(lang: str) -> Path:
    """The shipped .ts catalogue of a language (it may not exist)."""
    return TRANSLATIONS_DIR / f"mineralsdesk_{lang}.ts"


def placeholders(text: str) -> list[str]:
    """The placeholders of a message, sorted: `{name}`, `%n`, `%1`; a translation must keep the same ones."""
    return sorted(match.group(0) for match in _PLACEHOLDER.finditer(text or ""))


def plural_index(lang: str, n: int) -> int:
    """Which numerus form a language uses for `n` (Qt's rules for the app's languages)."""
    if lang == "ja":
        return 0
    if lang == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


@lru_cache(maxsize=8)
def catalogue(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) -> the finished translation's forms (one, or the numerus forms), read once."""
    path = catalogue_path(lang)
    if not path.is_file():
        return {}
    import xml.etree.ElementTree as ET  # noqa: N817 - loaded with the first catalogue (~8 ms at start-up otherwise)

    messages: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if any(forms):
                messages[(name, message.findtext("source") or "")] = tuple(forms)
    return messages


def translate(context: str, text: str, lang: str | None = None, n: int | None = None) -> str:
    """`text` in `lang` (English, the source, when no finished translation exists); `%n` becomes `n`."""
    lang = normalise(lang)
    forms = catalogue(lang).get((context, text))
    if forms is None and n is not None:
        forms = catalogue(SOURCE_LANGUAGE).get((context, text))  # English plural forms: "%n day" / "%n days"
        lang_for_forms = SOURCE_LANGUAGE
    else:
        lang_for_forms = lang
    result = text
    if forms:
        result = forms[min(plural_index(lang_for_forms, n or 0), len(forms) - 1)] if n is not None else forms[0]
    return result.replace("%n", str(n)) if n is not None else result


def fill(context: str, marked: str, lang: str | None = None, **values: object) -> str:
    """A message marked with QT_TRANSLATE_NOOP(context, ...) in `lang`, its {names} filled in (the English
    source when a translation's placeholders do not fit the values)."""
    text = translate(context, marked, lang)
    if not values:
        return text
    for candidate in (text, marked):
        try:
            return candidate.format(**values)
        except (KeyError, IndexError, ValueError):
            continue
    return marked  # braces that are not placeholders: the English as written


def translate_n(context: str, one: str, many: str, n: int, lang: str | None = None, **values: object) -> str:
    """A counted phrase given as two marked messages, "1 change" / "{n} changes" (or "%n change" / "%n changes"):
    the one `lang` uses for `n` (French says "0 volet"; Japanese has one form), in `lang`, with `%n` and `{n}`
    as `n` and its other {names} filled in.

    Two plain messages rather than one numerus message: lupdate extracts QT_TRANSLATE_NOOP as a single form only.
    A `one` with the count in it ("{n} change") serves every n the language says in the singular; a `one` written
    "1 change" serves n == 1 only (its translation cannot carry the count). A language without the translation
    falls back to English, with English's choice of form.
    """
    lang = normalise(lang)

    def form(language: str) -> str:  # a `one` written "1 day" (no count in it) can only say 1
        counted = "%n" in one or "{n}" in one
        return one if (plural_index(language, n) == 0 if counted else n == 1) else many

    text = form(lang)
    lang_of_forms = lang
    if (context, text) not in catalogue(lang):
        text, lang_of_forms = form(SOURCE_LANGUAGE), SOURCE_LANGUAGE
    return fill(context, text, lang_of_forms, **{"n": n, **values}).replace("%n", str(n))


class Message(str):
    """A line told in English (it is that str: logs, tests, `in`) that can be told in another language too:
    `localized(lang)`. Built from a template marked with QT_TRANSLATE_NOOP(context, ...) and its values by name,
    for lines a lower layer writes and the CLI or the app shows (a log's warnings, `check`'s problems)."""

    context: str
    template: str
    values: dict[str, object]

    def __new__(cls, context: str, template: str, **values: object) -> Message:
        try:
            english = template.format(**values) if values else template
        except (KeyError, IndexError, ValueError):
            english = template
        made = super().__new__(cls, english)
        made.context, made.template, made.values = context, template, values
        return made

    def localized(self, lang: str | None) -> str:
        """The line in `lang` (English where the catalogue has no finished translation)."""
        return fill(self.context, self.template, lang, **localized_values(self.values, lang))

    def __reduce__(self):  # pickles and copies as a Message, not a plain str
        return (_message, (self.context, self.template, self.values))


def _message(context: str, template: str, values: dict[str, object]) -> Message:
    return Message(context, template, **values)


def localized_values(values: dict[str, object], lang: str | None) -> dict[str, object]:
    """A message's values with each one that is itself a line (a Message, an error) told in `lang`; the rest as
    they are (numbers keep their format specs)."""
    return {k: localized(v, lang) if callable(getattr(v, "localized", None)) else v for k, v in values.items()}


def localized(line: object, lang: str | None) -> str:
    """A line in `lang` when it knows how to tell itself (a Message, an error built from a marked template);
    anything else as it is."""
    tell = getattr(line, "localized", None)
    return tell(lang) if callable(tell) else str(line)


def normalise(lang: str | None) -> str:
    """A language code the app speaks ("fr_FR.UTF-8" -> "fr"); English for anything else or None."""
    code = (lang or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    """The language of the environment (LC_ALL, LC_MESSAGES, LANG; then the platform's locale)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return normalise(value)
    return normalise(locale.getlocale()[0])


# Dates in the documents (the app uses QLocale). The names are CLDR's, written out here so the documents need
# neither Qt nor a locale installed on the machine (a French briefing prints the same on any laptop).
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
_SHORT_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}
_WEEKDAYS: dict[str, tuple[str, ...]] = {  # Monday first, as date.weekday()
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ja": ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
}


def format_date(day, lang: str | None = None, style: str = "long") -> str:
    """A date as a reader of `lang` writes it in prose (`day` is a datetime.date).

    styles: "long" (15 December 2026, 15 décembre 2026, 15. Dezember 2026, 15 de diciembre de 2026, 2026年12月15日),
    "weekday" (the long form with the day's name), "short" (15 Dec, 15 déc., 15. Dez., 15 dic, 12月15日: chart
    axes), "iso" (2026-12-15: tables and identifiers, the same in every language)."""
    lang = normalise(lang)
    if style == "iso":
        return day.isoformat()
    if style == "short":
        if lang == "ja":
            return f"{day.month}月{day.day}日"
        sep = ". " if lang == "de" else " "
        return f"{day.day}{sep}{_SHORT_MONTHS[lang][day.month - 1]}"
    if lang == "ja":
        text = f"{day.year}年{day.month}月{day.day}日"
        return f"{text}（{_WEEKDAYS['ja'][day.weekday()][0]}）" if style == "weekday" else text
    month = _MONTHS[lang][day.month - 1]
    text = {"de": f"{day.day}. {month} {day.year}", "es": f"{day.day} de {month} de {day.year}"}.get(
        lang, f"{day.day} {month} {day.year}")
    if style != "weekday":
        return text
    weekday = _WEEKDAYS[lang][day.weekday()]
    return f"{weekday} {text}" if lang in ("en", "fr") else f"{weekday}, {text}"
