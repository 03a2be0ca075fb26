"""PyInstaller runtime hook: point Qt at the bundled plugins without importing Qt.

It replaces PyInstaller's own PySide6 hook, which imports PySide6.QtCore at every start (about 0.25 s here)
only to write an embedded qt.conf that PySide6's PyPI wheels already register themselves. So the CLI
commands (--version, export, check) no longer pay for Qt, and the GUI loads it when it starts.
"""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6") if sys.platform == "win32" else os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
