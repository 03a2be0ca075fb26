"""The encrypted benchmark's plumbing: its cached encrypted copy of a log, and how the runner judges its lines
(each at most 1.3x the same log plain; the key derivation and a second connection reported only)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import generate, run
from mineralsdesk.services import encryption
from mineralsdesk.services.log import Log


def test_the_encrypted_copy_is_made_once_from_the_cached_plain_log(tmp_path: Path, monkeypatch):
    plain = tmp_path / "log-5.mdesk"
    Log.create(plain, log_name="bench").close()
    monkeypatch.setattr(generate, "cached_path", lambda size: plain)
    monkeypatch.setattr(generate, "ensure_log", lambda size, quiet=False: plain)
    made = generate.ensure_encrypted_log(5, quiet=True)
    assert made == tmp_path / "log-5-enc.mdesk"
    assert encryption.is_encrypted(made) and not encryption.is_encrypted(plain)
    with Log.open(made, readonly=True, passphrase=generate.BENCH_PASSPHRASE) as log:
        assert log.settings.log_name == "bench"
    stamp = made.stat().st_mtime_ns
    assert generate.ensure_encrypted_log(5, quiet=True) == made and made.stat().st_mtime_ns == stamp


def test_the_runner_judges_encrypted_lines_against_plain():
    rows = [["encrypted: key derivation, PBKDF2 (ms)", "1000", "300.00", "-", "-"],
            ["encrypted: clauses: reopen (another connection) (services, ms)", "1000", "1.20", "0.40", "3.00"],
            ["encrypted: search p95 (ms)", "1000", "12.00", "10.00", "1.20"],
            ["encrypted: resident memory at first paint (MB)", "1000", "88.00", "80.00", "1.10"],
            ["encrypted: API writes: 10,000 clause edits (ms)", "1000", "9000.00", "4500.00", "2.00"]]
    lines = {line.split(" | ")[0].lstrip("| "): line for line in run.table(rows, (1000,), []).splitlines()}
    assert lines["encrypted: key derivation, PBKDF2 (ms)"].endswith("| (report) |")
    assert lines["encrypted: clauses: reopen (another connection) (services, ms)"].endswith("| (report) |")
    assert lines["encrypted: resident memory at first paint (MB)"].endswith("| (report) |")
    assert "<= 1.3x plain" in lines["encrypted: search p95 (ms)"]
    assert lines["encrypted: search p95 (ms)"].endswith("| yes |")
    assert lines["encrypted: API writes: 10,000 clause edits (ms)"].endswith("| **NO** |")


def test_the_command_line_start_is_reported_with_its_key_derivation_and_judged_without_it():
    rows = [["encrypted: cold start, command-line search as a process (ms)", "1000", "274.00", "126.00", "2.17"],
            ["encrypted: cold start less the key derivation (ms)", "1000", "142.00", "126.00", "1.13"]]
    lines = {line.split(" | ")[0].lstrip("| "): line for line in run.table(rows, (1000,), []).splitlines()}
    assert lines["encrypted: cold start, command-line search as a process (ms)"].endswith("| (report) |")
    assert "<= 1.3x plain" in lines["encrypted: cold start less the key derivation (ms)"]
    assert lines["encrypted: cold start less the key derivation (ms)"].endswith("| yes |")
