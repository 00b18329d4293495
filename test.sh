#!/usr/bin/env bash
# Runs every test of SafeSchools.Bot. Works on a fresh machine: it installs what the tests need first.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-test-prerequisites.sh

dotnet test SafeSchools.Bot.sln --nologo "$@"
