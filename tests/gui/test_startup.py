"""Start-up work moved after the first paint: the deferred whole-file check and backup, the dashboard's later cards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from mineralsdesk.errors import DamagedLogError
from mineralsdesk.gui import startup_checks
from mineralsdesk.gui.dashboard.board import CardPlaceholder, DashboardView, TrackCard
from mineralsdesk.gui.main_window import MainWindow
from mineralsdesk.gui.startup_checks import AfterFirstPaint, StartupChecker
from mineralsdesk.services import backups
from mineralsdesk.services.log import Log


class PaintRecorder(QObject):
    def __init__(self, widget, events: list[str]):
        super().__init__(widget)
        self.events = events
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and "paint" not in self.events:
            self.events.append("paint")
        return False


def _window_with_checker(ctx, qtbot) -> tuple[MainWindow, StartupChecker]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    checker = StartupChecker(window)
    return window, checker


def test_the_deferred_check_runs_after_the_first_paint_and_shows_its_warnings(ctx, qtbot, monkeypatch):
    events: list[str] = []

    def checks(log: Log) -> list[str]:
        assert log is not ctx.log  # its own connection, in the worker thread
        events.append("check")
        return ["Today's automatic backup could not be made: disk full"]

    monkeypatch.setattr(Log, "run_deferred_checks", checks)
    window, checker = _window_with_checker(ctx, qtbot)
    PaintRecorder(window.current_page(), events)
    AfterFirstPaint(window.current_page(), checker.start)
    assert events == []  # nothing before the window shows
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=10_000):
        window.show()
    assert events == ["paint", "check"]
    assert "disk full" in window.statusBar().currentMessage()
    checker.wait()


def test_a_clean_check_takes_the_days_backup_in_the_background(ctx, qtbot):
    window, checker = _window_with_checker(ctx, qtbot)
    before = len(backups.list_backups(ctx.log.path))
    window.show()
    with qtbot.waitSignal(checker.start().signals.passed, timeout=10_000) as passed:
        pass
    assert passed.args[1] == [] and window.isVisible()
    assert len(backups.list_backups(ctx.log.path)) >= max(before, 1)


def _damaged(monkeypatch) -> None:
    def checks(log: Log) -> list[str]:
        raise DamagedLogError(f"{log.path.name} is damaged (page 7: btree is corrupt); it was left untouched")

    monkeypatch.setattr(Log, "run_deferred_checks", checks)


def test_damage_found_after_start_offers_the_backup_and_switches_to_it(ctx, qtbot, monkeypatch):
    path = ctx.log.path
    backups.take_backup(ctx.log, "manual")
    _damaged(monkeypatch)
    shown: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box.windowTitle())
        restore = next((b for b in box.buttons() if b.text() == "Restore that backup"), None)
        if restore is not None:
            restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[1])))
    window, checker = _window_with_checker(ctx, qtbot)
    old = ctx.log
    window.show()
    checker.start()
    qtbot.waitUntil(lambda: ctx.log is not old and window.isVisible(), timeout=10_000)
    try:
        assert shown[0] == "This log is damaged"
        assert path.with_name(path.name + ".damaged").exists()  # kept, never written over
        assert ctx.log.path.parent == path.parent and ctx.log.tracks.list()  # the restored log is the one in use
    finally:
        ctx.close_log()  # the dashboard may still be filling in: it stops reading before the log closes


def test_declining_the_restore_stops_using_the_damaged_log(ctx, qtbot, monkeypatch):
    path = ctx.log.path
    backups.take_backup(ctx.log, "manual")
    _damaged(monkeypatch)
    shown: list[str] = []
    quits: list[bool] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.windowTitle()) or 0)
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    window, checker = _window_with_checker(ctx, qtbot)
    window.show()
    checker.start()
    qtbot.waitUntil(lambda: bool(quits), timeout=10_000)
    assert shown == ["This log is damaged", "Open another log?"]
    assert not window.isVisible() and path.exists()
    assert not path.with_name(path.name + ".damaged").exists()  # declined: nothing renamed
    assert startup_checks.Path(path) == ctx.log.path  # still named, but closed: nothing reads it


def test_a_result_for_a_log_no_longer_open_is_ignored(ctx, qtbot, monkeypatch, tmp_path):
    _damaged(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.windowTitle()) or 0)
    window, checker = _window_with_checker(ctx, qtbot)
    window.show()
    job = checker.start()
    other = Log.create(tmp_path / "other.mdesk")
    window.switch_to(other)  # the user opened another log before the check finished
    checker.wait()
    QApplication.processEvents()  # delivers the queued "damaged" signal of the old log's check
    assert job.path != other.path and shown == [] and ctx.log is other and window.isVisible()
    other.close()


def _cards(view: DashboardView) -> list[TrackCard]:
    return [view.cards.itemAt(i).widget() for i in range(view.cards.count())
            if isinstance(view.cards.itemAt(i).widget(), TrackCard)]


def _widgets(view: DashboardView) -> list:
    return [view.cards.itemAt(i).widget() for i in range(view.cards.count()) if view.cards.itemAt(i).widget()]


def test_the_dashboard_paints_placeholders_first_then_the_cards_take_their_places(ctx, qtbot):
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    tracks = [t.ref for t in view.ordered_tracks()]
    # Before the first paint: no track summary read, a placeholder per track of the first screen.
    assert _cards(view) == [] and view.is_filling()
    first = view.placeholder_count()
    assert 1 <= first < len(tracks)
    assert all(isinstance(w, CardPlaceholder) for w in _widgets(view))
    titles = [w.findChildren(QLabel)[0].text() for w in _widgets(view)]
    assert all(ref in title for ref, title in zip(tracks, titles, strict=False))
    view.resize(1200, 500)
    view.show()
    qtbot.waitUntil(lambda: len(_cards(view)) == len(tracks))
    assert not view.is_filling() and view.placeholder_count() == 0
    widgets = _widgets(view)
    assert all(isinstance(w, TrackCard) for w in widgets)  # every placeholder replaced, none left over
    assert [ref for w in widgets for ref in tracks if ref in w.findChildren(QLabel)[0].text()] == tracks


def test_a_refresh_after_the_first_paint_builds_the_first_screen_at_once(ctx, qtbot):
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitUntil(lambda: not view.is_filling())
    view.refresh()  # as after an edit: no flash of placeholders
    assert view.placeholder_count() == 0 and len(_cards(view)) >= 1
    qtbot.waitUntil(lambda: not view.is_filling())
    assert len(_cards(view)) == len(ctx.log.tracks.list())


def test_the_track_filter_works_while_cards_are_still_being_built(ctx, qtbot):
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.is_filling()
    view.open_item(ctx.log.tracks.by_ref("MOU").id)
    qtbot.waitUntil(lambda: not view.is_filling())
    QApplication.processEvents()  # a build turn queued before the filter must add nothing
    cards = _cards(view)
    assert len(cards) == 1 and "MOU" in cards[0].findChildren(type(view.today_label))[0].text()


def test_closing_the_log_stops_the_cards_still_to_be_built(ctx, qtbot):
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.is_filling()
    ctx.close_log()  # as a restore or damage found does, with the dashboard still filling in
    for _ in range(5):
        QApplication.processEvents()  # queued build turns run here: they must not read the closed log
    assert not view.is_filling() and _cards(view) == []


def test_dashboard_titles_show_markup_from_the_log_as_text():
    from mineralsdesk.domain.model import Track
    from mineralsdesk.gui.dashboard import board as dashboard

    hostile = "<b>R&D</b> \"quoted\" 'single' <script>x</script> &amp; 日本語"
    title = dashboard._title_text(Track(ref="T<1>", title=hostile, parties=["EU", "<JP>"]))
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in title and "&lt;script&gt;" in title and "&amp;amp;" in title
    assert "<script>" not in title and "<b>R&D" not in title and "T&lt;1&gt;" in title and "&lt;JP&gt;" in title
