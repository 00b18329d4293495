#!/usr/bin/env bash
# Installs what the test suite needs and the machine lacks. Safe to run again: it only installs what is missing.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dotnet.microsoft.com/download)." >&2
  exit 1
fi
