"""Room for translated text: columns that never cut their header, dialogs never narrower than their layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QWidget


def fit_headers(view: QAbstractItemView, header: QHeaderView | None = None) -> None:
    """Widen each interactive column of `view` to at least its header's text (with the style's margins)."""
    header = header or (view.header() if hasattr(view, "header") else view.horizontalHeader())
    model = header.model()
    if model is None:
        return
    from PySide6.QtWidgets import QStyle  # here: its classes are not made before the first paint (gui/app.py)

    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 6
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text:
            need = max(header.fontMetrics().horizontalAdvance(line) for line in str(text).split("\n")) + margin
            if header.sectionSize(section) < need:
                header.resizeSection(section, need)


def fit_to_layout(dialog: QWidget) -> None:
    """A window given a minimum width by hand no longer takes its layout's (Qt's SetDefaultConstraint): in a
    longer language its rows then overlap. Keep the larger of the two; call when the window is shown."""
    layout = dialog.layout()
    if layout is not None:
        dialog.setMinimumWidth(max(dialog.minimumWidth(), layout.totalMinimumSize().width()))


def shrinkable(*combos: QComboBox, chars: int = 10) -> None:
    """Combo boxes that may be narrower than their longest choice (a translated status, a long round label):
    their width follows the layout, not their items, so a row of them fits the screen in every language."""
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
