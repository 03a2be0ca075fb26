#!/bin/sh
# Install (or remove) the one-folder MineralsDesk app on a Linux desktop: the program, a menu entry,
# the icon in every size, and the .mdesk file type opened by the app on double-click.
#
#   ./install.sh                 per user: ~/.local/opt/mineralsdesk, command in ~/.local/bin
#   sudo ./install.sh --system   for everyone: /opt/mineralsdesk, command in /usr/local/bin
#   ./install.sh --uninstall     (add --system for a system-wide install)
#   ./install.sh --from DIR      install the app folder DIR (default: the folder holding this script)
#
# Needs xdg-utils (xdg-mime, xdg-icon-resource, xdg-desktop-menu). Writes nothing before its checks pass.
set -eu

mode=user
action=install
here=$(cd "$(dirname "$0")" && pwd)
src=$here
while [ $# -gt 0 ]; do
    case $1 in
        --system) mode=system ;;
        --uninstall) action=uninstall ;;
        --from) [ $# -ge 2 ] || { echo "install.sh: --from needs a folder" >&2; exit 2; }; src=$2; shift ;;
        -h|--help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

if [ "$mode" = system ]; then
    [ "$(id -u)" = 0 ] || { echo "install.sh: --system needs root (sudo)" >&2; exit 1; }
    dest=/opt/mineralsdesk
    bindir=/usr/local/bin
    scalable=/usr/share/icons/hicolor/scalable
else
    dest=$HOME/.local/opt/mineralsdesk
    bindir=$HOME/.local/bin
    scalable=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable
fi
sizes="16 24 32 48 64 128 256 512"
mime_type=application/x-mineralsdesk-log
mime_icon=application-x-mineralsdesk-log  # the icon name desktops look up for the file type

for tool in xdg-mime xdg-icon-resource xdg-desktop-menu; do
    command -v "$tool" >/dev/null 2>&1 || { echo "install.sh: $tool not found; install xdg-utils first" >&2; exit 1; }
done

uninstall() {
    xdg-desktop-menu uninstall --mode "$mode" mineralsdesk.desktop 2>/dev/null || true
    xdg-mime uninstall --mode "$mode" "$dest/share/mime/packages/mineralsdesk.xml" 2>/dev/null || true
    for s in $sizes; do
        xdg-icon-resource uninstall --mode "$mode" --noupdate --context apps --size "$s" mineralsdesk 2>/dev/null || true
        xdg-icon-resource uninstall --mode "$mode" --noupdate --context mimetypes --size "$s" "$mime_icon" 2>/dev/null || true
    done
    xdg-icon-resource forceupdate --mode "$mode" 2>/dev/null || true
    rm -f "$scalable/apps/mineralsdesk.svg" "$scalable/mimetypes/$mime_icon.svg"
    # Only our own link: a `mineralsdesk` from pip or elsewhere stays.
    if [ -L "$bindir/mineralsdesk" ] && [ "$(readlink "$bindir/mineralsdesk")" = "$dest/mineralsdesk" ]; then
        rm -f "$bindir/mineralsdesk"
    fi
    rm -rf "$dest"
}

if [ "$action" = uninstall ]; then
    uninstall
    echo "Removed MineralsDesk from $dest (negotiation logs in the user data folder are kept)."
    exit 0
fi

icons=$src/_internal/mineralsdesk/assets/icons
for needed in "$src/mineralsdesk" "$src/share/applications/mineralsdesk.desktop" \
              "$src/share/mime/packages/mineralsdesk.xml" "$icons/mineralsdesk.svg"; do
    [ -e "$needed" ] || { echo "install.sh: $src is not a built MineralsDesk folder (missing $needed)" >&2; exit 1; }
done
"$src/mineralsdesk" --version >/dev/null 2>&1 || { echo "install.sh: $src/mineralsdesk does not run here" >&2; exit 1; }

# Copy beside the old version, then swap, so a failed copy leaves the installed app as it was.
if [ "$(cd "$src" && pwd -P)" != "$(cd "$dest" 2>/dev/null && pwd -P || echo none)" ]; then
    mkdir -p "$(dirname "$dest")"
    rm -rf "$dest.new" "$dest.old"
    cp -a "$src" "$dest.new"
    [ -d "$dest" ] && mv "$dest" "$dest.old"
    mv "$dest.new" "$dest"
    rm -rf "$dest.old"
fi
mkdir -p "$bindir"
ln -sfn "$dest/mineralsdesk" "$bindir/mineralsdesk"

# The menu entry runs the installed program by its full path: a desktop session's PATH often lacks ~/.local/bin.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed -e "s|^Exec=.*|Exec=\"$dest/mineralsdesk\" %f|" -e "s|^TryExec=.*||" \
    "$dest/share/applications/mineralsdesk.desktop" >"$tmp/mineralsdesk.desktop"
printf 'TryExec=%s\n' "$dest/mineralsdesk" >>"$tmp/mineralsdesk.desktop"

xdg-mime install --mode "$mode" --novendor "$dest/share/mime/packages/mineralsdesk.xml"
for s in $sizes; do
    png=$dest/_internal/mineralsdesk/assets/icons/mineralsdesk-$s.png
    xdg-icon-resource install --mode "$mode" --noupdate --novendor --context apps --size "$s" "$png" mineralsdesk
    xdg-icon-resource install --mode "$mode" --noupdate --novendor --context mimetypes --size "$s" "$png" "$mime_icon"
done
# xdg-icon-resource takes PNG and XPM only; the SVG goes in by hand for HiDPI panels.
install -Dm644 "$dest/_internal/mineralsdesk/assets/icons/mineralsdesk.svg" "$scalable/apps/mineralsdesk.svg"
install -Dm644 "$dest/_internal/mineralsdesk/assets/icons/mineralsdesk.svg" "$scalable/mimetypes/$mime_icon.svg"
xdg-icon-resource forceupdate --mode "$mode"
xdg-desktop-menu install --mode "$mode" --novendor "$tmp/mineralsdesk.desktop"
if [ "$mode" = user ]; then
    xdg-mime default mineralsdesk.desktop "$mime_type"
fi

echo "Installed MineralsDesk $("$dest/mineralsdesk" --version | cut -d' ' -f2) in $dest"
echo "  command: $bindir/mineralsdesk   menu: Office > MineralsDesk   files: *.mdesk open in the app"
case ":$PATH:" in *":$bindir:"*) ;; *) echo "  note: $bindir is not on your PATH; the menu entry works regardless" ;; esac
