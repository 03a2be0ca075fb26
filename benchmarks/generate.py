"""Generator of realistic benchmark logs (1k, 10k, 100k clause versions), built through the services API.

Every record goes in through `Log` (tracks.add, rounds.add, clauses.add, clauses.revise, positions.set,
clauses.set_status, commitments.add ...), so the change log, bracket reconciliation and the search index
are the real ones. Chunks of work share one `with log.write("benchmark")` transaction. Logs are cached
under benchmarks/data/ keyed by size, generator version and schema version.

    python benchmarks/generate.py --size 10000      # build (or reuse) one log and print its path
    python benchmarks/generate.py --size 10000 --encrypted   # its encrypted copy (encryption.encrypt_log)
"""

from __future__ import annotations

import glob
import hashlib
import os
import random
import re
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA_DIR, size_arg
from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations

GENERATOR_VERSION = 2  # 2: creation entries for every field, keyed head
VERSIONS_PER_CLAUSE = 4  # on average: a clause goes through about four texts over its rounds
CLAUSES_PER_CHUNK = 250
# Bigger sizes that are a multiple of this one are cloned from its cached log (clone.py): minutes, not hours.
CLONE_BASE = 100_000

MINERALS = ["lithium", "cobalt", "nickel", "graphite", "manganese", "copper", "gallium", "germanium",
            "tungsten", "antimony", "NdPr oxide", "dysprosium", "terbium", "rare earths", "vanadium", "platinum"]
TOPICS = ["joint projects", "price support", "market protection", "export-restriction exemptions",
          "R&D and innovation", "stockpiling", "response group", "other"]
PLACES = ["Brussels", "Washington", "Tokyo", "Mexico City", "Geneva", "Ottawa", "Osaka", "Monterrey", "Lisbon"]
PARTIES = ["US", "EU", "JP", "MX"]
PAIRINGS = [["US", "EU"], ["US", "EU", "JP"], ["US", "MX"], ["EU", "JP"], ["EU", "MX"], ["US", "JP"]]
KINDS = ["memorandum of understanding", "roadmap", "action plan", "joint declaration", "framework agreement"]
INSTRUMENTS = ["Memorandum of Understanding", "Strategic Partnership Roadmap", "Action Plan",
               "Joint Declaration", "Framework for Supply-Chain Resilience", "Work Programme"]

SUBJECTS = ["The Participants", "Each Participant", "The Parties", "The Participants, acting through the "
            "response group,", "The competent authorities of each Participant", "The Participants jointly"]
MODALS = [("shall", "should"), ("will", "intend to"), ("shall", "may"), ("undertake to", "endeavour to"),
          ("commit to", "consider measures to")]
ACTIONS = {
    "joint projects": ["identify and co-finance {m} extraction and processing projects",
                       "establish a pipeline of joint {m} refining projects",
                       "support permitting of strategic {m} projects in third countries"],
    "price support": ["explore a reference price mechanism for {m}",
                      "establish a price floor for {m} produced by trusted suppliers",
                      "coordinate offtake agreements for {m} at sustainable prices"],
    "market protection": ["address oversupply of {m} from non-market economies",
                          "apply trade defence instruments against dumped {m}",
                          "share information on market manipulation affecting {m}"],
    "export-restriction exemptions": ["exempt each other from export restrictions on raw {m}",
                                      "refrain from introducing new export duties on {m} concentrates",
                                      "grant licences for {m} exports to the other Participant"],
    "R&D and innovation": ["fund joint research on substitution of {m}",
                           "cooperate on recycling technologies for {m}",
                           "exchange researchers working on {m} processing"],
    "stockpiling": ["coordinate the release of {m} from national stockpiles",
                    "build up a strategic reserve of {m}",
                    "share data on stockpile levels of {m}"],
    "response group": ["convene the response group on {m} supply disruptions",
                       "notify the response group of any disruption in {m} deliveries",
                       "develop joint stress tests for {m} supply chains"],
    "other": ["review the implementation of this provision on {m}",
              "report annually on progress regarding {m}",
              "consult each other on measures concerning {m}"],
}
HEADINGS = {
    "joint projects": ["Joint projects", "Project pipeline", "Co-financing of projects"],
    "price support": ["Price support", "Reference prices", "Offtake arrangements"],
    "market protection": ["Oversupply", "Market manipulation", "Trade defence"],
    "export-restriction exemptions": ["Export restrictions", "Export licences", "Export duties"],
    "R&D and innovation": ["Research cooperation", "Recycling", "Substitution research"],
    "stockpiling": ["Stockpiles", "Strategic reserves", "Release coordination"],
    "response group": ["Response group", "Disruption alerts", "Stress tests"],
    "other": ["Review", "Reporting", "Consultations"],
}
TIMES = [("within 30 days", "within 60 days"), ("by the end of 2026", "by mid-2027"),
         ("within three months", "within six months"), ("without delay", "as soon as practicable")]
QUALIFIERS = ["in accordance with their respective laws and regulations",
              "subject to the availability of appropriated funds",
              "consistent with their obligations under the WTO Agreement",
              "taking into account the interests of trusted partners",
              "including through their development finance institutions",
              ", in particular where used as an instrument of coercion"]
NOTES = ["Prefers softer wording", "Wants a firm deadline", "Needs capital approval", "Linked to the stockpile talks",
         "Can move if the response group article is agreed", "Awaits interagency clearance"]
STANCES = ["supports", "accepts with amendments", "reserves", "opposes", "no position"]
_STATUS_PATHS = {
    "drafted": [], "proposed": ["proposed"], "under negotiation": ["proposed", "under negotiation"],
    "bracketed": ["proposed", "under negotiation", "bracketed"],
    "agreed ad referendum": ["proposed", "under negotiation", "agreed ad referendum"],
    "agreed": ["proposed", "under negotiation", "agreed ad referendum", "agreed"],
    "dropped": ["proposed", "dropped"],
}
STATUS_WEIGHTS = {"drafted": 1, "proposed": 2, "under negotiation": 4, "bracketed": 4, "agreed ad referendum": 2,
                  "agreed": 3, "dropped": 1}


def cached_path(size: int) -> Path:
    """Keyed by size, generator version and the schema (a migration that changes what a log holds makes a new
    log; a reworded message in migrations.py does not)."""
    return DATA_DIR / f"log-{size}-g{GENERATOR_VERSION}-s{migrations.SCHEMA_VERSION}-{schema_key()}.mdesk"


@lru_cache(maxsize=1)
def schema_key() -> str:
    """The schema a new log is made with (every table, index, trigger and view's SQL, sorted), hashed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.mdesk"
        with Log.create(path, our_party="EU", log_name="schema", delegation="schema", user_name="schema"):
            pass
        db = sqlite3.connect(path)
        try:
            rows = db.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")
            text = "\n".join(f"{kind} {name} {sql}" for kind, name, sql in rows)
        finally:
            db.close()
    return hashlib.sha1(text.encode()).hexdigest()[:8]


BENCH_PASSPHRASE = "benchmark passphrase, not a secret"


def encrypted_path(size: int) -> Path:
    """Where the encrypted copy of the cached log of `size` is kept (same key as the plain one, plus -enc): the copy of
    the log with attachments when ATTACHED_MB_ENV is set, as ensure_log hands that one out."""
    plain = cached_path(size)
    if os.environ.get(ATTACHED_MB_ENV):
        from benchmarks.attachments_data import attached_path

        plain = attached_path(size, int(os.environ[ATTACHED_MB_ENV]))
    return plain.with_name(f"{plain.stem}-enc{plain.suffix}")


def ensure_encrypted_log(size: int, *, quiet: bool = False) -> Path:
    """The cached log of `size`, encrypted with BENCH_PASSPHRASE through services.encryption (cached too)."""
    import shutil

    from mineralsdesk.services import encryption

    path = encrypted_path(size)
    if not path.exists() and not upgrade_older(path, passphrase=BENCH_PASSPHRASE):
        plain = ensure_log(size, quiet=quiet)
        tmp = path.with_name(path.stem + "-partial.mdesk")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        shutil.copyfile(plain, tmp)
        start = time.perf_counter()
        encryption.encrypt_log(tmp, BENCH_PASSPHRASE)
        tmp.rename(path)
        if not quiet:
            print(f"encrypted {path.name} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return path


ATTACHED_MB_ENV = "MINERALSDESK_BENCH_ATTACHED_MB"  # set: hand out the log with 1,000 attachments of this many MB


def ensure_log(size: int, *, quiet: bool = False) -> Path:
    """The cached log of `size` clause versions, generated first if it is not there (with attachments when
    ATTACHED_MB_ENV is set: bench_attachments.py runs every measure on that log too)."""
    if os.environ.get(ATTACHED_MB_ENV):
        from benchmarks.attachments_data import ensure_attached_log

        return ensure_attached_log(size, int(os.environ[ATTACHED_MB_ENV]), quiet=quiet)
    path = cached_path(size)
    if not path.exists() and not upgrade_older(path):
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".partial")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        start = time.perf_counter()
        if size > CLONE_BASE and size % CLONE_BASE == 0:
            from benchmarks.clone import clone_log

            base = ensure_log(CLONE_BASE, quiet=quiet)
            clone_log(base, tmp, size // CLONE_BASE, log_name=log_name(size))
        else:
            generate(tmp, size)
        tmp.rename(path)
        if not quiet:
            print(f"generated {path.name} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return path


def upgrade_older(path: Path, *, passphrase: str | None = None) -> bool:
    """Make the cached log `path` from the same cached log under an earlier schema, if one is there: moved to
    `path` and migrated, as the app migrates a user's log on open (without the backup the app takes first: the
    cache can be made again). The same records as making it anew, in seconds to minutes instead of the 24
    minutes the 100k log takes to generate (the 1M clone: 11). False when there is none."""
    from mineralsdesk.store import database

    name = re.fullmatch(r"(.*-s)\d+((?:-[0-9a-f]{8})?)(.*)", path.stem)
    if name is None:
        return False
    prefix, _, rest = name.groups()
    found = []
    for candidate in DATA_DIR.glob(f"{glob.escape(prefix)}*.mdesk"):
        match = re.fullmatch(re.escape(prefix) + r"(\d+)(?:-[0-9a-f]{8})?" + re.escape(rest), candidate.stem)
        if match and int(match.group(1)) < migrations.SCHEMA_VERSION:
            found.append((int(match.group(1)), candidate))
    if not found:
        return False
    older = max(found)[1]
    start = time.perf_counter()
    db = database.open_database(older, key=passphrase)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(older) + suffix).unlink(missing_ok=True)
    partial = path.with_name(path.stem + "-upgrading.mdesk")
    older.rename(partial)
    db = database.open_database(partial, key=passphrase)
    try:
        migrations.migrate(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    print(f"migrated {older.name} to {path.name} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return True


class _Text:
    """The evolving text of one clause: slots that start bracketed and are settled round by round."""

    def __init__(self, rng: random.Random, topic: str, minerals: list[str]):
        self.rng = rng
        mineral = " and ".join(minerals) if minerals else "critical minerals"
        modal = rng.choice(MODALS)
        when = rng.choice(TIMES)
        self.parts: list[tuple[str, list[str]]] = [
            (rng.choice(SUBJECTS), []),
            ("", list(modal)),
            (rng.choice(ACTIONS[topic]).format(m=mineral), []),
            ("", list(when)),
        ]
        if rng.random() < 0.6:
            self.parts.append(("", [rng.choice(QUALIFIERS)]))
        self.settled: dict[int, str] = {}

    def render(self) -> str:
        words = []
        for i, (plain, options) in enumerate(self.parts):
            if plain:
                words.append(plain)
            elif i in self.settled:
                if self.settled[i]:
                    words.append(self.settled[i])
            else:
                words.append("[" + " / ".join(options) + "]")
        return " ".join(words).replace(" ,", ",") + "."

    def settle_some(self) -> None:
        """A round settles about half of the open brackets (one option kept, or a lone bracket dropped)."""
        for i, (plain, options) in enumerate(self.parts):
            if not plain and i not in self.settled and self.rng.random() < 0.5:
                self.settled[i] = self.rng.choice(options) if len(options) > 1 or self.rng.random() < 0.7 else ""


def log_name(size: int) -> str:
    return f"Benchmark log ({size:,} versions)"


def generate(path: Path, size: int, *, seed: int = 7) -> None:
    """Build a log with about `size` clause versions at `path` (which must not exist)."""
    rng = random.Random(seed)
    n_clauses = max(1, size // VERSIONS_PER_CLAUSE)
    n_tracks = max(4, size // 2500)
    with Log.create(path, our_party="EU", log_name=log_name(size),
                    delegation="EU delegation (benchmark)", user_name="Benchmark") as log:
        log.source = "benchmark"
        start = date(2026, 2, 4)
        with log.write("benchmark"):
            anchor = log.anchors.add("Joint press statement (US, EU, Japan)", start).record
            tracks = []
            for t in range(n_tracks):
                parties = PAIRINGS[t % len(PAIRINGS)]
                track = log.tracks.add(f"T{t + 1:03d}", f"{' – '.join(parties)} {INSTRUMENTS[t % len(INSTRUMENTS)]} "
                                      f"({2026 + t // 10})", kind=KINDS[t % len(KINDS)], parties=parties,
                                      target_date=start + timedelta(days=90 + 30 * t),
                                      description="Benchmark track: generated wording, illustrative only.").record
                rounds = []
                day = start + timedelta(days=t * 11)
                for n in range(rng.randint(10, 16)):
                    day += timedelta(days=rng.randint(7, 28))
                    rnd = log.rounds.add(track.id, day, place=rng.choice(PLACES), video=rng.random() < 0.3,
                                        participants=", ".join(parties), illustrative=True,
                                        summary=f"Round {n + 1}: reading of the consolidated text on "
                                                f"{rng.choice(TOPICS)} and {rng.choice(MINERALS)}.",
                                        outcomes=f"{rng.randint(1, 6)} articles settled; brackets remain on "
                                                 f"{rng.choice(TOPICS)}.").record
                    for _ in range(rng.randint(1, 3)):
                        log.actions.add(rnd.id, rng.choice(parties), f"Send revised wording on {rng.choice(MINERALS)} "
                                       f"{rng.choice(TOPICS)}", due=day + timedelta(days=rng.randint(5, 30)),
                                       done=rng.random() < 0.6)
                    rounds.append(rnd)
                tracks.append((track, parties, rounds))
            for k in range(max(4, size // 50)):
                track, parties, rounds = rng.choice(tracks)
                log.commitments.add(rng.choice(parties), f"Deliver the {rng.choice(TOPICS)} annex on "
                                   f"{rng.choice(MINERALS)}", source_kind="round",
                                   source=f"{track.ref} round {rng.randint(1, len(rounds))}", track_id=track.id,
                                   anchor_id=anchor.id if k % 3 == 0 else None,
                                   offset_days=30 * (1 + k % 6) if k % 3 == 0 else 0,
                                   due_date=None if k % 3 == 0 else start + timedelta(days=rng.randint(20, 700)),
                                   state=rng.choice(["open", "on track", "at risk", "met", "missed"]))
        made = 0
        while made < n_clauses:
            with log.write("benchmark"):
                for _ in range(min(CLAUSES_PER_CHUNK, n_clauses - made)):
                    made += 1
                    _clause(log, rng, tracks[made % len(tracks)], made)
        log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _clause(log: Log, rng: random.Random, track_info: tuple, serial: int) -> None:
    track, parties, rounds = track_info
    topic = rng.choice(TOPICS)
    minerals = rng.sample(MINERALS, rng.randint(0, 2))
    text = _Text(rng, topic, minerals)
    # Between one and seven versions, about four on average, each in a later round than the one before.
    n_versions = min(len(rounds), max(1, round(rng.triangular(1, 7, VERSIONS_PER_CLAUSE))))
    first = rng.randint(0, len(rounds) - n_versions)
    used = sorted(rng.sample(range(first, len(rounds)), n_versions))
    ref = f"Art. {serial // 10 + 1}.{serial % 10 + 1}"
    title = f"{rng.choice(HEADINGS[topic])} ({', '.join(minerals) or 'critical minerals'})"
    clause = log.clauses.add(track.id, ref, title, text.render(), party=rng.choice(parties),
                            round_id=rounds[used[0]].id, topic=topic, minerals=minerals).record
    for r in used[1:]:
        text.settle_some()
        log.clauses.revise(clause.id, text.render(), round_id=rounds[r].id, party=rng.choice(parties))
    status = rng.choices(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))[0]
    for step in _STATUS_PATHS[status]:
        log.clauses.set_status(clause.id, step)
    last = rounds[used[-1]].id
    for party in rng.sample(parties, min(len(parties), rng.randint(1, 3))):
        ours = party == "EU"
        log.positions.set(clause.id, party, last, rng.choice(STANCES), note=rng.choice(NOTES),
                         red_line=f"No binding {rng.choice(MINERALS)} price floor" if ours and rng.random() < 0.3 else "",
                         fallback="Accept a feasibility study instead" if ours and rng.random() < 0.3 else "",
                         internal_note=rng.choice(NOTES) if ours and rng.random() < 0.5 else "")


if __name__ == "__main__":
    for n in size_arg(default=1_000):
        print(ensure_encrypted_log(n) if "--encrypted" in sys.argv else ensure_log(n))
