#!/bin/sh
# Runs a command under one keychain condition that the keychain tests need, each in a fresh HOME
# and with no X display, so no unlock prompt can open:
#   no-dbus             no D-Bus session bus at all
#   no-secret-service   a private D-Bus session in which nothing provides org.freedesktop.secrets
#   locked              a private D-Bus session with gnome-keyring, unlocked for SETUP, then locked
#   hanging             a private D-Bus session whose org.freedesktop.secrets never replies
# Usage: keychain-condition.sh CONDITION SETUP COMMAND
#   SETUP and COMMAND are shell command lines; SETUP runs before the condition applies (only
#   "locked" has a before), COMMAND under it. The exit status is COMMAND's; SETUP must succeed.
# Exit status 90 to 92 means the condition could not be set up.
# HANGING_SERVICE names the helper program that owns org.freedesktop.secrets for "hanging".
set -u
condition=$1
setup=$2
command=$3

work=$(mktemp -d "${TMPDIR:-/tmp}/tba-keychain-condition.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p -m 700 "$work/home" "$work/runtime"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# A session bus that activates no service, so only what this script starts is on it.
cat >"$work/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$work/runtime</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF


case $condition in
no-dbus)
    sh -c "$command"
    ;;
no-secret-service)
    dbus-run-session --config-file="$work/bus.conf" -- sh -c "$command"
    ;;
locked)
    export SETUP="$setup" COMMAND="$command"
    inner='echo -n condition | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        sh -c "$SETUP" || exit 90
        gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
            --method org.freedesktop.Secret.Service.Lock \
            "['"'"'/org/freedesktop/secrets/collection/login'"'"']" >/dev/null || exit 91
        sh -c "$COMMAND"'
    dbus-run-session --config-file="$work/bus.conf" -- sh -c "$inner"
    ;;
hanging)
    export COMMAND="$command"
    inner='"$HANGING_SERVICE" & service=$!
        gdbus wait --session --timeout 20 org.freedesktop.secrets || exit 92
        sh -c "$COMMAND"; status=$?
        kill $service
        exit $status'
    dbus-run-session --config-file="$work/bus.conf" -- sh -c "$inner"
    ;;
*)
    echo "unknown condition: $condition" >&2
    exit 2
    ;;
esac
