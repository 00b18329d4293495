#!/usr/bin/env bash
# Cold start: from process start to the first answered turn (a "hi" posted to /api/messages, replies returned in
# the response), several runs each: the bot as `dotnet build -c Release` leaves it and as the Dockerfile publishes it
# (ReadyToRun), each on the in-memory store and on the embedded SQLite default.
# Run from the project root:  bench/cold-start.sh [runs=5] [other.dll ...]
# Any other .dll given (e.g. a bare Kestrel endpoint) is timed the same way first, for a side-by-side figure.
set -euo pipefail
runs=${1:-5}; shift || true
[[ -d src/SafeSchools.Bot ]] || { echo "run from the project root"; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/SafeSchools.Bot >"$work/build.log" 2>&1 || { cat "$work/build.log"; echo "build failed"; exit 1; }
dotnet publish -c Release --use-current-runtime --self-contained false -o "$work/published" src/SafeSchools.Bot >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; echo "publish failed"; exit 1; }
here=$(dirname "$0")
series() {
  local name=$1; shift
  local times=() time
  for _ in $(seq "$runs"); do
    time=$(node "$here/first-turn.js" 39990 "$@") || { echo "$name: did not answer"; return 1; }
    times+=("$time")
  done
  echo "$name: ${times[*]} s"
}

bot=(env ASPNETCORE_ENVIRONMENT=Development Content__DialogsPath="$PWD/dialogs")
for dll in "$@"; do series "$(basename "$dll" .dll)" dotnet "$dll"; done
built=src/SafeSchools.Bot/bin/Release/net10.0/SafeSchools.Bot.dll
series "built, in-memory" "${bot[@]}" Storage__Provider=Memory dotnet "$built"
series "built, SQLite" "${bot[@]}" Storage__SqlitePath="$work/built.db" dotnet "$built"
series "published (ReadyToRun), in-memory" "${bot[@]}" Storage__Provider=Memory dotnet "$work/published/SafeSchools.Bot.dll"
series "published (ReadyToRun), SQLite" "${bot[@]}" Storage__SqlitePath="$work/published.db" dotnet "$work/published/SafeSchools.Bot.dll"
