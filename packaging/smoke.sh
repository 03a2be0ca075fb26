#!/bin/sh
# Run the built one-folder app with no Python on the path: every command a user's IT would try first.
# Usage: packaging/smoke.sh [APP_FOLDER]   (default packaging/dist/mineralsdesk; `make package-smoke`)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
folder=${1:-$here/dist/mineralsdesk}
app=$folder/mineralsdesk
[ -x "$app" ] || { echo "smoke: no app at $app (run: make package)" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$here/../mineralsdesk/__init__.py")
name=$(sed -n 's/^__app_name__ = "\(.*\)"$/\1/p' "$here/../mineralsdesk/__init__.py")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"
log=$tmp/negotiation.mdesk

# env -i: no VIRTUAL_ENV, PYTHONPATH or PYTHONHOME; PATH has the system's folders only.
run() {
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        MINERALSDESK_DATA_DIR="$tmp/data" "$app" "$@"
}
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
step() { printf 'smoke: %-37s' "$*"; }
ok() { echo "ok${1:+ ($1)}"; }
# Qt reports a missing or unloadable plugin on stderr and may still exit 0; such lines fail the smoke.
clean_stderr() {
    if grep -E 'Traceback|Could not (load|find) the Qt platform plugin|Cannot load library|ModuleNotFoundError|No such file' "$1"; then
        fail "$2 wrote errors to stderr (above)"
    fi
}

step "--version"
out=$(run --version) || fail "--version exited $?"
[ "$out" = "$name $version" ] || fail "--version printed '$out', expected '$name $version'"
ok "$out"

step "init --demo"
run --db "$log" init --demo >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "init --demo"; }
[ -s "$log" ] || fail "init --demo wrote no log"
ok "$(wc -c <"$log") bytes"

step "check"
run --db "$log" check >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/out" "$tmp/err" >&2; fail "check"; }
tail -n 1 "$tmp/out" | grep -qx ok || fail "check did not end with ok"
ok

step "search"
run --db "$log" search lithium >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "search"; }
ok "$(wc -l <"$tmp/out") hits"

step "export pdf (internal, shareable)"
for audience in internal shareable; do
    pdf=$tmp/briefing-$audience.pdf
    run --db "$log" export pdf "$pdf" --audience "$audience" >/dev/null 2>"$tmp/err" \
        || { cat "$tmp/err" >&2; fail "export pdf --audience $audience"; }
    [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$pdf is not a PDF"
    clean_stderr "$tmp/err" "export pdf"
done
if command -v pdftoppm >/dev/null 2>&1; then  # the fonts from the bundle must render the first page
    pdftoppm -r 30 -f 1 -l 1 -png "$tmp/briefing-internal.pdf" "$tmp/page" || fail "pdftoppm cannot read the PDF"
fi
ok "$(wc -c <"$tmp/briefing-internal.pdf") bytes"

step "export xlsx"
run --db "$log" export xlsx "$tmp/summary.xlsx" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "export xlsx"; }
[ "$(head -c 2 "$tmp/summary.xlsx")" = "PK" ] || fail "summary.xlsx is not a workbook"
ok "$(wc -c <"$tmp/summary.xlsx") bytes"

step "import xlsx --dry-run"
run --db "$log" import xlsx "$tmp/summary.xlsx" --dry-run >/dev/null 2>"$tmp/err" \
    || { cat "$tmp/err" >&2; fail "import xlsx --dry-run"; }
ok

step "export json"
run --db "$log" export json "$tmp/dump.json" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "export json"; }
ok

# Encrypted logs: the cipher build must be in the bundle. A new log made with `init --encrypt`, one encrypted by
# `encrypt`; both refused without their passphrase (locked) and with a wrong one, reopened with it, exported;
# no plain text of theirs in the bytes of any file written (the log, its -wal, its backups).
secret="smoke passphrase, long enough"
printf '%s\n' "$secret" >"$tmp/passphrase"
chmod 600 "$tmp/passphrase"
# As run(), with the encrypted logs' own data folder and a passphrase in the environment (scripts' way; "": none).
runp() {
    pass=$1
    shift
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        MINERALSDESK_DATA_DIR="$tmp/encdata" MINERALSDESK_PASSPHRASE="$pass" "$app" "$@"
}
clear_text() {  # fails when a file under the given paths holds the marker in clear
    if grep -a -r -l -- "$1" "$2" "$3"* 2>/dev/null; then fail "$4: the files above hold '$1' in clear"; fi
}

step "encrypted: init --encrypt"
enc=$tmp/zqlogmarker.mdesk  # the log's name is its file's stem: a marker written into it
runp "" --db "$enc" --passphrase-file "$tmp/passphrase" init --encrypt >/dev/null 2>"$tmp/err" \
    || { cat "$tmp/err" >&2; fail "init --encrypt"; }
[ "$(head -c 15 "$enc")" != "SQLite format 3" ] || fail "init --encrypt wrote a plain SQLite file"
clear_text zqlogmarker "$tmp/encdata" "$enc" "init --encrypt"
ok "$(wc -c <"$enc") bytes"

step "encrypted: locked, no passphrase"
if runp "" --db "$enc" check >/dev/null 2>"$tmp/err"; then fail "check opened an encrypted log with no passphrase"; fi
[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q encrypted "$tmp/err" || { cat "$tmp/err" >&2; fail "not one line"; }
if runp "wrong passphrase, long enough" --db "$enc" check >/dev/null 2>"$tmp/err"; then fail "a wrong passphrase opened it"; fi
[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -qi "wrong passphrase" "$tmp/err" || { cat "$tmp/err" >&2; fail "wrong passphrase"; }
ok

step "encrypted: reopen and check"
runp "$secret" --db "$enc" check >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/out" "$tmp/err" >&2; fail "check"; }
tail -n 1 "$tmp/out" | grep -qx ok || fail "check of the encrypted log did not end with ok"
ok

step "encrypted: encrypt the demo log"
demo=$tmp/demo-encrypted.mdesk
runp "" --db "$demo" init --demo >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "init --demo"; }
runp "$secret" --db "$demo" encrypt >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "encrypt"; }
runp "$secret" --db "$demo" search lithium >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "search"; }
[ -s "$tmp/out" ] || fail "search of the encrypted demo found nothing"
ok "$(wc -l <"$tmp/out") hits"

step "encrypted: export pdf (+ password)"
runp "$secret" --db "$demo" export pdf "$tmp/enc.pdf" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "export pdf"; }
[ "$(head -c 5 "$tmp/enc.pdf")" = "%PDF-" ] || fail "enc.pdf is not a PDF"
clean_stderr "$tmp/err" "export pdf"
if command -v pdftotext >/dev/null 2>&1; then
    pdftotext "$tmp/enc.pdf" - | grep -qi lithium || fail "the briefing of the encrypted log lacks its clauses"
fi
runp "$secret" --db "$demo" export pdf "$tmp/locked.pdf" --password-file "$tmp/passphrase" >/dev/null 2>"$tmp/err" \
    || { cat "$tmp/err" >&2; fail "export pdf --password-file"; }
grep -a -q "/Encrypt" "$tmp/locked.pdf" || fail "locked.pdf is not encrypted"
ok "$(wc -c <"$tmp/enc.pdf") bytes"

step "encrypted: no clear text on disk"
runp "$secret" --db "$demo" backup "$tmp/encdata/manual.mdesk" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "backup"; }
grep -a -q lithium "$log" || fail "the marker is not in the plain demo log: the check below proves nothing"
clear_text lithium "$tmp/encdata" "$demo" "the encrypted demo log"
clear_text zqlogmarker "$tmp/encdata" "$enc" "the encrypted new log"
ok "$(find "$tmp/encdata" -type f | wc -l) backup files scanned"

step "bad input: one line, no traceback"
echo "not a log" >"$tmp/bogus.mdesk"
if run --db "$tmp/bogus.mdesk" check >/dev/null 2>"$tmp/err"; then fail "check accepted a text file"; fi
[ "$(wc -l <"$tmp/err")" -eq 1 ] && ! grep -q Traceback "$tmp/err" || { cat "$tmp/err" >&2; fail "error was not one line"; }
ok

step "gui --exit-after-start"
run --db "$log" gui --exit-after-start >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "gui exited with an error"; }
clean_stderr "$tmp/err" "gui"
ok

# What a double-click does (`mineralsdesk FILE.mdesk`): the app must still be running after a few seconds.
step "FILE.mdesk stays up for 4 s"
set +e
run "$log" >/dev/null 2>"$tmp/err" &
pid=$!
sleep 4
if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null; alive=1; else wait "$pid"; alive=0; fi
set -e
[ "$alive" = 1 ] || { cat "$tmp/err" >&2; fail "the app quit early when opening $log"; }
clean_stderr "$tmp/err" "gui"
ok

# The plugin a laptop's X11 or XWayland session loads, on a virtual display when there is one to be had.
if command -v xvfb-run >/dev/null 2>&1; then
    step "gui on X11 (xcb, Xvfb)"
    export app log tmp
    # shellcheck disable=SC2016 - expanded by the inner shell, where xvfb-run has set DISPLAY
    xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 \
        DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" QT_QPA_PLATFORM=xcb MINERALSDESK_DATA_DIR="$tmp/data" \
        "$app" --db "$log" gui --exit-after-start' >/dev/null 2>"$tmp/err" \
        || { cat "$tmp/err" >&2; fail "gui on xcb"; }
    clean_stderr "$tmp/err" "gui on xcb"
    ok
fi

if command -v xdg-mime >/dev/null 2>&1 && [ -x "$folder/install.sh" ]; then
    step "install.sh / --uninstall (per user)"
    home=$tmp/installhome
    mkdir -p "$home"
    xdg() { env -i PATH=/usr/bin:/bin HOME="$home" "$@"; }
    xdg sh "$folder/install.sh" >"$tmp/out" 2>&1 || { cat "$tmp/out" >&2; fail "install.sh"; }
    [ "$(xdg "$home/.local/bin/mineralsdesk" --version)" = "$name $version" ] || fail "installed command"
    cp "$log" "$home/copy.mdesk"
    [ "$(xdg xdg-mime query filetype "$home/copy.mdesk")" = application/x-mineralsdesk-log ] || fail "file type"
    [ "$(xdg xdg-mime query default application/x-mineralsdesk-log)" = mineralsdesk.desktop ] || fail "default app"
    command -v desktop-file-validate >/dev/null 2>&1 \
        && { desktop-file-validate "$home/.local/share/applications/mineralsdesk.desktop" || fail "desktop entry"; }
    xdg sh "$home/.local/opt/mineralsdesk/install.sh" --uninstall >"$tmp/out" 2>&1 || { cat "$tmp/out" >&2; fail "uninstall"; }
    [ ! -e "$home/.local/opt/mineralsdesk" ] && [ ! -e "$home/.local/bin/mineralsdesk" ] \
        && [ ! -e "$home/.local/share/applications/mineralsdesk.desktop" ] || fail "uninstall left files"
    ok
fi

echo "smoke: all passed ($(du -sh "$folder" | cut -f1) in $folder)"
