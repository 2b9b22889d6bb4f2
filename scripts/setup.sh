#!/usr/bin/env bash
# Installs everything the tests and the demo need on a fresh Debian/Ubuntu machine:
# coturn (the real TURN server the tests and the Fly simulator start), openssl (test
# certificates), Chromium and a font (the probe-timeline chart is rendered with mermaid in it;
# Debian's package, no browser download) and the npm dependencies. Safe to run again: it skips
# what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v turnserver >/dev/null 2>&1 || need_apt+=(coturn)
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)
[ -x /usr/bin/chromium ] || need_apt+=(chromium fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need_apt[@]}" >/dev/null
  # Debian's package may start a system coturn on 0.0.0.0:3478 with no auth; the tests start their own.
  if command -v systemctl >/dev/null 2>&1; then "${sudo_cmd[@]}" systemctl disable --now coturn >/dev/null 2>&1 || true; fi
fi

# The Fly simulator's edge terminates TLS on 443 (TURN over TLS, like Fly's). Root binds it; a
# CI user (GitHub's runner) may bind ports from net.ipv4.ip_unprivileged_port_start up, so lower
# that to 443 where sudo allows (ports 443-1023 become bindable by anyone on this machine).
if [ "$(id -u)" -ne 0 ]; then
  start=$(sysctl -n net.ipv4.ip_unprivileged_port_start 2>/dev/null || echo 1024)
  if [ "$start" -gt 443 ] && sudo -n true 2>/dev/null; then
    sudo -n sysctl -q -w net.ipv4.ip_unprivileged_port_start=443 || true
  fi
fi

# npm ci installs exactly the committed lockfile and never rewrites it, so a fresh clone's test
# run leaves `git status` clean (npm install would add or drop platform-specific optional
# entries). It runs when node_modules is missing or older than package.json or the lockfile
# (npm writes node_modules/.package-lock.json on every install).
installed=node_modules/.package-lock.json
if [ ! -f "$installed" ] || [ package.json -nt "$installed" ] || [ package-lock.json -nt "$installed" ]; then
  npm ci --no-fund --no-audit --loglevel=error
fi
