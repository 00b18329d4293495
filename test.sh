#!/usr/bin/env bash
# Runs every test of SafeSchools.Bot. Works on a fresh machine: it installs what the tests need first
# (Chromium and PostgreSQL from Debian's packages; nothing from npm).
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-test-prerequisites.sh

# The tests start many bot hosts at once: make sure the understanding model matches the data first (instant when the
# shipped dialogs/understanding.model does, as in every commit; about 3 minutes of training otherwise), so each host
# loads it instead of waiting for training.
dotnet run --project src/SafeSchools.Bot -- train

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test SafeSchools.Bot.sln --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line over all test projects, e.g. "812 passed, 0 failed".
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) }
     }
     END { printf "%d passed, %d failed\n", p, f }' FS='[ ,]+' "$log"
exit "$status"
