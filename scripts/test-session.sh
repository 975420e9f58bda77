#!/usr/bin/env bash
# Runs a command inside the test environment: a throwaway HOME and XDG folders, a private D-Bus
# session with a fresh, unlocked gnome-keyring (so no user keyring is ever touched and no password
# prompt can hang a test), and a virtual X server (Xvfb) for the GUI tests.
# Where a private mount namespace can be made (as root, or with unprivileged user namespaces), the
# resolver is pointed at 127.0.0.1, where nothing answers, so a test that resolves an unknown host
# name sends no DNS query off the machine. Tests that need this check TBA_DNS_ISOLATED=1.
# Usage: scripts/test-session.sh COMMAND [ARGUMENTS...]
set -euo pipefail

session_dir=$(mktemp -d "${TMPDIR:-/tmp}/tba-test-session.XXXXXX")
trap 'rm -rf "$session_dir"' EXIT
mkdir -p -m 700 "$session_dir/home" "$session_dir/runtime"

export HOME="$session_dir/home"
export XDG_RUNTIME_DIR="$session_dir/runtime"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_CURRENT_DESKTOP=GNOME
export TBA_TEST_SESSION=1
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

# The keyring password only protects the throwaway keyring of this session.
inner='echo -n test-session | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"'
session=(xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- sh -c "$inner" sh "$@")

printf 'nameserver 127.0.0.1\noptions attempts:1 timeout:1\n' >"$session_dir/resolv.conf"
# shellcheck disable=SC2016
isolate='mount --bind "$0" /etc/resolv.conf && export TBA_DNS_ISOLATED=1 && exec "$@"'
for unshare_options in "--mount" "--mount --map-root-user"; do
    # shellcheck disable=SC2086
    if unshare $unshare_options sh -c "$isolate" "$session_dir/resolv.conf" true 2>/dev/null; then
        status=0
        # shellcheck disable=SC2086
        unshare $unshare_options sh -c "$isolate" "$session_dir/resolv.conf" "${session[@]}" || status=$?
        exit "$status"
    fi
done
echo "test-session: no private mount namespace; tests that resolve unknown hosts are skipped" >&2
"${session[@]}"
