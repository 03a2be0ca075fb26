"""The `mineralsdesk` command: argparse commands over the services, one-line errors and exit codes."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __app_name__, __version__
from .errors import (
    EXPORT_ERRORS,
    AttachmentError,
    BracketError,
    CommandError,
    DamagedLogError,
    DumpError,
    ImportRefused,
    InvalidInputError,
    LogError,
    NotFoundError,
    PassphraseError,
    SearchSyntaxError,
    StaleEditError,
)
from .i18n import LANGUAGES, QT_TRANSLATE_NOOP, localized, normalise, system_language, translate
from .paths import default_log_path

# What each export kind's file must be named; a mismatch (a PDF called brief.xlsx) is refused.
EXPORT_SUFFIXES = {"json": ".json", "pdf": ".pdf", "xlsx": ".xlsx", "ics": ".ics", "docx": ".docx", "akn": ".xml"}
AKN_SUFFIXES = (".xml", ".akn")  # an Akoma Ntoso text may be named either way
SEARCH_QUERY_HELP = ("words to find (the last one also as a prefix); \"quoted phrases\", AND, OR, NOT and "
                     "parentheses work as in the app. Leave a word out with NOT (price NOT floor); a query "
                     "that starts with '-' goes after --: mineralsdesk search -- -price")

SEARCH_MINUS_HINT = QT_TRANSLATE_NOOP("Command line", " (a query that starts with '-' goes after --: mineralsdesk "
                                      "search -- -price; to leave a word out write: price NOT floor)")

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

# The language of the command line's messages: --lang before the command, else the environment's (main() sets it).
# Each message is marked for the catalogues where it is written, context "Command line" (errors: "Errors"), and
# put in that language by _m(); the program name "mineralsdesk:" before a line stays as it is.
_MESSAGES = {"lang": "en"}


def messages_language() -> str:
    """The language the command line speaks now (its messages and errors)."""
    return _MESSAGES["lang"]


def _m(marked: str, **values: object) -> str:
    """A message marked with QT_TRANSLATE_NOOP("Command line", ...) in the messages' language, its values put in."""
    text = translate("Command line", marked, _MESSAGES["lang"])
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return marked.format(**values)


def _error_line(exc: BaseException | str) -> str:
    """An error's (or a warning's, a problem's) one line in the messages' language: a UserError built from a
    marked template and an i18n.Message are translated; anything else is shown as it is."""
    return localized(exc, _MESSAGES["lang"])


def _language_before_command(argv: Sequence[str]) -> str | None:
    """The value of --lang given before the command (argparse checks it later), or None."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if token.startswith("--lang="):
            return token.partition("=")[2]
        if token in ("--db", "--passphrase-file"):
            i += 2
        elif token.startswith("-"):
            i += 1
        else:
            return None
    return None


# The default log's path is worked out when help is shown, not on every start (platformdirs costs ~7 ms).
DEFAULT_LOG_PLACEHOLDER = "{default log}"


class _Parser(argparse.ArgumentParser):
    def format_help(self) -> str:
        for action in self._actions:
            if action.help and DEFAULT_LOG_PLACEHOLDER in action.help:
                action.help = action.help.replace(DEFAULT_LOG_PLACEHOLDER, str(default_log_path()))
        return super().format_help()

    def error(self, message: str) -> None:  # one line, exit 2, as argparse does but without the usage block
        if self.prog.endswith(" search") and "query" in message:
            message += _m(SEARCH_MINUS_HINT)
        print("mineralsdesk: " + _m(QT_TRANSLATE_NOOP("Command line", "{message} (see mineralsdesk --help)"),
                                    message=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


_GLOBAL_VALUED = ("--db", "--passphrase-file", "--lang")


def opens_the_app(argv: Sequence[str]) -> bool:
    """True when `argv` only opens the desktop app (the global options, then no command or `gui` with its one
    flag): its start need not build the parser of every other command (~25 ms of the app's start-up)."""
    rest = list(argv)
    while rest and rest[0] != "gui":
        head = rest.pop(0)
        if head in _GLOBAL_VALUED and rest:
            rest.pop(0)
        elif not any(head.startswith(option + "=") for option in _GLOBAL_VALUED):
            return False
    return rest in ([], ["gui"], ["gui", "--exit-after-start"])


def build_parser(*, gui_only: bool = False) -> argparse.ArgumentParser:
    """The command line's parser; `gui_only`: the global options and the `gui` command alone (opens_the_app)."""
    parser = _Parser(prog="mineralsdesk", description=f"{__app_name__}: the negotiation log for the "
                     "critical-minerals partnership (US, EU, Japan, Mexico).")
    parser.add_argument("--version", action="version", version=f"{__app_name__} {__version__}")
    parser.add_argument("--db", metavar="PATH", type=Path, help=f"the log file (default: {DEFAULT_LOG_PLACEHOLDER})")
    parser.add_argument("--passphrase-file", metavar="FILE", type=Path,
                        help="read an encrypted log's passphrase from FILE (else $MINERALSDESK_PASSPHRASE, else "
                        "a prompt); never give it on the command line")
    parser.add_argument("--lang", dest="ui_lang", choices=list(LANGUAGES), default=None,
                        help="the language of the command line's messages and errors, given before the command "
                        "(default: the environment's, LC_ALL/LC_MESSAGES/LANG, else English); help texts and "
                        "argparse's own usage messages stay in English; a document's language is the export's "
                        "own --lang")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("--exit-after-start", action="store_true",
                     help="quit once the first screen is painted, printing when (time.monotonic()) for start-up timing")
    if gui_only:
        return parser
    init = sub.add_parser("init", help="create a new log")
    init.add_argument("--demo", action="store_true", help="fill it with the demo negotiation")
    init.add_argument("--our-party", default="EU", type=_party_code,
                      help="the home delegation's party code: US, EU, JP or MX (default EU)")
    init.add_argument("--encrypt", action="store_true", help="encrypt the new log with a passphrase (asked twice)")
    _encryption_commands(sub)
    _attachment_commands(sub)
    _sync_commands(sub)
    s = sub.add_parser("search", help="full-text search over clauses, rounds, commitments and notes")
    s.add_argument("query", nargs="?", default=None, help=SEARCH_QUERY_HELP + "; with --topic, words the clauses "
                   "on that topic must hold")
    s.add_argument("--topic", metavar="TOPIC", default=None,
                   help="list the clauses on TOPIC in every track (e.g. \"export-restriction exemptions\", or a "
                   "prefix such as export)")
    s.add_argument("--limit", type=_positive_int, default=20, metavar="N",
                   help="show at most N hits, a positive whole number (default 20)")
    s.add_argument("--every-match", action="store_true",
                   help="rank every match (default: the best among the 300 newest matches, which keeps a common "
                   "word quick in a large log)")
    cmp = sub.add_parser("compare", help="word-level redline from one clause's current text to another's "
                         "([-deleted-]{+inserted+})")
    cmp.add_argument("clause_a", metavar="CLAUSE_A", help="the clause compared from, as TRACK:REF (e.g. MOU:Art. 5)")
    cmp.add_argument("clause_b", metavar="CLAUSE_B", help="the clause compared with, as TRACK:REF (e.g. USMX:Art. 1)")
    c = sub.add_parser("check", help="integrity, schema version, change-log chain and counts (exit 1 on a problem)")
    c.add_argument("--verbose", action="store_true", help="list every problem found (default: one line)")
    t = sub.add_parser("trust", help="accept the log as it is now and re-key its history on this computer "
                       "(a log from another computer, or after `check` reported a difference you made yourself)")
    t.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    b = sub.add_parser("backup", help="copy the log with SQLite's online backup API")
    b.add_argument("out", type=Path, help="the copy to write (never the open log)")
    b.add_argument("--force", action="store_true", help="replace OUT even when it is another MineralsDesk log")
    r = sub.add_parser("restore", help="replace the log with a backup (the current log is backed up first)")
    r.add_argument("backup", type=Path)

    export = sub.add_parser("export", help="write a document from the log")
    ex = export.add_subparsers(dest="format", metavar="FORMAT", required=True, parser_class=_Parser)
    ej = ex.add_parser("json", help="the whole log as JSON (docs/json-format.md)")
    ej.add_argument("out", type=Path, help="the .json file to write")
    ej.add_argument("--audience", choices=["internal", "shareable"], default="internal",
                    help="internal (the default) keeps everything; shareable leaves out our red lines, fallbacks, "
                    "internal notes and the change history (and cannot be imported back)")
    ej.add_argument("--plain", action="store_true", help="an encrypted log's dump unencrypted (default: encrypted "
                    "with the log's passphrase)")
    ep = ex.add_parser("pdf", help="the printed briefing")
    _document_options(ep)
    ep.add_argument("--paper", choices=["a4", "letter"], default="a4")
    ep.add_argument("--marking", default=None, help="the marking printed on every page")
    ep.add_argument("--with-comments", action="store_true",
                    help="add the comment threads (a shareable briefing: only the shareable comments)")
    ep.add_argument("--minutes", metavar="ROUND", default=None,
                    help="one round's minutes on their own, ROUND as TRACK NUMBER (e.g. 'MOU 2'); a shareable "
                    "document leaves the interventions out (they are internal) and keeps the shared notes")
    ep.add_argument("--topic", action="append", default=None, metavar="TOPIC",
                    help="add a \"Topic comparison\" section: the clauses on TOPIC side by side, a column per track "
                    "(repeatable)")
    ep.add_argument("--compare", nargs=2, action="append", default=None, metavar=("CLAUSE_A", "CLAUSE_B"),
                    help="add the redline from CLAUSE_A to CLAUSE_B (TRACK:REF) to the section of A's topic "
                    "(repeatable)")
    exx = ex.add_parser("xlsx", help="the Excel summary for colleagues")
    _document_options(exx)
    ei = ex.add_parser("ics", help="the calendar of deadlines (commitments due, rounds, track targets) as iCalendar")
    _document_options(ei)
    ei.add_argument("--reminder-days", type=_reminder_days, default=None, metavar="N",
                    help="a reminder N days before each event, 0 for none (default: the log's setting, 7 unless "
                    "changed in the app)")
    _docx_options(ex)

    ea = ex.add_parser("akn", help="a track's negotiating text as Akoma Ntoso 3.0 XML (shareable; docs/akn.md)")
    ea.add_argument("out", type=Path, help="the .xml (or .akn) file to write")
    ea.add_argument("--track", required=True, metavar="REF", help="the track")
    ea.add_argument("--round", default=None, metavar="N", help="the text as round N left it (default: the last)")

    imp = sub.add_parser("import", help="read a file into the log")
    im = imp.add_subparsers(dest="format", metavar="FORMAT", required=True, parser_class=_Parser)
    ij = im.add_parser("json", help="load a dump into a new, empty log (run init first)")
    ij.add_argument("file", type=Path)
    ij.add_argument("--new-start", action="store_true",
                    help="take the records alone as a new starting point when the dump's history does not verify")
    ix = im.add_parser("xlsx", help="apply a colleague's edits from an exported workbook")
    ix.add_argument("file", type=Path)
    ix.add_argument("--dry-run", action="store_true", help="list the changes, write nothing")
    ix.add_argument("--password-file", type=Path, metavar="F",
                    help="for a password-protected workbook: the file whose first line is its password (without "
                    "it, the password is asked for)")
    iw = im.add_parser("docx", help="take in a chair's consolidated text or a delegation's markup (Word)")
    iw.add_argument("file", type=Path)
    iw.add_argument("--track", required=True, metavar="T", help="the track the draft belongs to (its ref)")
    iw.add_argument("--round", required=True, metavar="R", help="the round of the new versions (number or date)")
    iw.add_argument("--party", default=None, metavar="P", help="the party of the accepted text (default: ours)")
    iw.add_argument("--author", action="append", default=[], metavar="NAME=PARTY",
                    help="the party of a Word author's tracked changes (repeatable; remembered by the log)")
    iw.add_argument("--dry-run", action="store_true", help="show the preview, write nothing")
    ia = im.add_parser("akn", help="take in a negotiating text in Akoma Ntoso 3.0 (docs/akn.md)")
    ia.add_argument("file", type=Path)
    ia.add_argument("--track", required=True, metavar="REF", help="the track the articles belong to")
    ia.add_argument("--round", required=True, metavar="N", help="the round the new versions belong to")
    ia.add_argument("--party", default=None, metavar="P",
                    help="the party of articles whose brackets do not all name one proposer (default: ours)")
    ia.add_argument("--dry-run", action="store_true", help="print the plan, write nothing")
    _round_room_commands(sub)
    return parser


def _document_options(parser: argparse.ArgumentParser) -> None:
    """What every document export takes: where to write it, for whom, and which tracks."""
    parser.add_argument("out", type=Path, help="the file to write (its extension must match the kind)")
    parser.add_argument("--audience", choices=["internal", "shareable"], default="internal",
                        help="internal (the default) keeps everything; shareable leaves out our red lines, "
                             "fallbacks and internal notes")
    parser.add_argument("--track", action="append", default=None, metavar="REF", help="only these tracks (repeatable)")
    parser.add_argument("--password-file", type=Path, metavar="F",
                        help="protect the document with the password on the first line of F (AES-256; share the "
                        "password by another channel, see docs/safety.md)")
    _lang_option(parser)


def _lang_option(parser: argparse.ArgumentParser) -> None:
    """`--lang` on a document export: the language of the document's own words, independent of the app's."""
    parser.add_argument("--lang", choices=list(LANGUAGES), default=None,
                        help="the language of the document's own words (headings, labels, markings, dates); the "
                        "log's content stays as written (default: the environment's language, "
                        "LC_ALL/LC_MESSAGES/LANG, else English)")


def _docx_options(ex: argparse._SubParsersAction) -> None:
    ed = ex.add_parser("docx", help="a track's negotiating text as a Word document (tracked changes with --compare)")
    ed.add_argument("out", type=Path, help="the .docx file to write")
    ed.add_argument("--track", required=True, metavar="REF", help="the track whose text to write")
    ed.add_argument("--audience", choices=["internal", "shareable"], default="internal",
                    help="internal (the default) adds comments on brackets (who proposed, supports, objects) and our "
                    "red lines and fallbacks; shareable has no comments and nothing internal")
    ed.add_argument("--compare", nargs=2, metavar=("ROUND_A", "ROUND_B"),
                    help="show the changes from the text as of round A to the text as of round B (round numbers of "
                    "the track) as Word tracked changes, authored by the party that tabled each version")
    ed.add_argument("--paper", choices=["a4", "letter"], default="a4")
    _lang_option(ed)
    ed.add_argument("--marking", default=None, help="the marking in every page's header")


def _party_code(text: str) -> str:
    from .services.log import PARTNERSHIP_PARTIES

    code = text.strip().upper()
    known = [c for c, _ in PARTNERSHIP_PARTIES]
    if code not in known:
        raise argparse.ArgumentTypeError(_m(QT_TRANSLATE_NOOP("Command line", "unknown party {text}; choose one "
                                                              "of {codes}"), text=repr(text), codes=", ".join(known)))
    return code


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(_m(QT_TRANSLATE_NOOP("Command line", "{text} is not a positive whole "
                                                              "number"), text=repr(text)))
    return value


def _reminder_days(text: str) -> int:
    from .services.reminders import MAX_REMINDER_DAYS

    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_REMINDER_DAYS:
        raise argparse.ArgumentTypeError(_m(QT_TRANSLATE_NOOP("Command line", "{text} is not a whole number from 0 "
                                                              "(no reminder) to {most}"), text=repr(text),
                                            most=MAX_REMINDER_DAYS))
    return value


def _check_target(args: argparse.Namespace, out: Path, suffix: str | None = None, force: bool = False) -> None:
    from .services.backups import check_output

    check_output(out, log_path=args.db, suffix=suffix, force=force)


def _open(args: argparse.Namespace, *, readonly: bool = False):
    from .services.log import Log
    from .services.storage import is_writable

    if not readonly and args.db.exists() and not is_writable(args.db):
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "{name} is read-only (the file or its folder cannot be "
                                             "written); nothing was changed"), name=args.db.name)
    log = Log.open(args.db, readonly=readonly, passphrase=_log_passphrase(args),
                   pending_key=getattr(args, "pending_key", None))
    log.source = "command line"
    for warning in log.warnings:
        print("mineralsdesk: " + _m(QT_TRANSLATE_NOOP("Command line", "warning: {message}"),
                                    message=_error_line(warning)),
              file=sys.stderr)
    return log


def cmd_init(args: argparse.Namespace) -> int:
    from .services.backups import check_output
    from .services.demo import build_demo
    from .services.log import Log

    check_output(args.db, log_path=None)  # a new log never lands on another log's -wal/-shm/-journal
    if args.demo and args.encrypt:
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "init --demo makes a plain log; encrypt it afterwards with: "
                                             "mineralsdesk encrypt"))
    if args.demo:
        build_demo(args.db)
    else:
        passphrase = _new_passphrase(args) if args.encrypt else None
        Log.create(args.db, our_party=args.our_party.upper(), passphrase=passphrase).close()
    print(_m(QT_TRANSLATE_NOOP("Command line", "Created {path}"), path=args.db))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from .services.storage import HIGHLIGHT_END, HIGHLIGHT_START

    if args.topic is not None:
        return _search_topic(args)
    if args.query is None:
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "Give words to search for, or --topic TOPIC (see mineralsdesk "
                                             "search --help)"))
    with _open(args, readonly=True) as log:
        try:
            hits = log.search(args.query, limit=args.limit, every_match=args.every_match)
        except SearchSyntaxError as exc:
            text = str(exc).lower()
            if "fts5" in text or "syntax error" in text or text.startswith("cannot search for that:"):  # SQLite's words
                raise CommandError(QT_TRANSLATE_NOOP("Errors", "Cannot search for that query; put words with "
                                                     "punctuation in \"quotes\" (see mineralsdesk search --help)")
                                   ) from None
            raise
    for hit in hits:
        snippet = hit.snippet.replace(HIGHLIGHT_START, "[[").replace(HIGHLIGHT_END, "]]").replace("\n", " ")
        print(f"{hit.kind:<10} {hit.title[:50]:<50}  {snippet}")
    if not hits:
        print(_m(QT_TRANSLATE_NOOP("Command line", "No matches.")), file=sys.stderr)
    return EXIT_OK


def _search_topic(args: argparse.Namespace) -> int:
    """`search --topic`: the clauses on a topic in every track, one line each."""
    with _open(args, readonly=True) as log:
        comparison = log.read.topic_comparison(args.topic, text=args.query)
    clauses = comparison.clauses
    for clause in clauses:
        row = clause.row
        first = next((line.strip() for line in row.text.splitlines() if line.strip()),
                     _m(QT_TRANSLATE_NOOP("Command line", "(no text)")))
        print(f"{row.track_ref:<10} {row.ref:<10} {row.title[:40]:<40} {row.status:<22} {first[:90]}")
    if not clauses:
        none = (QT_TRANSLATE_NOOP("Command line", "No clauses on {topic} with those words.") if args.query
                else QT_TRANSLATE_NOOP("Command line", "No clauses on {topic}."))
        print(_m(none, topic=comparison.topic), file=sys.stderr)
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    """`compare A B`: the redline from A's current text to B's, deletions as [-...-], insertions as {+...+}."""
    from .domain.redline import redline_text

    with _open(args, readonly=True) as log:
        a, b = log.read.clause_at(args.clause_a), log.read.clause_at(args.clause_b)
        segments = log.read.redline_between(a.id, b.id)
    print(redline_text(segments))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as log:
        report = log.check()
    print(_m(QT_TRANSLATE_NOOP("Command line", "schema version: {version}"), version=report.schema_version))
    for table, n in report.counts.items():
        print(f"{table:<16} {n}")
    print(_m(QT_TRANSLATE_NOOP("Command line", "head: {head}"), head=report.fingerprint))
    if report.ok:
        print(_m(QT_TRANSLATE_NOOP("Command line", "ok")))
    elif args.verbose:
        for problem in report.problems:
            print(_m(QT_TRANSLATE_NOOP("Command line", "PROBLEM: {problem}"), problem=_error_line(problem)))
        print(_m(QT_TRANSLATE_NOOP("Command line", "{count} problem(s) found."), count=len(report.problems))
              + _restore_hint(args.db))
    else:
        more = (_m(QT_TRANSLATE_NOOP("Command line", "1 of {count} problems; all of them"), count=len(report.problems))
                if len(report.problems) > 1 else _m(QT_TRANSLATE_NOOP("Command line", "details")))
        print(_m(QT_TRANSLATE_NOOP("Command line", "PROBLEM: {problem} ({more}: {command})."),
                 problem=_error_line(report.problems[0])[:160], more=more,
                 command=f"mineralsdesk --db {args.db} check --verbose")
              + _restore_hint(args.db))
    return EXIT_OK if report.ok else EXIT_ERROR


def _restore_hint(db: Path) -> str:
    """' Newest good backup: ...; restore it with: ...' for a log in trouble (or that none was found)."""
    from .services.backups import newest_good_backup

    try:
        good = newest_good_backup(db, _PASSPHRASES.get("log"))
    except Exception:  # noqa: BLE001 - a hint must never hide the error it explains
        good = None
    if good is None:
        return " " + _m(QT_TRANSLATE_NOOP("Command line", "No good automatic backup of it was found."))
    return " " + _m(QT_TRANSLATE_NOOP("Command line", "Newest good backup: {path} ({taken} UTC); restore it with: "
                                      "{command}"), path=good.path, taken=f"{good.taken_at:%Y-%m-%d %H:%M}",
                    command=f"mineralsdesk --db {db} restore {good.path}")


def cmd_backup(args: argparse.Namespace) -> int:
    from .services.backups import backup_to_file

    _check_target(args, args.out, force=args.force)
    with _open(args, readonly=True) as log:
        out = backup_to_file(log, args.out, force=args.force)
        head = log.fingerprint()
    print(_m(QT_TRANSLATE_NOOP("Command line", "Backed up to {path} (head {head})"), path=out, head=head))
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError(QT_TRANSLATE_NOOP("Errors", "trust changes what the log's history vouches for; "
                                                 "confirm with --yes"))
        answer = input(_m(QT_TRANSLATE_NOOP("Command line", "Accept {path} as it is now, recording any difference "
                                            "from its history, and re-key it on this computer? [y/N] "), path=args.db))
        yes = {"y", "yes", _m(QT_TRANSLATE_NOOP("Command line", "y")).lower(),
               _m(QT_TRANSLATE_NOOP("Command line", "yes")).lower()}
        if answer.strip().lower() not in yes:
            print(_m(QT_TRANSLATE_NOOP("Command line", "Nothing changed.")))
            return EXIT_OK
    with _open(args) as log:
        count = log.trust()
        head = log.fingerprint()
    print(_m(QT_TRANSLATE_NOOP("Command line", "Trusted and re-keyed on this computer ({count} baseline entries "
                               "written); head {head}"), count=count, head=head))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .services.backups import restore_backup
    from .services.encryption import is_encrypted

    needed = is_encrypted(args.backup) or (args.db.exists() and is_encrypted(args.db))
    saved = restore_backup(args.db, args.backup, passphrase=_log_passphrase(args, force=needed))
    if saved:
        print(_m(QT_TRANSLATE_NOOP("Command line", "Restored {path} from {backup} (previous log kept as {saved})"),
                 path=args.db, backup=args.backup, saved=saved))
    else:
        print(_m(QT_TRANSLATE_NOOP("Command line", "Restored {path} from {backup}"), path=args.db, backup=args.backup))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    suffix = EXPORT_SUFFIXES[args.format]
    if args.format == "akn" and args.out.suffix.lower() in AKN_SUFFIXES:
        suffix = args.out.suffix
    _check_target(args, args.out, suffix)
    if args.format == "json":
        from .documents.dump.jsondump import write_dump

        with _open(args, readonly=True) as log:
            write_dump(log, args.out, audience=args.audience, plain=args.plain)
            if log.encrypted and args.plain:
                _warn(_m(QT_TRANSLATE_NOOP("Command line", "{path} is NOT encrypted (--plain): anyone with the file "
                                           "can read the log"), path=args.out))
        if args.audience == "internal":
            _warn(_m(QT_TRANSLATE_NOOP("Command line", "{path} is an INTERNAL dump (red lines, fallbacks, internal notes "
                                       "and the whole change history); do not send it outside the delegation (see "
                                       "--audience shareable)"), path=args.out))
    elif args.format == "pdf":
        from .documents.briefing.pdf import export_pdf

        password = _export_password(args)
        with _open(args, readonly=True) as log:
            minutes = None
            if args.minutes is not None:
                from .services import refs

                if args.track or args.topic or args.compare:
                    raise CommandError(QT_TRANSLATE_NOOP("Errors", "--minutes prints one round on its own: leave "
                                                         "out --track, --topic and --compare"))
                minutes = refs.round_(log, args.minutes).id
            export_pdf(log, args.out, audience=args.audience, paper=args.paper, marking=args.marking,
                       tracks=args.track, password=password, with_comments=args.with_comments,
                       topics=args.topic, compare=args.compare, minutes=minutes, lang=args.lang or system_language())
    elif args.format == "docx":
        from .documents.word.docx_out import export_docx

        with _open(args, readonly=True) as log:
            export_docx(log, args.out, track=args.track, audience=args.audience, compare=args.compare,
                        paper=args.paper, marking=args.marking, lang=args.lang or system_language())
    elif args.format == "akn":
        from .documents.akn.akn_out import export_akn

        with _open(args, readonly=True) as log:
            result = export_akn(log, args.out, track=args.track, round=args.round)
        print(_m(QT_TRANSLATE_NOOP("Command line", "Wrote {path}: {what}"), path=args.out,
                 what=result.describe(_MESSAGES["lang"])))
        return EXIT_OK
    elif args.format == "ics":
        from .documents.calendar.ics import export_ics

        with _open(args, readonly=True) as log:
            result = export_ics(log, args.out, audience=args.audience, tracks=args.track, reminder=args.reminder_days,
                                lang=args.lang or system_language())
        print(_m(QT_TRANSLATE_NOOP("Command line", "Wrote {path}: {what}"), path=args.out,
                 what=result.describe(_MESSAGES["lang"])))
        if result.left_out:
            left_out = result.left_out_line(_MESSAGES["lang"])
            print("mineralsdesk: " + _m(QT_TRANSLATE_NOOP("Command line", "note: {message} (an event needs a date)"),
                                        message=left_out[0].upper() + left_out[1:]), file=sys.stderr)
        return EXIT_OK
    else:
        from .documents.workbook.xlsx import export_xlsx

        password = _export_password(args)
        with _open(args, readonly=True) as log:
            export_xlsx(log, args.out, audience=args.audience, tracks=args.track, password=password,
                        lang=args.lang or system_language())
    print(_m(QT_TRANSLATE_NOOP("Command line", "Wrote {path} (password-protected)")
             if getattr(args, "password_file", None) else QT_TRANSLATE_NOOP("Command line", "Wrote {path}"),
             path=args.out))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from .services.backups import backup_before_import

    if args.format == "json":
        from .documents.dump.jsondump import import_dump, is_encrypted_dump

        with _open(args) as log:
            dump_key = log.open_options().passphrase if is_encrypted_dump(args.file) else None
            if is_encrypted_dump(args.file) and dump_key is None:
                dump_key = _log_passphrase(args, force=True, what=_m(QT_TRANSLATE_NOOP(
                    "Command line", "Passphrase of {name}: "), name=args.file.name))
            backup_before_import(log)
            note = import_dump(log, args.file, new_start=args.new_start, passphrase=dump_key)
        print(_m(QT_TRANSLATE_NOOP("Command line", "Imported {path}: {what}"), path=args.file, what=_error_line(note)))
        return EXIT_OK
    if args.format == "docx":
        return _import_docx(args)
    if args.format == "akn":
        from .documents.akn.akn_import import prepare_akn
        from .documents.akn.akn_in import read_akn

        akn = read_akn(args.file)  # a refused file leaves the log unopened: no backup, nothing written
        with _open(args, readonly=args.dry_run) as log:
            planned = prepare_akn(log, args.file, track=args.track, round_key=args.round, party=args.party, akn=akn)
            if not args.dry_run:  # every refusal came before the backup: nothing is written
                backup_before_import(log)
                planned.apply(log)
        print(planned.describe(_MESSAGES["lang"]))
        return EXIT_OK
    from .documents.workbook.xlsx_import import import_xlsx

    data = _unlocked_workbook(args)  # before anything is written: a wrong password leaves no backup either
    with _open(args, readonly=args.dry_run) as log:  # a dry run writes nothing anywhere: no backup either
        backup_before_import(log, dry_run=args.dry_run)
        report = import_xlsx(log, args.file, dry_run=args.dry_run, data=data)
    print(report.describe(_MESSAGES["lang"]))
    return EXIT_OK if report.ok else EXIT_ERROR


def _import_docx(args: argparse.Namespace) -> int:
    from .documents.word.docx_import import parse_authors, prepare_word
    from .services.backups import backup_before_import

    authors = parse_authors(args.author)
    with _open(args, readonly=args.dry_run) as log:
        planned = prepare_word(log, args.file, track=args.track, round_key=args.round, party=args.party,
                               authors=authors)  # every refusal comes before the backup: nothing is written
        if not args.dry_run:
            if planned.unmapped:
                planned.apply(log)  # refuses in one line, naming the authors
            backup_before_import(log)
            planned.apply(log)
    print(planned.describe(_MESSAGES["lang"]))
    return EXIT_OK


def _export_password(args: argparse.Namespace) -> str | None:
    from .documents.protect import read_password_file

    return read_password_file(args.password_file) if args.password_file else None


def _unlocked_workbook(args: argparse.Namespace):
    """A password-protected workbook decrypted in memory (never on disk); None for a plain one."""
    from .documents.protect import is_encrypted_workbook, read_password_file, unlock_workbook

    if not is_encrypted_workbook(args.file):
        return None
    if args.password_file:
        password = read_password_file(args.password_file, ImportRefused)
    elif sys.stdin.isatty():
        import getpass

        password = getpass.getpass(_m(QT_TRANSLATE_NOOP("Command line", "Password for {name}: "), name=args.file.name))
    else:
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "{name} is password-protected; give its password with "
                                             "--password-file F"), name=args.file.name)
    return unlock_workbook(args.file, password)


def cmd_gui(args: argparse.Namespace) -> int:
    from .gui.app import run
    from .services.encryption import PASSPHRASE_ENV, read_passphrase_file

    # An encrypted start-up log opens with --passphrase-file or $MINERALSDESK_PASSPHRASE when given (scripts, the
    # start-up benchmark); otherwise, or when it is wrong, the app asks in its dialog (never on the terminal).
    given = getattr(args, "passphrase_file", None)
    passphrase = read_passphrase_file(given) if given is not None else os.environ.get(PASSPHRASE_ENV) or None
    return run(args.db, exit_after_start=getattr(args, "exit_after_start", False), create_demo=args.db_is_default,
               passphrase=passphrase, pending_key=getattr(args, "pending_key", None))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init, "search": cmd_search, "compare": cmd_compare, "check": cmd_check, "backup": cmd_backup, "trust": cmd_trust, "restore": cmd_restore,
    "export": cmd_export, "import": cmd_import, "gui": cmd_gui,
    "members": lambda a: cmd_members(a), "minutes": lambda a: cmd_minutes(a), "comment": lambda a: cmd_comment(a),
    "comments": lambda a: cmd_comments(a), "assign": lambda a: cmd_assign(a),
}


# -- the round room: roster, minutes, comments, owners ------------------------------------------------------
def _round_room_commands(sub) -> None:
    m = sub.add_parser("members", help="the delegation roster (list it, or `members add NAME`)")
    ms = m.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    ma = ms.add_parser("add", help="add a member of our delegation")
    ma.add_argument("name")
    ma.add_argument("--initials", required=True, help="1 to 4 letters, unique")
    ma.add_argument("--role", default="")
    mi = sub.add_parser("minutes", help="the interventions noted at a round (list, `add`, `apply`)")
    mi.add_argument("--round", dest="round_ref", metavar="R", help="the round: TRACK NUMBER (e.g. 'MOU 2') or its id")
    mis = mi.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    add = mis.add_parser("add", help="note one intervention")
    add.add_argument("--round", dest="round_ref", metavar="R", required=True)
    add.add_argument("--clause", required=True, metavar="REF", help="the clause (REF or TRACK REF)")
    add.add_argument("--bracket", type=int, metavar="N", help="the clause's N-th open bracket (from 1)")
    add.add_argument("--party", required=True, type=str.upper)
    add.add_argument("--signal", required=True, help="supports, objects, proposes wording, reserves, asks for time")
    add.add_argument("--by", metavar="INITIALS", help="who noted it (a member of the roster)")
    add.add_argument("text", nargs="?", default="")
    ap = mis.add_parser("apply", help="show the stance and bracket changes the round's signals imply; apply them")
    ap.add_argument("--round", dest="round_ref", metavar="R", required=True)
    ap.add_argument("--yes", action="store_true", help="apply every proposal shown")
    c = sub.add_parser("comment", help="add a comment or reply, or resolve a thread")
    cs = c.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    ca = cs.add_parser("add", help="a comment on a clause, round, bracket (CLAUSE#N), commitment or track")
    ca.add_argument("--on", nargs=2, required=True, metavar=("KIND", "REF"))
    ca.add_argument("text")
    ca.add_argument("--shareable", action="store_true", help="may be printed in a shareable briefing")
    ca.add_argument("--reply-to", metavar="ID")
    ca.add_argument("--by", metavar="INITIALS")
    cr = cs.add_parser("resolve", help="mark a thread resolved")
    cr.add_argument("id")
    cl = sub.add_parser("comments", help="list comment threads (all, or those on one record)")
    cl.add_argument("--on", nargs=2, metavar=("KIND", "REF"))
    a = sub.add_parser("assign", help="give a clause or commitment an owner from the roster")
    a.add_argument("kind", choices=["clause", "commitment"])
    a.add_argument("ref")
    a.add_argument("member", help="initials (or '-' for nobody)")


def cmd_members(args: argparse.Namespace) -> int:
    if args.action == "add":
        with _open(args) as log:
            made = log.members.add(args.name, args.initials, role=args.role).record
        print(_m(QT_TRANSLATE_NOOP("Command line", "Added {initials} {name}"), initials=made.initials, name=made.name))
        return EXIT_OK
    with _open(args, readonly=True) as log:
        for m in log.members.list():
            print(f"{m.initials}\t{m.name}\t{m.role}"
                  + ("" if m.active else "\t" + _m(QT_TRANSLATE_NOOP("Command line", "(inactive)"))))
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    from .services import refs

    if args.round_ref is None:
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "give the round: --round TRACK NUMBER (e.g. --round 'MOU 2')"))
    with _open(args, readonly=args.action is None) as log:
        rnd = refs.round_(log, args.round_ref)
        if args.action == "add":
            clause = refs.clause(log, args.clause, rnd.track_id)
            bracket = refs.bracket(log, f"{clause.id}#{args.bracket}").id if args.bracket else None
            author = log.members.by_initials(args.by).id if args.by else None
            made = log.minutes.add(rnd.id, clause.id, args.party, args.signal, args.text, bracket_id=bracket,
                                   author=author).record
            print(_m(QT_TRANSLATE_NOOP("Command line", "Noted #{seq}: {party} {signal} {clause}"), seq=made.seq,
                     party=made.party, signal=made.signal, clause=clause.ref))
        elif args.action == "apply":
            proposals = log.minutes.proposals(rnd.id)
            for p in proposals:
                print(f"  {p.description}")
            if not proposals:
                print(_m(QT_TRANSLATE_NOOP("Command line", "Nothing to apply: positions and brackets already say "
                                           "what the minutes say")))
            elif args.yes:
                done = log.minutes.apply(rnd.id).record
                print(_m(QT_TRANSLATE_NOOP("Command line", "Applied {count} change(s)"), count=done.count))
            else:
                print(_m(QT_TRANSLATE_NOOP("Command line", "{count} change(s) proposed; run again with --yes to apply "
                                           "them all"), count=len(proposals)))
        else:
            clauses = {c.id: c.ref for c in log.clauses.list(rnd.track_id)}
            for i in log.minutes.list(rnd.id):
                print(f"{i.seq}\t{i.at}\t{clauses.get(i.clause_id, '?')}\t{i.party}\t{i.signal}\t{i.text}")
    return EXIT_OK


def cmd_comment(args: argparse.Namespace) -> int:
    from .services import refs

    with _open(args) as log:
        if args.action == "resolve":
            log.comments.resolve(args.id)
            print(_m(QT_TRANSLATE_NOOP("Command line", "Resolved")))
            return EXIT_OK
        kind, ref = args.on
        target = refs.target(log, kind, ref)
        author = log.members.by_initials(args.by).id if args.by else None
        made = log.comments.add(kind, target, args.text, author=author, parent_id=args.reply_to,
                                audience="shareable" if args.shareable else "internal").record
    print(_m(QT_TRANSLATE_NOOP("Command line", "Comment {id} ({audience})"), id=made.id, audience=made.audience))
    return EXIT_OK


def cmd_comments(args: argparse.Namespace) -> int:
    from .services import refs

    with _open(args, readonly=True) as log:
        target = refs.target(log, *args.on) if args.on else None
        names = {m.id: m.initials for m in log.members.list()}
        for thread in log.comments.threads(target):
            for n, c in enumerate(thread.comments):
                state = ((" " + _m(QT_TRANSLATE_NOOP("Command line", "[resolved]")) if c.resolved else "")
                         + (" " + _m(QT_TRANSLATE_NOOP("Command line", "[shareable]"))
                            if c.audience == "shareable" else ""))
                lead = "  > " if n else f"{c.target_kind} "
                print(f"{lead}{c.id} {names.get(c.author or '', '-')} {c.at}{state}: {c.text}")
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    from .services import refs

    with _open(args) as log:
        member = None if args.member == "-" else log.members.by_initials(args.member).id
        if args.kind == "clause":
            log.clauses.assign(refs.clause(log, args.ref).id, member)
        else:
            log.commitments.assign(refs.commitment(log, args.ref).id, member)
    print(_m(QT_TRANSLATE_NOOP("Command line", "Assigned {kind} {ref} to {member}"), kind=args.kind, ref=args.ref,
             member=args.member))
    return EXIT_OK


def _expected_errors() -> tuple[type[BaseException], ...]:
    from .errors import SyncError

    return (CommandError, LogError, InvalidInputError, DumpError, SearchSyntaxError, BracketError, NotFoundError,
            StaleEditError, AttachmentError, OSError, SyncError, *_export_errors())


def _export_errors() -> tuple[type[BaseException], ...]:
    return EXPORT_ERRORS


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `mineralsdesk FILE.mdesk` (a file manager's double-click) opens that log in the app.
    if len(argv) == 1 and argv[0].endswith(".mdesk") and not argv[0].startswith("-"):
        argv = ["--db", argv[0], "gui"]
    _MESSAGES["lang"] = normalise(_language_before_command(argv) or system_language())
    parser = build_parser(gui_only=opens_the_app(argv))
    args, extras = parser.parse_known_args(argv)
    if extras:  # search's query is optional (search --topic), so "-price" arrives here rather than as a missing query
        hint = _m(SEARCH_MINUS_HINT) if args.command == "search" and extras[0].startswith("-") else ""
        parser.error(_m(QT_TRANSLATE_NOOP("Command line", "unrecognized arguments: {arguments}"),
                        arguments=" ".join(extras)) + hint)
    args.db_is_default = args.db is None
    if args.db is None:
        args.db = default_log_path()
    command = args.command or "gui"
    if command not in ("init", "gui", "restore") and not args.db.exists():
        print("mineralsdesk: " + _m(QT_TRANSLATE_NOOP("Command line", "error: no log at {path} (create one with: "
                                                      "{command})"), path=args.db,
                                    command=f"mineralsdesk --db {args.db} init"), file=sys.stderr)
        return EXIT_ERROR
    try:
        _derive_ahead(args, command)
        code = COMMANDS[command](args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except KeyboardInterrupt:
        print("mineralsdesk: " + _m(QT_TRANSLATE_NOOP("Command line", "interrupted; nothing was left half-written")),
              file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - every failure becomes one line, never a traceback
        from .services.storage import damage_found

        # A page found damaged mid-command (a read-only open checks each page as it reads it).
        exc = damage_found(exc, args.db) or exc
        if isinstance(exc, _expected_errors()):
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else _error_line(exc)
            if isinstance(exc, OSError) and exc.filename:
                message = f"{message}: {exc.filename}"
            if isinstance(exc, _damage_errors()):
                message = message.rstrip(". ") + "." + _restore_hint(args.db)
            print("mineralsdesk: " + _m(QT_TRANSLATE_NOOP("Command line", "error: {message}"), message=message),
                  file=sys.stderr)
            return EXIT_ERROR
        where = _write_crash_report(exc)
        print("mineralsdesk: " + _m(QT_TRANSLATE_NOOP("Command line", "unexpected error ({kind}); details in {path}"),
                                    kind=type(exc).__name__, path=where), file=sys.stderr)
        return EXIT_ERROR


def _warn(message: str) -> None:
    print("mineralsdesk: " + _m(QT_TRANSLATE_NOOP("Command line", "warning: {message}"), message=message),
          file=sys.stderr)


def _damage_errors() -> tuple[type[BaseException], ...]:
    return (DamagedLogError,)


def _closed_pipe() -> int:
    """stdout was closed by its reader (`| head`): a normal end. Point stdout at /dev/null so the
    interpreter's final flush does not complain, and exit 0 quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return EXIT_OK


def _write_crash_report(exc: BaseException) -> Path:
    from .errorlog import write_report
    from .paths import error_log_path

    try:
        return write_report(exc)
    except OSError:
        return error_log_path()


# -- encryption at rest: passphrases from a no-echo prompt, --passphrase-file or the environment, never argv --
_PASSPHRASES: dict[str, str] = {}  # this process's passphrases, in memory only


def _encryption_commands(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("encrypt", help="encrypt a plain log with a passphrase (asked twice), atomically")
    sub.add_parser("decrypt", help="make an encrypted log plain again, atomically")
    change = sub.add_parser("change-passphrase", help="re-encrypt an encrypted log under a new passphrase (the new "
                            "one from --new-passphrase-file, $MINERALSDESK_NEW_PASSPHRASE or a prompt), atomically")
    change.add_argument("--new-passphrase-file", metavar="FILE", type=Path, help="read the new passphrase from FILE")


def _log_passphrase(args: argparse.Namespace, *, force: bool = False, what: str = "") -> str | None:
    """The log's passphrase when it is encrypted (or `force`): --passphrase-file, $MINERALSDESK_PASSPHRASE, or
    a no-echo prompt on a terminal; None for a plain log."""
    from .services.encryption import PASSPHRASE_ENV, is_encrypted, read_passphrase_file

    if not force and not (args.db.exists() and is_encrypted(args.db)):
        return None
    if "log" in _PASSPHRASES:
        return _PASSPHRASES["log"]
    if getattr(args, "passphrase_file", None) is not None:
        found = read_passphrase_file(args.passphrase_file)
    elif os.environ.get(PASSPHRASE_ENV):
        found = os.environ[PASSPHRASE_ENV]
    elif sys.stdin.isatty():
        import getpass

        found = getpass.getpass(what or _m(QT_TRANSLATE_NOOP("Command line", "Passphrase of {name}: "),
                                           name=args.db.name))
    else:
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "{name} is encrypted: give its passphrase with "
                                             "--passphrase-file FILE or ${variable}"), name=args.db.name,
                           variable=PASSPHRASE_ENV)
    _PASSPHRASES["log"] = found
    return found


# Commands that key the log (or a new one) with the passphrase itself rather than through Log.open.
_OWN_KEYING = ("init", "restore", "encrypt", "decrypt", "change-passphrase")


def _derive_ahead(args: argparse.Namespace, command: str) -> None:
    """Start the encrypted log's key derivation (PBKDF2: 0.2-0.4 s) in the background when its passphrase is given
    for scripts (--passphrase-file, $MINERALSDESK_PASSPHRASE), before the command or the app imports its modules
    and builds its window; `Log.open` takes the key as `args.pending_key` (services.encryption.derive_ahead).
    A passphrase file that cannot be read is left for the command to report, as before."""
    args.pending_key = None
    if command in _OWN_KEYING:
        return
    from .services.encryption import PASSPHRASE_ENV, derive_ahead, read_passphrase_file

    given = getattr(args, "passphrase_file", None)
    if given is None and not os.environ.get(PASSPHRASE_ENV):
        return
    try:
        passphrase = read_passphrase_file(given) if given is not None else os.environ[PASSPHRASE_ENV]
    except PassphraseError:
        return
    args.pending_key = derive_ahead(passphrase, args.db)


def _new_passphrase(args: argparse.Namespace, env: str = "", from_file: bool = True) -> str:
    """A new passphrase: from --passphrase-file or the environment for scripts, else asked twice without echo;
    its strength is shown in one line and under 10 characters it is refused."""
    from .services.encryption import PASSPHRASE_ENV, check_passphrase, read_passphrase_file, strength

    env = env or PASSPHRASE_ENV
    if from_file and getattr(args, "passphrase_file", None) is not None:
        return check_passphrase(read_passphrase_file(args.passphrase_file))
    if os.environ.get(env):
        return check_passphrase(os.environ[env])
    if not sys.stdin.isatty():
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "give the new passphrase with --passphrase-file FILE or "
                                             "${variable} (no terminal to ask on)"), variable=env)
    import getpass

    first = getpass.getpass(_m(QT_TRANSLATE_NOOP("Command line", "New passphrase for {name} (at least 10 "
                                                 "characters): "), name=args.db.name))
    print(_m(QT_TRANSLATE_NOOP("Command line", "Passphrase: {strength}"), strength=strength(first)), file=sys.stderr)
    check_passphrase(first)
    if getpass.getpass(_m(QT_TRANSLATE_NOOP("Command line", "The same passphrase again: "))) != first:
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "The two passphrases differ; nothing was changed"))
    return first


def cmd_encrypt(args: argparse.Namespace) -> int:
    import shlex

    from .services.encryption import encrypt_log

    remaining = encrypt_log(args.db, _new_passphrase(args))
    print(_m(QT_TRANSLATE_NOOP("Command line", "Encrypted {path}"), path=args.db))
    if remaining:
        print(_m(QT_TRANSLATE_NOOP("Command line", "{count} automatic backup(s) of it taken before are NOT "
                                   "encrypted:"), count=len(remaining)))
        for path in remaining:
            print(f"  {path}")
        print(_m(QT_TRANSLATE_NOOP("Command line", "Remove them with: {command}"),
                 command="rm -- " + " ".join(shlex.quote(str(p)) for p in remaining)))
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    from .services.encryption import decrypt_log, is_encrypted

    if not is_encrypted(args.db):
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "{name} is not encrypted; nothing was changed"),
                           name=args.db.name)
    decrypt_log(args.db, _log_passphrase(args, force=True))
    print(_m(QT_TRANSLATE_NOOP("Command line", "Decrypted {path}: it is now readable by anyone with the file (its "
                               "backups stay encrypted)"), path=args.db))
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from .services.encryption import (
        NEW_PASSPHRASE_ENV,
        change_passphrase,
        check_passphrase,
        is_encrypted,
        read_passphrase_file,
    )

    if not is_encrypted(args.db):
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "{name} is not encrypted; encrypt it with: mineralsdesk "
                                             "encrypt"), name=args.db.name)
    old = _log_passphrase(args, force=True)
    if args.new_passphrase_file is not None:
        new = check_passphrase(read_passphrase_file(args.new_passphrase_file))
    else:
        new = _new_passphrase(args, NEW_PASSPHRASE_ENV, from_file=False)
    change_passphrase(args.db, old, new)
    print(_m(QT_TRANSLATE_NOOP("Command line", "Changed the passphrase of {path} (backups taken before keep the old "
                               "one)"), path=args.db))
    return EXIT_OK


COMMANDS.update({"encrypt": cmd_encrypt, "decrypt": cmd_decrypt, "change-passphrase": cmd_change_passphrase})


def _attachment_commands(sub: argparse._SubParsersAction) -> None:
    a = sub.add_parser("attach", help="attach a file (PDF, Word, Excel, text, image) to a track, round, clause or "
                       "commitment; its text becomes searchable")
    a.add_argument("file", type=Path, help="the file to attach")
    a.add_argument("--to", nargs=2, required=True, metavar=("KIND", "REF"),
                   help="track REF | round TRACK:NUMBER | clause TRACK:REF | commitment ID")
    a.add_argument("--audience", choices=("internal", "shareable"), default="internal",
                   help="who may see it in documents (default internal)")
    ls = sub.add_parser("attachments", help="list attached files")
    ls.add_argument("--to", nargs=2, metavar=("KIND", "REF"), help="only those on one record (as for attach)")
    save = sub.add_parser("attachment", help="work with one attached file")
    sv = save.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    out = sv.add_parser("save", help="write the attached file out, byte for byte")
    out.add_argument("id", help="the attachment's id (or its first 6+ characters)")
    out.add_argument("out", type=Path, help="the file to write")
    d = sub.add_parser("detach", help="remove an attached file (its content goes when nothing else uses it)")
    d.add_argument("id", help="the attachment's id (or its first 6+ characters)")


def _attachment_target(log, to: list[str]) -> tuple[str, str]:
    kind, ref = to
    if kind not in ("track", "round", "clause", "commitment"):
        raise CommandError(QT_TRANSLATE_NOOP("Errors", "Cannot attach to {kind}; use track, round, clause or "
                                             "commitment"), kind=repr(kind))
    return kind, log.attachments.resolve_target(kind, ref)


def _note(note: str) -> str:
    """Why an attachment's text is not indexed, in the messages' language (the log keeps the English note)."""
    from .services.extract import shown_note

    return shown_note(note, _MESSAGES["lang"])


def cmd_attach(args: argparse.Namespace) -> int:
    with _open(args) as log:
        kind, target = _attachment_target(log, args.to)
        made = log.attachments.add(args.file, target_kind=kind, target_id=target, audience=args.audience).record
        info = log.attachments.content_info(made)
    state = (_m(QT_TRANSLATE_NOOP("Command line", "indexed")) if info and info.indexed
             else (_note(info.text_note if info else "") or _m(QT_TRANSLATE_NOOP("Command line", "not indexed"))))
    print(_m(QT_TRANSLATE_NOOP("Command line", "Attached {name} ({size} bytes, {audience}) as {id}; {state}"),
             name=made.name, size=f"{made.size:,}", audience=made.audience, id=made.id[:8], state=state))
    return EXIT_OK


def cmd_attachments(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as log:
        if args.to:
            kind, target = _attachment_target(log, args.to)
            found = log.attachments.list(kind, target)
        else:
            found = log.attachments.list()
        for a in found:
            info = log.attachments.content_info(a)
            state = (_m(QT_TRANSLATE_NOOP("Command line", "indexed")) if info and info.indexed
                     else (_note(info.text_note) if info else _m(QT_TRANSLATE_NOOP("Command line", "content missing"))))
            print(f"{a.id[:8]}  {a.name[:40]:<40} {a.size:>12,}  {a.audience.value:<9}  "
                  f"{log.attachments.target_label(a)[:40]:<40}  {state}")
    if not found:
        print(_m(QT_TRANSLATE_NOOP("Command line", "No attachments.")), file=sys.stderr)
    return EXIT_OK


def cmd_attachment(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as log:
        attachment = log.attachments.by_id_prefix(args.id)
        out = log.attachments.save_to(attachment.id, args.out)
    print(_m(QT_TRANSLATE_NOOP("Command line", "Wrote {path} ({size} bytes)"), path=out, size=f"{attachment.size:,}"))
    return EXIT_OK


def cmd_detach(args: argparse.Namespace) -> int:
    with _open(args) as log:
        attachment = log.attachments.by_id_prefix(args.id)
        log.attachments.delete(attachment.id)
    print(_m(QT_TRANSLATE_NOOP("Command line", "Removed {name} ({id})"), name=attachment.name, id=attachment.id[:8]))
    return EXIT_OK


COMMANDS.update({"attach": cmd_attach, "attachments": cmd_attachments, "attachment": cmd_attachment,
                 "detach": cmd_detach})


# -- delegation sync: files for colleagues' laptops, the merge, the conflict queue (docs/sync.md) ---------------
SYNC_PASSPHRASE_ENV = "MINERALSDESK_SYNC_PASSPHRASE"


def _sync_commands(sub: argparse._SubParsersAction) -> None:
    cl = sub.add_parser("clone", help="make a colleague's copy of this log (its own device id, the same delegation)")
    cl.add_argument("out", type=Path, help="the copy to write")
    cl.add_argument("--name", default="", help="the colleague's name (how `sync export --for` names them)")
    sy = sub.add_parser("sync", help="exchange changes with colleagues' laptops as sealed files")
    sy.add_argument("--sync-passphrase-file", metavar="FILE", type=Path,
                    help="the delegation's sync passphrase (else $MINERALSDESK_SYNC_PASSPHRASE; an encrypted log "
                    "uses its own passphrase)")
    ss = sy.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    ex = ss.add_parser("export", help="write what a colleague has not yet received")
    ex.add_argument("out", type=Path)
    ex.add_argument("--for", dest="colleague", required=True, help="the colleague's name or device id")
    im = ss.add_parser("import", help="merge a colleague's sync file (one transaction)")
    im.add_argument("file", type=Path)
    im.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    ss.add_parser("conflicts", help="list the open conflicts")
    ss.add_parser("peers", help="the colleagues this laptop exchanges with, and when it last did")
    rs = ss.add_parser("resolve", help="settle one conflict")
    rs.add_argument("id", type=_positive_int)
    how = rs.add_mutually_exclusive_group(required=True)
    how.add_argument("--ours", action="store_const", const="ours", dest="choice")
    how.add_argument("--theirs", action="store_const", const="theirs", dest="choice")
    how.add_argument("--value", metavar="TEXT")


def _sync_passphrase(args: argparse.Namespace) -> str | None:
    from .services.encryption import read_passphrase_file

    if getattr(args, "sync_passphrase_file", None) is not None:
        return read_passphrase_file(args.sync_passphrase_file)
    return os.environ.get(SYNC_PASSPHRASE_ENV) or None


def cmd_clone(args: argparse.Namespace) -> int:
    from .services.sync import identity

    _check_target(args, args.out)
    with _open(args) as log:
        out = identity.clone(log, args.out, colleague=args.name)
    print(_m(QT_TRANSLATE_NOOP("Command line", "Colleague's copy written to {path}; give it to them with the "
                               "delegation's sync passphrase"), path=out))
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from .services.sync import exchange

    with _open(args, readonly=args.action in ("conflicts", "peers")) as log:
        if args.action == "export":
            _check_target(args, args.out)
            out = exchange.export(log, args.out, args.colleague, passphrase=_sync_passphrase(args))
            print(_m(QT_TRANSLATE_NOOP("Command line", "Sync file for {colleague} written to {path} ({size} bytes)"),
                     colleague=args.colleague, path=out, size=out.stat().st_size))
        elif args.action == "import":
            result = exchange.import_file(log, args.file, passphrase=_sync_passphrase(args), dry_run=args.dry_run)
            print(result.summary(_MESSAGES["lang"]))
            for line in result.report.conflict_lines:
                print("  " + _m(QT_TRANSLATE_NOOP("Command line", "conflict: {line}"), line=_error_line(line)))
        elif args.action == "conflicts":
            found = exchange.conflicts(log)
            for c in found:
                print(f"{c.id}\t{c.entity} {c.entity_id} {c.field}\t" + _m(QT_TRANSLATE_NOOP(
                    "Command line", "base {base}\tours {ours}\ttheirs {theirs}"), base=repr(c.base),
                    ours=repr(c.ours), theirs=repr(c.theirs)))
            print(_m(QT_TRANSLATE_NOOP("Command line", "{count} open conflict(s)"), count=len(found)))
        elif args.action == "peers":
            for p in exchange.peers(log):
                print(f"{p.name}\t{p.device_id[:8]}\t" + _m(QT_TRANSLATE_NOOP(
                    "Command line", "sent {sent}\treceived {received}\tlast synced {when}"), sent=p.last_sent_seq,
                    received=p.last_received_seq,
                    when=p.last_synced_at or _m(QT_TRANSLATE_NOOP("Command line", "never"))))
        else:
            choice = args.choice or "value"
            exchange.resolve(log, args.id, choice=choice, value=args.value)
            print(_m(QT_TRANSLATE_NOOP("Command line", "Conflict {id} settled ({choice})"), id=args.id, choice=choice))
    return EXIT_OK


COMMANDS.update({"clone": cmd_clone, "sync": cmd_sync})


def gui_main() -> int:
    """Entry point of the `mineralsdesk-gui` launcher: the desktop app, with any arguments given."""
    return main(sys.argv[1:])  # no command means the desktop app


if __name__ == "__main__":
    sys.exit(main())
