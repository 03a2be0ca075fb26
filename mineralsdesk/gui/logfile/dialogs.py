"""File dialogs of the app: open and create logs safely, warnings about where a log lives, backup and restore."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

# The message boxes, file dialogs and forms below are named through QtWidgets: PySide6 then makes their classes
# (and enums) when a dialog is first shown, not when the start imports this module for try_open_log (~3 ms).
from PySide6 import QtWidgets
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...errors import (
    DamagedLogError,
    EncryptedLogError,
    LogError,
    NewerLogError,
    NotALogError,
    WrongPassphraseError,
)
from ...i18n import QT_TRANSLATE_NOOP
from ...services.log import PARTNERSHIP_PARTIES, Log
from ...services.storage import is_group_or_world_readable
from ..common.combo import combo_value, set_choices
from ..common.dates import show_datetime
from ..common.errors import error_text
from ..common.fit import fit_headers
from ..language import translate
from ..settings import CLOUD_WARNING_DISMISSED, LAST_FOLDER, Settings

LOG_FILTER = QT_TRANSLATE_NOOP("LogFile", "MineralsDesk logs (*.mdesk);;All files (*)")
BACKUP_FILTER = QT_TRANSLATE_NOOP("LogFile", "MineralsDesk logs and backups (*.mdesk *.mdesk.gz);;All files (*)")

# Folder names of the common sync clients: a log there can be overwritten by a copy from another machine.
CLOUD_FOLDER_NAMES = ("dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive",
                      "mobile documents", "nextcloud", "owncloud", "box", "box sync", "pcloud drive", "mega",
                      "seafile", "sync.com", "syncthing")
NETWORK_FILESYSTEMS = ("nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "davfs", "fuse.rclone")


def _title_for(error: LogError) -> str:
    if isinstance(error, DamagedLogError):
        return translate("LogFile", "This log is damaged")
    if isinstance(error, NewerLogError):
        return translate("LogFile", "This log needs a newer MineralsDesk")
    if isinstance(error, NotALogError):
        return translate("LogFile", "This is not a MineralsDesk log")
    return translate("LogFile", "The log cannot be opened")


def show_open_error(parent: QWidget | None, path: Path, error: LogError) -> None:
    """One clear dialog for a log that cannot be opened; the file itself has not been touched."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, _title_for(error), error_text(error), QtWidgets.QMessageBox.StandardButton.Ok, parent)
    more = [translate("LogFile", "File: {path}").format(path=path),
            translate("LogFile", "MineralsDesk did not change the file.")]
    if isinstance(error, DamagedLogError):
        more.append(translate("LogFile", "Use File > Restore... to put back a backup that passes its check."))
    box.setInformativeText("\n".join(more))
    box.exec()


def try_open_log(parent: QWidget | None, path: Path, settings: Settings | None = None, *,
                 defer_checks: bool = False, passphrase: str | None = None, pending_key=None) -> Log | None:
    """Open `path`, or explain in a dialog why not (damaged, foreign, newer, busy) and return None.

    A damaged log with a good automatic backup gets an offer to restore it; the damaged file is kept
    as NAME.damaged, never written over. `defer_checks` leaves the whole-file check and the day's
    backup to the caller (the start-up log: checked in the background after the first paint).
    An encrypted log is opened with `passphrase` when it is given and right, else its passphrase is asked
    in a masked dialog (a wrong one is said there, nothing written); Cancel returns None. `pending_key`: the key
    derivation from `passphrase` started earlier (the app's start), taken by Log.open when it fits the file.
    """
    from ...services import backups

    try:
        try:
            passphrase = backups.key_for(path, passphrase)
            log, damage = backups.open_or_recover(path, defer_checks=defer_checks, passphrase=passphrase,
                                                  pending_key=pending_key)
        except (EncryptedLogError, WrongPassphraseError):
            from ..lock.passphrase import with_passphrase

            def attempt(given: str):
                return given, backups.open_or_recover(path, defer_checks=defer_checks, passphrase=given)

            opened = with_passphrase(parent, path, attempt)
            if opened is None:
                return None  # Cancel: nothing opened, nothing written; the caller keeps what it had
            passphrase, (log, damage) = opened
    except LogError as error:
        show_open_error(parent, path, error)
        return None
    except OSError as error:
        show_open_error(parent, path, LogError(translate("LogFile", "{name} cannot be read: {reason}").format(
            name=path.name, reason=error.strerror)))
        return None
    if damage is not None:
        return offer_recovery(parent, path, damage, settings, passphrase)
    warn_about_location(parent, path, settings)
    return log


def offer_recovery(parent: QWidget | None, path: Path, damage, settings: Settings | None,
                   passphrase: str | None = None) -> Log | None:
    """The damaged-log dialog: restore the newest good backup (and open it), or None when there is none or
    the user declines. `damage` is a services.backups.Damage; the log at `path` must already be closed."""
    from ...services import backups

    if damage.backup is None:
        show_open_error(parent, path, DamagedLogError(translate("LogFile", "{damage}. No backup of it passes its check.").format(
            damage=damage.message)))
        return None
    taken = QLocale().toString(damage.backup.taken_at.astimezone(), QLocale.FormatType.LongFormat)
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, translate("LogFile", "This log is damaged"), damage.message, parent=parent)
    box.setInformativeText(translate("LogFile", "The newest backup that passes its check was taken on {taken} ({reason}).\n"
                                     "Restoring it keeps the damaged file beside it as “.damaged”.").format(
        taken=taken, reason=damage.backup.reason))
    restore = box.addButton(translate("LogFile", "Restore that backup"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    try:
        restored = backups.recover_from_backup(path, damage.backup.path, passphrase)
    except (LogError, OSError) as error:
        QtWidgets.QMessageBox.warning(parent, translate("LogFile", "Nothing was restored"), error_text(error))
        return None
    if restored != path:
        QtWidgets.QMessageBox.information(parent, translate("LogFile", "Backup restored beside the log"),
                                translate("LogFile", "Journal files beside the damaged log may still hold data, so it "
                                          "was left as it was and the backup restored to\n{path}").format(path=restored))
    return try_open_log(parent, restored, settings, passphrase=passphrase)


def cloud_folder_hint(path: Path) -> str | None:
    """Why `path` may be synced or shared (a sync client's folder or a network file system), or None."""
    resolved = path.resolve()
    for part in resolved.parts:
        if part.lower() in CLOUD_FOLDER_NAMES or part.lower().startswith(("onedrive - ", "dropbox (")):
            return translate("LogFile", "it is inside the synced folder “{folder}”").format(folder=part)
    if str(resolved).startswith(("\\\\", "//")):
        return translate("LogFile", "it is on a network share")
    fstype = _filesystem_type(resolved)
    if fstype in NETWORK_FILESYSTEMS:
        return translate("LogFile", "it is on a network file system ({kind})").format(kind=fstype)
    return None


def _filesystem_type(path: Path) -> str:
    """The mount type holding `path` on Linux ("" elsewhere or when unknown)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) >= 3 and str(path).startswith(fields[1]) and len(fields[1]) > len(best):
            best, kind = fields[1], fields[2]
    return kind


def warn_about_location(parent: QWidget | None, path: Path, settings: Settings | None) -> None:
    """Warn (once per log for cloud folders) when others can read the log or a sync client may overwrite it."""
    if is_group_or_world_readable(path):
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, translate("LogFile", "Others can read this log"),
                          translate("LogFile", "Other users of this computer can read {name}. It holds internal red "
                                    "lines and fallbacks.").format(name=path.name), parent=parent)
        private = box.addButton(translate("LogFile", "Make it private"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("LogFile", "Leave it"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is private:
            try:
                os.chmod(path, 0o600)
            except OSError as error:
                QtWidgets.QMessageBox.warning(parent, translate("LogFile", "Cannot change permissions"), f"{path}: {error.strerror}")
    hint = cloud_folder_hint(path)
    dismissed = settings.get(CLOUD_WARNING_DISMISSED) if settings else []
    if hint and str(path.resolve()) not in dismissed:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, translate("LogFile", "This log is in a synced or shared folder"),
                          translate("LogFile", "{name} may be overwritten by an older copy or read by others: {hint}.\n"
                                    "Keep the log on this laptop and send exports instead.").format(name=path.name,
                                                                                                  hint=hint),
                          parent=parent)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Ok)
        never = box.addButton(translate("LogFile", "Do not warn again for this log"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if settings is not None and box.clickedButton() is never:
            settings.set(CLOUD_WARNING_DISMISSED, [*dismissed, str(path.resolve())])


def ask_open_path(parent: QWidget | None, settings: Settings) -> Path | None:
    name, _ = QtWidgets.QFileDialog.getOpenFileName(parent, translate("LogFile", "Open log"),
                                          settings.get(LAST_FOLDER) or str(Path.home()), translate("LogFile", LOG_FILTER))
    if not name:
        return None
    settings.set(LAST_FOLDER, str(Path(name).parent))
    return Path(name)


class NewLogDialog(QDialog):
    """File name, our party, delegation and user name for a new, empty log."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("LogFile", "New log"))
        self.settings = settings
        self.path_edit = QLineEdit(str(Path(settings.get(LAST_FOLDER) or Path.home()) / "negotiation.mdesk"))
        browse = QtWidgets.QDialogButtonBox()
        browse_button = browse.addButton(translate("LogFile", "Choose…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        browse_button.clicked.connect(self._browse)
        self.party = QComboBox()
        set_choices(self.party, [(f"{code} — {name}", code) for code, name in PARTNERSHIP_PARTIES])
        self.party.setCurrentIndex(1)  # the EU delegation is the first user
        self.delegation = QLineEdit()
        self.delegation.setPlaceholderText(translate("LogFile", "e.g. EU delegation"))
        self.user = QLineEdit()
        self.user.setPlaceholderText(translate("LogFile", "Your name, shown in the change log"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        form = QtWidgets.QFormLayout()
        form.addRow(translate("LogFile", "File"), self.path_edit)
        form.addRow("", browse)
        form.addRow(translate("LogFile", "Our party"), self.party)
        form.addRow(translate("LogFile", "Delegation"), self.delegation)
        form.addRow(translate("LogFile", "Your name"), self.user)
        from ..lock.passphrase import NewPassphraseFields

        self.encryption = NewPassphraseFields(optional=True)  # parented by the layout: Tab reaches it last
        form.addRow(self.encryption)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.log: Log | None = None

    def _browse(self) -> None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(self, translate("LogFile", "New log"), self.path_edit.text(),
                                              translate("LogFile", LOG_FILTER))
        if name:
            self.path_edit.setText(name if name.endswith(".mdesk") else name + ".mdesk")

    def _create(self) -> None:
        path = Path(self.path_edit.text().strip()).expanduser()
        if not path.name:
            self.error.setText(translate("LogFile", "Give the log a file name."))
            return
        try:
            passphrase = self.encryption.value()  # too short or not confirmed: said beside the fields
        except LogError:
            return
        try:
            self.log = Log.create(path, our_party=combo_value(self.party), delegation=self.delegation.text().strip(),
                                  user_name=self.user.text().strip(), passphrase=passphrase)
        except (LogError, OSError) as error:
            self.error.setText(error_text(error))
            return
        self.encryption.clear()
        self.settings.set(LAST_FOLDER, str(path.parent))
        self.accept()


def choose_another_log(settings: Settings) -> Log | None:
    """The file was refused (or found damaged) and left as it was: offer another log, a new one, or quitting."""
    while True:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, translate("LogFile", "Open another log?"),
                          translate("LogFile", "Open another log, create a new one, or quit?"))
        other = box.addButton(translate("LogFile", "Open…"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(translate("LogFile", "New log…"), QtWidgets.QMessageBox.ButtonRole.ActionRole)
        box.addButton(translate("LogFile", "Quit"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is new:
            dialog = NewLogDialog(settings)
            return dialog.log if dialog.exec() else None
        if box.clickedButton() is not other:
            return None
        path = ask_open_path(None, settings)
        if path is None:
            return None
        log = try_open_log(None, path, settings)
        if log is not None:
            return log


def backup_files(log_path: Path) -> list[tuple[Path, datetime, str]]:
    """The log's backups to offer on restore, newest first, with when (local time) and why each was taken."""
    from ...services import backups

    return [(info.path, info.taken_at.astimezone(), info.reason) for info in backups.list_backups(log_path)]


def make_backup(parent: QWidget | None, log: Log) -> Path | None:
    """Take a backup now with SQLite's backup API (never a file copy), beside the automatic ones."""
    from ...services import backups

    try:
        info = backups.take_backup(log, "manual", prune_old=False)
    except (LogError, OSError) as error:
        QtWidgets.QMessageBox.warning(parent, translate("LogFile", "Backup failed"),
                            translate("LogFile", "Nothing was written.\n{error}").format(error=error))
        return None
    QtWidgets.QMessageBox.information(parent, translate("LogFile", "Backup written"),
                            translate("LogFile", "The log was backed up ({size} KB). It is listed under File > "
                                      "Restore…").format(size=QLocale().toString(info.size // 1024)) + f"\n\n{info.path}")
    return info.path


class RestoreDialog(QDialog):
    """The backups with their dates, newest first; another file can be chosen too."""

    def __init__(self, log_path: Path, parent: QWidget | None = None,
                 backups: Callable[[Path], list[tuple[Path, datetime, str]]] = backup_files):
        super().__init__(parent)
        self.setWindowTitle(translate("LogFile", "Restore from a backup"))
        self.resize(620, 360)
        self.chosen: Path | None = None
        self.log_path = log_path
        self.list = QtWidgets.QTreeWidget()
        self.list.setObjectName("backups")
        self.list.setHeaderLabels([translate("LogFile", "Backup taken"), translate("LogFile", "Why"),
                                   translate("LogFile", "Size"), translate("LogFile", "File")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(translate("LogFile", "Backups"))
        for path, when, reason in backups(log_path):
            item = QtWidgets.QTreeWidgetItem([show_datetime(when), reason,
                                    translate("LogFile", "{size} KB").format(size=QLocale().toString(path.stat().st_size // 1024)),
                                    path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(3, str(path))
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        fit_headers(self.list)  # a translated header can be wider than the dates under it
        self.list.itemDoubleClicked.connect(lambda *_: self._accept_selected())
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        note = QLabel(translate("LogFile", "The backup replaces <b>{name}</b>. The current log is kept as a backup "
                                "first, so a restore can itself be undone.").format(name=log_path.name))
        note.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(translate("LogFile", "Restore"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        other = buttons.addButton(translate("LogFile", "Other file…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        restore.clicked.connect(self._accept_selected)
        other.clicked.connect(self._choose_other)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("LogFile", "Backups, newest first:")))
        layout.addWidget(self.list)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(0, Qt.ItemDataRole.UserRole))
            self.accept()

    def _choose_other(self) -> None:
        from ...services.backups import backup_folder

        folder = backup_folder(self.log_path)
        name, _ = QtWidgets.QFileDialog.getOpenFileName(self, translate("LogFile", "Restore from"),
                                              str(folder if folder.is_dir() else paths.backups_dir()),
                                              translate("LogFile", BACKUP_FILTER))
        if name:
            self.chosen = Path(name)
            self.accept()


def restore_into(parent: QWidget | None, log_path: Path, backup: Path, close_current: Callable[[], None],
                 passphrase: str | None = None) -> Log | None:
    """Put `backup` in place of the log at `log_path` and open it; the caller's open log is closed first.
    `passphrase` is the open log's (an encrypted log's backups share it; memory only)."""
    from ...services.backups import restore_backup

    answer = QtWidgets.QMessageBox.question(parent, translate("LogFile", "Restore this backup?"),
                                  translate("LogFile", "Replace the log with the backup {name}?\n"
                                            "The current log is kept as a backup first.").format(name=backup.name))
    if answer != QtWidgets.QMessageBox.StandardButton.Yes:
        return None
    close_current()  # SQLite connections would keep the replaced file alive
    try:
        saved = restore_backup(log_path, backup, passphrase)
    except (LogError, OSError) as error:
        QtWidgets.QMessageBox.warning(parent, translate("LogFile", "Nothing was restored"), error_text(error))
        return try_open_log(parent, log_path, passphrase=passphrase)
    log = try_open_log(parent, log_path, passphrase=passphrase)
    if log is not None and saved is not None:
        QtWidgets.QMessageBox.information(parent, translate("LogFile", "Backup restored"),
                                translate("LogFile", "Restored {name}.\nThe log as it was is kept in\n{path}").format(
                                    name=backup.name, path=saved))
    return log
