#!/usr/bin/env bash
# Proves the Linux installer end to end on a Debian/Ubuntu machine (needs root or sudo):
# builds the .deb (and the .rpm, whose metadata it prints) with `mvn -Pinstaller`, installs the .deb,
# runs the installed CLI (--version, and `list` against the installed standalone simulator), then
# under Xvfb with a private D-Bus session and an unlocked GNOME Keyring signs in through the GUI with
# "Remember", restarts the GUI and checks it opens signed in; checks the class-data-sharing archive postinst
# makes is mapped (and that a missing or stale one changes no output), times GUI starts with and without it;
# then removes the package.
# Exits non-zero on the first failure.
#
# Environment:
#   PROVE_MAVEN_ARGS  extra Maven arguments, e.g. -o to build offline
#   SKIP_BUILD=1    reuse target/installer/*.deb instead of building
#   KEEP_INSTALLED=1  leave the package installed at the end
#   MAX_DEB_MB      fail when the .deb is larger than this (default 40)
#   MAX_INSTALLED_MB  fail when the package's files in /opt/hood-admin are larger than this (default 80)
#   MAX_CDS_MB      fail when the class-data-sharing archive postinst makes is larger than this (default 64)
#   GUI_TIMEOUT     seconds to wait for the main window (default 90)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/target/prove-deb"
install_dir=/opt/hood-admin
cli="$install_dir/bin/hood-admin"
gui="$install_dir/bin/Hood Admin"
max_deb_mb="${MAX_DEB_MB:-40}"
max_installed_mb="${MAX_INSTALLED_MB:-80}"
max_cds_mb="${MAX_CDS_MB:-64}"
# made by postinst (lib/app/cds-archive.sh), not a file of the package
archive="$install_dir/lib/app/hood-admin.jsa"
gui_timeout="${GUI_TIMEOUT:-90}"
read -r -a maven_args <<<"${PROVE_MAVEN_ARGS:-}"
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo

step_no=0
step() { step_no=$((step_no + 1)); printf '\n==> [%d] %s\n' "$step_no" "$*"; }
info() { printf '    %s\n' "$*"; }
fail() { printf '\nFAILED at step %d: %s\n' "$step_no" "$*" >&2; exit 1; }

pids=()
installed_by_us=""
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # back for prerm to remove it, if the check without it failed
  [ ! -e "$archive.away" ] || $sudo mv -f "$archive.away" "$archive" 2>/dev/null || true
  if [ -n "$installed_by_us" ] && [ -z "${KEEP_INSTALLED:-}" ] && dpkg -s hood-admin >/dev/null 2>&1; then
    echo "    (cleanup) removing hood-admin"
    $sudo dpkg -r hood-admin >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# Polls a command until it succeeds or the timeout (seconds) passes; no fixed sleeps.
wait_for() {
  local timeout="$1"; shift
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}
alive() { kill -0 "$1" 2>/dev/null; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }

# ---------------------------------------------------------------------------------------------
step "Checking tools (installing missing Debian packages)"
missing=()
command -v mvn >/dev/null || missing+=(maven)
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
[ -x /usr/bin/import ] || missing+=(imagemagick)
command -v xprop >/dev/null || missing+=(x11-utils)
command -v rpmbuild >/dev/null || missing+=(rpm)
command -v dbus-daemon >/dev/null && command -v dbus-send >/dev/null || missing+=(dbus)
command -v gnome-keyring-daemon >/dev/null || missing+=(gnome-keyring)
command -v secret-tool >/dev/null || missing+=(libsecret-tools)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || missing+=(libgtk-3-0)
command -v jpackage >/dev/null || fail "jpackage not found: install a JDK 17+ (e.g. openjdk-17-jdk openjdk-17-jmods)"
if [ "${#missing[@]}" -gt 0 ]; then
  info "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  info "all present"
fi

# ---------------------------------------------------------------------------------------------
if [ -z "${SKIP_BUILD:-}" ]; then
  step "Building the .deb: mvn ${maven_args[*]:+${maven_args[*]} }-B clean package -Pinstaller -DskipTests"
  log="$(mktemp)"
  if ! (cd "$root" && mvn "${maven_args[@]}" -B clean package -Pinstaller -DskipTests >"$log" 2>&1); then
    tail -40 "$log" >&2
    fail "Maven build failed (full log: $log)"
  fi
  grep -F '[installer]' "$log" | sed 's/^.*\[installer\]/    [installer]/'
  mkdir -p "$out" && mv "$log" "$out/maven.log"
else
  step "Reusing the existing .deb (SKIP_BUILD set)"
fi
mkdir -p "$out"

deb="$(find "$root/target/installer" -maxdepth 1 -name 'hood-admin_*.deb' 2>/dev/null | head -1)"
[ -n "$deb" ] || fail "no target/installer/hood-admin_*.deb"
deb_bytes="$(stat -c %s "$deb")"
deb_version="$(dpkg-deb -f "$deb" Version)"
app_version="${deb_version%-*}"
info "package: ${deb#"$root"/}"
info ".deb size: $deb_bytes bytes ($(mib "$deb_bytes"))"
info "Depends: $(dpkg-deb -f "$deb" Depends)"
maintainer="$(dpkg-deb -f "$deb" Maintainer)"
info "Maintainer: $maintainer"
info "Homepage: $(dpkg-deb -f "$deb" Homepage)"
info "Section: $(dpkg-deb -f "$deb" Section); Installed-Size: $(dpkg-deb -f "$deb" Installed-Size) KiB"
[ "$deb_bytes" -le $((max_deb_mb * 1048576)) ] || fail ".deb is larger than $max_deb_mb MiB"
case "$maintainer" in *'<Unknown>'*|'') fail "no real Maintainer field" ;; esac

rpm_file="$(find "$root/target/installer" -maxdepth 1 -name 'hood-admin-*.rpm' 2>/dev/null | head -1)"
if [ -n "$rpm_file" ]; then
  info "package: ${rpm_file#"$root"/}, $(stat -c %s "$rpm_file") bytes ($(mib "$(stat -c %s "$rpm_file")"))"
  info "rpm -qpi:"
  rpm -qpi "$rpm_file" 2>/dev/null | sed 's/^/    | /'
  info "rpm -qpR:"
  rpm -qpR "$rpm_file" 2>/dev/null | sed 's/^/    | /'
else
  info "no .rpm built (rpmbuild was not on PATH during the build)"
fi

# ---------------------------------------------------------------------------------------------
step "Installing with dpkg -i"
installed_by_us=yes
if ! $sudo dpkg -i "$deb"; then
  info "dpkg -i left dependencies missing: apt-get -f install -y"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq
fi
[ "$(dpkg-query -W -f='${Status}' hood-admin 2>/dev/null)" = "install ok installed" ] || fail "hood-admin is not installed"
if [ ! -x "$cli" ] || [ ! -x "$gui" ]; then fail "launchers missing in $install_dir/bin"; fi
installed_kib="$(du -sk --exclude="$(basename "$archive")" "$install_dir" | cut -f1)"
installed_du="$(mib $((installed_kib * 1024)))"
info "installed size: $installed_du ($installed_kib KiB of the package's files in $install_dir; runtime $(du -sh "$install_dir/lib/runtime" | cut -f1), app $(du -sh --exclude="$(basename "$archive")" "$install_dir/lib/app" | cut -f1))"
[ "$installed_kib" -le $((max_installed_mb * 1024)) ] || fail "installed size is above $max_installed_mb MiB"
[ -s "$archive" ] || fail "postinst made no class-data-sharing archive ($archive)"
cds_kib="$(du -sk "$archive" | cut -f1)"
info "class-data-sharing archive made by postinst: $(mib $((cds_kib * 1024))) ($archive)"
[ "$cds_kib" -le $((max_cds_mb * 1024)) ] || fail "the class-data-sharing archive is above $max_cds_mb MiB"
info "launchers: $(find "$install_dir/bin" -mindepth 1 -printf "'%f' ")"
menu_entry="$(grep -l '^Name=Hood Admin$' /usr/share/applications/*.desktop 2>/dev/null | head -1 || true)"
info "menu entry: ${menu_entry:-none found}"
# where no menu exists (servers, containers) the entry is only in the package's own folder
desktop_file="${menu_entry:-$(grep -l '^Name=Hood Admin$' "$install_dir"/lib/*.desktop | head -1 || true)}"
wm_class="$(sed -n 's/^StartupWMClass=//p' "$desktop_file")"
info "StartupWMClass: ${wm_class:-missing}; Icon: $(sed -n 's/^Icon=//p' "$desktop_file"); Categories: $(sed -n 's/^Categories=//p' "$desktop_file")"
[ -n "$wm_class" ] || fail "the menu entry has no StartupWMClass"
info "hicolor icons: $(find /usr/share/icons/hicolor -name hood-admin.png 2>/dev/null | sed 's#/usr/share/icons/hicolor/##; s#/apps/hood-admin.png##' | sort -V | tr '\n' ' ')"

# ---------------------------------------------------------------------------------------------
step "CLI: $cli --version"
version_out="$("$cli" --version 2>"$out/version.err")" || fail "--version exited non-zero: $(cat "$out/version.err")"
info "$version_out"
[ "$version_out" = "Hood Admin $app_version" ] || fail "expected 'Hood Admin $app_version' on stdout"
[ ! -s "$out/version.err" ] || fail "--version wrote to stderr: $(cat "$out/version.err")"
path_version="$(hood-admin --version 2>/dev/null)" || fail "hood-admin is not on PATH (postinst links /usr/bin/hood-admin)"
[ "$path_version" = "$version_out" ] || fail "/usr/bin/hood-admin printed '$path_version'"
info "also on PATH: $(command -v hood-admin) -> $(readlink "$(command -v hood-admin)")"

# ---------------------------------------------------------------------------------------------
step "Class data sharing: the launcher maps postinst's archive; without it or stale, nothing changes in the output"
# -Xshare:on fails the start unless the archive maps and matches the class path; the log says where classes came from
cds_log="$out/cds-class-load.log"
JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$cds_log" "$cli" --version >/dev/null 2>"$out/cds.err" \
  || fail "the launcher did not start with -Xshare:on: $(cat "$out/cds.err")"
grep -q '^\[.*\] dev\.hoodadmin\.Main source: shared objects file$' "$cds_log" || fail "dev.hoodadmin.Main was not loaded from the archive (see $cds_log)"
info "--version with -Xshare:on: $(grep -c 'source: shared objects file$' "$cds_log") of $(grep -c ' source: ' "$cds_log") classes from the archive, dev.hoodadmin.Main among them"
# a stale archive (a jar's mtime changed) and a missing one: the same output, no line more
check_quiet() {
  local got
  got="$("$cli" --version 2>&1)" || fail "--version failed $1: $got"
  [ "$got" = "$version_out" ] || fail "--version printed more $1: $got"
}
jar="$(find "$install_dir/lib/app" -maxdepth 1 -name 'hood-admin-*.jar' | head -1)"
mtime="$(stat -c %Y "$jar")"
$sudo touch "$jar"
check_quiet "with a stale archive"
$sudo touch -d "@$mtime" "$jar"
$sudo mv "$archive" "$archive.away"
check_quiet "without the archive"
$sudo mv "$archive.away" "$archive"
info "--version with a stale archive and without one: '$version_out' only"

# ---------------------------------------------------------------------------------------------
step "CLI: list against the installed standalone simulator (sim)"
unknown_command='unknown (sub)?command|unmatched argument|not a (valid )?command|invalid command'
if command -v python3 >/dev/null; then
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
else
  port=$((20000 + RANDOM % 20000))
fi
# A throwaway token: the simulator (HOOD_SIM_TOKEN) and the client (HOOD_API_TOKEN) only need to agree on it.
export HOOD_API_TOKEN="prove-deb-$RANDOM$RANDOM"
export HOOD_SIM_TOKEN="$HOOD_API_TOKEN"
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
sim_exited() { ! alive "$sim_pid"; }
sim_log="$out/sim.log"
"$cli" sim --port "$port" >"$sim_log" 2>&1 &
sim_pid=$!; pids+=("$sim_pid")
sim_step="failed"
sim_settled() { port_open || sim_exited; }
wait_for 60 sim_settled || true
if port_open; then
  info "simulator listening on 127.0.0.1:$port (pid $sim_pid)"
  set +e
  list_out="$(timeout 120 "$cli" list --api-url "http://127.0.0.1:$port" 2>&1)"; list_rc=$?
  set -e
  printf '%s\n' "$list_out" | sed -n '1,20{s/^/    | /;s/\(.\{160\}\).*/\1…/;p}'  # sed reads it all: no SIGPIPE under pipefail
  if [ "$list_rc" -eq 0 ]; then
    sim_step="passed"
  elif grep -qiE "$unknown_command" <<<"$list_out"; then
    sim_step="skipped"
    info "SKIPPED: the installed launcher does not know 'list' yet (exit $list_rc)"
  else
    fail "list exited $list_rc"
  fi
  kill "$sim_pid" 2>/dev/null || true
elif sim_exited && grep -qiE "$unknown_command" "$sim_log"; then
  sim_step="skipped"
  info "SKIPPED: the installed launcher does not know 'sim' yet: $(head -1 "$sim_log")"
else
  sed -n '1,20s/^/    | /p' "$sim_log"
  fail "simulator did not open port $port within 60 s"
fi

# ---------------------------------------------------------------------------------------------
step "Keychain: a private D-Bus session with an unlocked GNOME Keyring"
# Its own HOME and runtime folder: the machine's own session and keyrings are never touched.
kr="$out/keyring"
rm -rf "$kr" && mkdir -p "$kr/home" "$kr/run" && chmod 700 "$kr/run"
export HOME="$kr/home" XDG_RUNTIME_DIR="$kr/run" XDG_DATA_HOME="$kr/home/.local/share" XDG_CONFIG_HOME="$kr/home/.config"
dbus-daemon --session --nofork --nopidfile --address="unix:dir=$kr/run" --print-address=1 >"$kr/address" 2>"$kr/dbus.log" &
pids+=("$!")
wait_for 10 test -s "$kr/address" || fail "dbus-daemon printed no address"
export DBUS_SESSION_BUS_ADDRESS="$(head -1 "$kr/address")"
printf 'prove-deb-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$kr/keyring.log" 2>&1 &
pids+=("$!")
# ask the bus until our daemon owns the name: asking the service earlier makes dbus-daemon start (D-Bus
# activation) a second gnome-keyring-daemon without the password, whose keyring stays locked
secrets_owned() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
wait_for 20 secrets_owned || fail "GNOME Keyring did not take the org.freedesktop.secrets name (see $kr/keyring.log)"
default_unlocked() {
  dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
    org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q 'boolean false'
}
wait_for 20 default_unlocked || fail "GNOME Keyring offered no unlocked default collection (see $kr/keyring.log)"
info "session bus $DBUS_SESSION_BUS_ADDRESS; GNOME Keyring's default collection unlocked"

# ---------------------------------------------------------------------------------------------
step "GUI: sign in with Remember under Xvfb ('$gui' --api-url <installed simulator>)"
display_no=99
while [ -e "/tmp/.X11-unix/X$display_no" ] || [ -e "/tmp/.X$display_no-lock" ]; do display_no=$((display_no + 1)); done
export DISPLAY=":$display_no"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
pids+=("$!")
wait_for 20 xdotool getdisplaygeometry >/dev/null 2>&1 || fail "Xvfb did not start on $DISPLAY"
info "Xvfb on $DISPLAY"
# A throwaway token shared by the simulator (environment) and the sign-in screen (typed from stdin):
# it is never in argv, and the check below finds it in no file.
token="prove-keyring-$RANDOM$RANDOM$RANDOM"
unset HOOD_API_TOKEN HOOD_API_URL
# a port of its own: the first simulator may still be letting go of its one
if command -v python3 >/dev/null; then
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
else
  port=$((20000 + RANDOM % 20000))
fi
HOOD_SIM_TOKEN="$token" "$cli" sim --port "$port" >"$out/sim-gui.log" 2>&1 &
pids+=("$!")
wait_for 60 port_open || fail "the simulator did not open port $port"
api_url="http://127.0.0.1:$port"
export HOOD_ADMIN_HOME="$out/gui-home"
rm -rf "$HOOD_ADMIN_HOME"

# Starts the GUI and waits for a visible window whose name matches $1; sets gui_pid and window_id.
start_gui() {
  local log="$1" pattern="$2"
  "$gui" --api-url "$api_url" >"$log" 2>&1 &
  gui_pid=$!; pids+=("$gui_pid")
  window_id=""
  find_window() { window_id="$(xdotool search --onlyvisible --name "$pattern" 2>/dev/null | head -1)"; [ -n "$window_id" ] || ! alive "$gui_pid"; }
  wait_for "$gui_timeout" find_window || true
  if [ -z "$window_id" ]; then
    sed 's/^/    | /' "$log" | tail -30
    info "windows: $(xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | tr '\n' '|')"
    alive "$gui_pid" && fail "no window matching '$pattern' within $gui_timeout s"
    fail "the GUI exited before showing a window"
  fi
  info "window $window_id: '$(xdotool getwindowname "$window_id")', $(xdotool getwindowgeometry "$window_id" | sed -n 's/^ *Geometry: //p') px"
}
# Mapped is not painted: wait until the window shows more than a couple of colours.
painted() { [ "$(import -window "$window_id" png:- 2>/dev/null | convert - -format '%k' info: 2>/dev/null || echo 0)" -gt 4 ]; }
stop_gui() { kill "$gui_pid" 2>/dev/null || true; wait_for 20 eval '! alive "$gui_pid"' || kill -9 "$gui_pid" 2>/dev/null || true; }

start_gui "$out/gui.log" '^Sign in'
wait_for 30 painted || info "warning: window still looks blank after 30 s"
actual_class="$(xprop -id "$window_id" WM_CLASS | sed -n 's/^WM_CLASS(STRING) = "\([^"]*\)", "\([^"]*\)"$/\2/p')"
info "WM_CLASS: $(xprop -id "$window_id" WM_CLASS | sed 's/^WM_CLASS(STRING) = //')"
[ "$actual_class" = "$wm_class" ] || fail "the window's WM_CLASS '$actual_class' is not the menu entry's StartupWMClass '$wm_class'"
# Keyboard only, as a person would: the URL field has the focus; Tab to the token; Remember is ticked by
# default where a keychain answers; Enter is the default button (Sign in).
xdotool windowfocus --sync "$window_id"
xdotool key --clearmodifiers ctrl+a
xdotool type --clearmodifiers --delay 20 "$api_url"
xdotool key --clearmodifiers Tab
printf '%s' "$token" | xdotool type --clearmodifiers --delay 20 --file -
import -window "$window_id" "$out/signin-window.png"
xdotool key --clearmodifiers Return
main_window() { window_id="$(xdotool search --onlyvisible --name '^Hood Admin$' 2>/dev/null | head -1)"; [ -n "$window_id" ] || ! alive "$gui_pid"; }
window_id=""
wait_for 60 main_window || true
if [ -z "$window_id" ] || ! alive "$gui_pid"; then
  sed 's/^/    | /' "$out/gui.log" | tail -30
  fail "no main window 'Hood Admin' within 60 s after signing in (screen: target/prove-deb/signin-window.png)"
fi
wait_for 30 painted || info "warning: window still looks blank after 30 s"
import -window "$window_id" "$out/gui-signed-in.png"
info "signed in: main window $window_id '$(xdotool getwindowname "$window_id")'; screenshot target/prove-deb/gui-signed-in.png"
search="$(secret-tool search --all service 'Hood Admin' 2>&1 | sed "s/$token/****/g")"
printf '%s\n' "$search" | grep -E '^(label|secret|attribute\.)' | sed 's/^/    | secret-tool: /'
grep -q '^attribute.service = Hood Admin$' <<<"$search" || fail "secret-tool finds no entry under service 'Hood Admin'"
grep -q '^secret = \*\*\*\*$' <<<"$search" || fail "the keychain entry does not hold the token that was typed"
stop_gui

# ---------------------------------------------------------------------------------------------
step "GUI: restart; it must open signed in, without the sign-in screen"
start_gui "$out/gui-restart.log" 'Hood Admin'
[ "$(xdotool getwindowname "$window_id")" = "Hood Admin" ] || fail "after the restart the first window is '$(xdotool getwindowname "$window_id")', not the signed-in main window"
wait_for 30 painted || info "warning: window still looks blank after 30 s"
import -window root "$out/gui.png"
import -window "$window_id" "$out/gui-window.png"
[ -z "$(xdotool search --name '^Sign in' 2>/dev/null)" ] || fail "the sign-in screen showed after the restart"
alive "$gui_pid" || fail "the GUI exited while running"
info "signed in after the restart; screenshots target/prove-deb/gui.png (screen), gui-window.png (window)"
stop_gui
for log in gui.log gui-restart.log; do
  if grep -q 'Unsupported JavaFX configuration' "$out/$log"; then fail "'Unsupported JavaFX configuration' in $log"; fi
done
info "no 'Unsupported JavaFX configuration' line in either start's output"
# JavaFX found its natives in the runtime (lib/*.so) instead of unpacking them from a jar into ~/.openjfx
[ ! -e "$HOME/.openjfx" ] || fail "JavaFX unpacked natives into $HOME/.openjfx"
info "JavaFX loaded its natives from $install_dir/lib/runtime/lib (no ~/.openjfx cache)"
leaks="$(grep -rlF "$token" "$HOOD_ADMIN_HOME" "$out"/*.log "$kr" 2>/dev/null || true)"
[ -z "$leaks" ] || fail "the token is in: $leaks"
info "the token is in no file of the data folder ($HOOD_ADMIN_HOME), the logs or the keyring folder"

# ---------------------------------------------------------------------------------------------
step "GUI: second starts, ms from launch to the main window visible (signed in, keychain, 3 each in turn)"
# Prints ms from starting the GUI (JAVA_TOOL_OPTIONS=$1 if given) to its main window being visible; then stops it.
shown_ms() {
  local start now
  start=$(date +%s%N)
  if [ -n "$1" ]; then
    JAVA_TOOL_OPTIONS="$1" "$gui" --api-url "$api_url" >"$out/gui-timed.log" 2>&1 &
  else
    "$gui" --api-url "$api_url" >"$out/gui-timed.log" 2>&1 &
  fi
  gui_pid=$!
  until [ -n "$(xdotool search --onlyvisible --name '^Hood Admin$' 2>/dev/null | head -1)" ]; do
    now=$(date +%s%N)
    if ! alive "$gui_pid" || [ $(((now - start) / 1000000)) -gt 60000 ]; then stop_gui; return 1; fi
    sleep 0.02
  done
  now=$(date +%s%N)
  stop_gui
  echo $(((now - start) / 1000000))
}
shared=(); unshared=()
for _ in 1 2 3; do
  shared+=("$(shown_ms "")") || fail "no main window within 60 s (see $out/gui-timed.log)"
  unshared+=("$(shown_ms -Xshare:off)") || fail "no main window within 60 s with -Xshare:off (see $out/gui-timed.log)"
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
info "with postinst's CDS archive: ${shared[*]} ms (median $(median "${shared[@]}")); without (-Xshare:off): ${unshared[*]} ms (median $(median "${unshared[@]}"))"

# ---------------------------------------------------------------------------------------------
step "Removing with dpkg -r"
if [ -n "${KEEP_INSTALLED:-}" ]; then
  info "KEEP_INSTALLED set: leaving hood-admin installed"
else
  $sudo dpkg -r hood-admin >/dev/null
  installed_by_us=""
  [ ! -e "$install_dir/bin" ] || fail "$install_dir/bin still exists after dpkg -r"
  [ ! -e /usr/bin/hood-admin ] || fail "/usr/bin/hood-admin still exists after dpkg -r"
  [ ! -e "$archive" ] || fail "$archive still exists after dpkg -r (prerm removes it)"
  [ ! -e "$install_dir/lib/app" ] || fail "$install_dir/lib/app still exists after dpkg -r: $(ls -A "$install_dir/lib/app" | tr '\n' ' ')"
  $sudo dpkg --purge hood-admin >/dev/null  # drops dpkg's record of the maintainer scripts too
  info "removed; $install_dir/bin, $install_dir/lib/app (the archive with it) and /usr/bin/hood-admin are gone"
fi

printf '\nPROVED: hood-admin %s — .deb %s, installed %s + CDS archive %s (mapped), maintainer %s, StartupWMClass %s = WM_CLASS, --version ok, sim+list %s, GUI sign-in with Remember kept across a restart (Secret Service)\n' \
  "$deb_version" "$(mib "$deb_bytes")" "$installed_du" "$(mib $((cds_kib * 1024)))" "$maintainer" "$wm_class" "$sim_step"
