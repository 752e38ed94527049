#!/usr/bin/env bash
# Proves the Linux installer end to end on a Debian/Ubuntu machine (needs root or sudo):
# builds the .deb with `mvn -Pinstaller`, installs it, runs the installed CLI (--version, and
# `list` against the installed standalone simulator), shows the GUI under Xvfb and screenshots
# it, then removes the package. Exits non-zero on the first failure.
#
# Environment:
#   PROVE_MAVEN_ARGS  extra Maven arguments, e.g. -o to build offline
#   SKIP_BUILD=1    reuse target/installer/*.deb instead of building
#   KEEP_INSTALLED=1  leave the package installed at the end
#   MAX_DEB_MB      fail when the .deb is larger than this (default 45)
#   GUI_TIMEOUT     seconds to wait for the main window (default 90)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/target/prove-deb"
install_dir=/opt/hood-admin
cli="$install_dir/bin/hood-admin"
gui="$install_dir/bin/Hood Admin"
max_deb_mb="${MAX_DEB_MB:-45}"
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
dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || missing+=(libgtk-3-0)
command -v jpackage >/dev/null || fail "jpackage not found: install a JDK 17+ (e.g. openjdk-17-jdk openjdk-17-jmods)"
if [ "${#missing[@]}" -gt 0 ]; then
  info "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
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
[ "$deb_bytes" -le $((max_deb_mb * 1048576)) ] || fail ".deb is larger than $max_deb_mb MiB"

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
installed_du="$(du -sh "$install_dir" | cut -f1)"
info "installed size: $installed_du ($install_dir; dpkg Installed-Size $(dpkg-query -W -f='${Installed-Size}' hood-admin) KiB)"
info "launchers: $(find "$install_dir/bin" -mindepth 1 -printf "'%f' ")"
info "menu entry: $(grep -l '^Name=Hood Admin$' /usr/share/applications/*.desktop 2>/dev/null || echo 'none found')"

# ---------------------------------------------------------------------------------------------
step "CLI: $cli --version"
version_out="$("$cli" --version 2>"$out/version.err")" || fail "--version exited non-zero: $(cat "$out/version.err")"
info "$version_out"
[ "$version_out" = "Hood Admin $app_version" ] || fail "expected 'Hood Admin $app_version' on stdout"
path_version="$(hood-admin --version 2>/dev/null)" || fail "hood-admin is not on PATH (postinst links /usr/bin/hood-admin)"
[ "$path_version" = "$version_out" ] || fail "/usr/bin/hood-admin printed '$path_version'"
info "also on PATH: $(command -v hood-admin) -> $(readlink "$(command -v hood-admin)")"

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
step "GUI: '$gui' under Xvfb"
display_no=99
while [ -e "/tmp/.X11-unix/X$display_no" ] || [ -e "/tmp/.X$display_no-lock" ]; do display_no=$((display_no + 1)); done
export DISPLAY=":$display_no"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
pids+=("$!")
wait_for 20 xdotool getdisplaygeometry >/dev/null 2>&1 || fail "Xvfb did not start on $DISPLAY"
info "Xvfb on $DISPLAY"
# No token and a fresh data folder: the GUI opens on its built-in demo simulator and never
# contacts a server off this machine.
unset HOOD_API_TOKEN HOOD_SIM_TOKEN HOOD_API_URL
export HOOD_ADMIN_HOME="$out/gui-home"
rm -rf "$HOOD_ADMIN_HOME"
"$gui" >"$out/gui.log" 2>&1 &
gui_pid=$!; pids+=("$gui_pid")
find_window() { window_id="$(xdotool search --onlyvisible --name 'Hood Admin' 2>/dev/null | head -1)"; [ -n "$window_id" ] || ! alive "$gui_pid"; }
window_id=""
wait_for "$gui_timeout" find_window || true
if [ -z "$window_id" ]; then
  sed 's/^/    | /' "$out/gui.log" | tail -30
  if alive "$gui_pid"; then fail "no window named 'Hood Admin' within $gui_timeout s"; fi
  fail "the GUI exited before showing a window"
fi
info "window $window_id: '$(xdotool getwindowname "$window_id")', $(xdotool getwindowgeometry "$window_id" | sed -n 's/^ *Geometry: //p') px"
# Mapped is not painted: wait until the window shows more than a couple of colours.
painted() { [ "$(import -window "$window_id" png:- 2>/dev/null | convert - -format '%k' info: 2>/dev/null || echo 0)" -gt 4 ]; }
wait_for 30 painted || info "warning: window still looks blank after 30 s"
import -window root "$out/gui.png"
import -window "$window_id" "$out/gui-window.png"
info "screenshots: target/prove-deb/gui.png (screen), target/prove-deb/gui-window.png (window)"
alive "$gui_pid" || fail "the GUI exited while running"
kill "$gui_pid" 2>/dev/null || true

# ---------------------------------------------------------------------------------------------
step "Removing with dpkg -r"
if [ -n "${KEEP_INSTALLED:-}" ]; then
  info "KEEP_INSTALLED set: leaving hood-admin installed"
else
  $sudo dpkg -r hood-admin >/dev/null
  installed_by_us=""
  [ ! -e "$install_dir/bin" ] || fail "$install_dir/bin still exists after dpkg -r"
  [ ! -e /usr/bin/hood-admin ] || fail "/usr/bin/hood-admin still exists after dpkg -r"
  $sudo dpkg --purge hood-admin >/dev/null  # drops dpkg's record of the maintainer scripts too
  info "removed; $install_dir and /usr/bin/hood-admin are gone"
fi

printf '\nPROVED: hood-admin %s — .deb %s, installed %s, --version ok, sim+list %s, GUI window + screenshot ok\n' \
  "$deb_version" "$(mib "$deb_bytes")" "$installed_du" "$sim_step"
