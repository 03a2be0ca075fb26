#!/bin/sh
# Before `make run` opens a window: are the X11 libraries Qt's xcb platform plugin needs installed?
# A fresh Debian/Ubuntu lacks libxcb-cursor0 and friends, and Qt then aborts at start (exit 134).
# Usage: sh packaging/desktop-libs.sh PYTHON   (exit 1 and one line naming the install command if not)
PY=${1:-python3}
case "${QT_QPA_PLATFORM:-}" in offscreen*|minimal*|vnc*|eglfs*|linuxfb*) exit 0 ;; esac
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || exit 0
[ "$(uname -s)" = Linux ] || exit 0
command -v ldd >/dev/null 2>&1 || exit 0
PLUGIN=$("$PY" -c "import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / 'Qt/plugins/platforms/libqxcb.so')" 2>/dev/null) || exit 0
[ -f "$PLUGIN" ] || exit 0
MISSING=$(ldd "$PLUGIN" 2>/dev/null | awk '/not found/ {print $1}' | tr '\n' ' ')
[ -z "$MISSING" ] && exit 0
APT="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
DNF="xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil libxkbcommon-x11"
if command -v apt-get >/dev/null 2>&1; then INSTALL="sudo apt-get install -y $APT"
elif command -v dnf >/dev/null 2>&1; then INSTALL="sudo dnf install -y $DNF"
else INSTALL="install your system's packages for: $MISSING"; fi
echo "MineralsDesk needs the Qt X11 libraries (missing: ${MISSING% }); install them with: $INSTALL" >&2
exit 1
