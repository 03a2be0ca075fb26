"""The dashboard, search, documents, logfile, lock and attachments messages (messages/tr-b.json): every one in the four
languages, with the source's placeholders, and still a message the code shows."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "resources" / "translations" / "messages" / "tr-b.json"
SCREENS = ["dashboard", "search", "documents", "logfile", "lock", "attachments"]
PLACEHOLDER = re.compile(r"\{\w+\}|%n|%\d")


def _code() -> str:
    return "".join(p.read_text(encoding="utf-8") for s in SCREENS for p in (ROOT / "mineralsdesk" / "gui" / s).glob("*.py"))


def test_every_message_has_the_four_languages_and_the_sources_placeholders():
    catalogue = json.loads(MESSAGES.read_text(encoding="utf-8"))
    assert sum(len(m) for m in catalogue.values()) > 250
    for context, messages in catalogue.items():
        for source, by_lang in messages.items():
            assert set(by_lang) == {"fr", "de", "es", "ja"}, (context, source)
            for lang, text in by_lang.items():
                assert isinstance(text, str) and text.strip(), (context, source, lang)
                assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source, lang)


def test_every_context_and_a_word_of_every_message_are_in_the_screens_code():
    code = _code()
    catalogue = json.loads(MESSAGES.read_text(encoding="utf-8"))
    for context, messages in catalogue.items():
        assert f'"{context}"' in code, context
        for source in messages:
            first = source.split("\n")[0][:25]
            assert first.replace('"', '\\"') in code, (context, source)
