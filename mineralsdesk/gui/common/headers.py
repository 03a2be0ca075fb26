"""Column widths that never cut a header's text (a translated header is often longer than the English one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle


def fit_headers(view: QAbstractItemView, header: QHeaderView | None = None) -> None:
    """Widen each interactive column of `view` to at least its header's text (with the style's margins)."""
    header = header or (view.header() if hasattr(view, "header") else view.horizontalHeader())
    model = header.model()
    if model is None:
        return
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 6
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text:
            need = max(header.fontMetrics().horizontalAdvance(line) for line in str(text).split("\n")) + margin
            if header.sectionSize(section) < need:
                header.resizeSection(section, need)
