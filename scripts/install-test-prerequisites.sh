#!/usr/bin/env bash
# Installs what the test suite needs and the machine lacks. Safe to run again: it only installs what is missing.
#   - Chromium (Debian package) for the browser tests, driven by Playwright without a browser download.
#   - PostgreSQL server binaries (Debian package) for the storage tests; each test run starts a private cluster.
#   - nginx (Debian package) for the two-instance deployment tests, which run deployment/nginx.conf on loopback; the
#     package's own service is not started.
# Nothing comes from npm: Web Chat (src/SafeSchools.Bot/wwwroot/lib) and axe-core (tests/SafeSchools.Bot.Tests/Web/axe-core)
# are committed as their npm packages ship them (scripts/update-vendored-js.sh refreshes them).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required." >&2; exit 1; }
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/sbin/nginx ] || need_apt+=(nginx)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing: ${need_apt[*]}. Run as root (or install them with apt-get) and try again." >&2
    exit 1
  fi
  echo "Installing ${need_apt[*]} from Debian's packages..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Packages install without starting their services (nginx would take port 80): the tests start their own.
  no_services=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && no_services=1
  fi
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  [ "$no_services" -eq 0 ] || rm -f /usr/sbin/policy-rc.d
fi
