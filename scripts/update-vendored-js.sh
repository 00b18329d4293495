#!/usr/bin/env bash
# Refreshes the two JavaScript files the repository commits so that nobody needs Node or npm to build, run or test:
#
#   src/SafeSchools.Bot/wwwroot/lib/webchat.js           botframework-webchat's dist/webchat.js (the pages' chat)
#   src/SafeSchools.Bot/wwwroot/lib/webchat.js.LICENSE.txt  its third-party notices, as the package ships them
#   src/SafeSchools.Bot/wwwroot/lib/LICENSE-botframework-webchat.txt  Web Chat's own licence (MIT)
#   tests/SafeSchools.Bot.Tests/Web/axe-core/axe.min.js  axe-core (the browser tests' accessibility checks)
#   tests/SafeSchools.Bot.Tests/Web/axe-core/LICENSE, LICENSE-3RD-PARTY.txt  its licences (MPL-2.0), as shipped
#
# Each file is taken unchanged from the npm package's tarball at the version pinned below; the tarball is checked
# against the pinned sha512 integrity (the value npm's lock files record) before anything is copied.
#
# Needs npm (this script only). Run from anywhere:
#   scripts/update-vendored-js.sh
# With the pins unchanged it re-downloads the same files, and `git status` shows nothing changed.
#
# To move to a new version:
#   1. set WEBCHAT_VERSION (or AXE_VERSION) below to the new version;
#   2. set WEBCHAT_INTEGRITY (or AXE_INTEGRITY) to what `npm view botframework-webchat@<version> dist.integrity`
#      (or `npm view axe-core@<version> dist.integrity`) prints;
#   3. run this script, then ./test.sh (the browser tests check the pages, the Content-Security-Policy and
#      accessibility with the new files), and commit the changed files with the script.
set -euo pipefail

WEBCHAT_VERSION=4.18.1
WEBCHAT_INTEGRITY=sha512-7jpEUJ7olT62Xm+8eh7BhhIcXVfU2xD4pZDaeBt8K4XcNy6K/83UGIxE9BFkXmHMZ4hDEVOzs5cre07GWuaXzg==
AXE_VERSION=4.14.1
AXE_INTEGRITY=sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==

cd "$(dirname "$0")/.."
root=$(pwd)
webchat_dir=src/SafeSchools.Bot/wwwroot/lib
axe_dir=tests/SafeSchools.Bot.Tests/Web/axe-core

command -v npm >/dev/null 2>&1 || { echo "npm is needed to update the vendored scripts (not to build, run or test)." >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Downloads one package tarball (not its dependencies), checks it against the pinned integrity and unpacks it.
fetch() {
  local name=$1 version=$2 integrity=$3 tarball actual
  tarball=$(cd "$work" && npm pack "$name@$version" --silent --no-audit --no-fund)
  actual="sha512-$(openssl dgst -sha512 -binary "$work/$tarball" | openssl base64 -A)"
  if [ "$actual" != "$integrity" ]; then
    echo "$name@$version: the tarball's integrity is $actual, not the pinned $integrity. Nothing was changed." >&2
    exit 1
  fi
  mkdir -p "$work/$name"
  tar -xzf "$work/$tarball" -C "$work/$name"
  echo "$name@$version: integrity checked"
}

fetch botframework-webchat "$WEBCHAT_VERSION" "$WEBCHAT_INTEGRITY"
fetch axe-core "$AXE_VERSION" "$AXE_INTEGRITY"

mkdir -p "$webchat_dir" "$axe_dir"
cp "$work/botframework-webchat/package/dist/webchat.js" "$webchat_dir/webchat.js"
cp "$work/botframework-webchat/package/dist/webchat.js.LICENSE.txt" "$webchat_dir/webchat.js.LICENSE.txt"
cp "$work/axe-core/package/axe.min.js" "$work/axe-core/package/LICENSE" "$work/axe-core/package/LICENSE-3RD-PARTY.txt" "$axe_dir/"

# The botframework-webchat package declares "license": "MIT" but ships no LICENSE file; the text is the LICENSE of
# the repository it is built from, at the release's tag.
license_url="https://raw.githubusercontent.com/microsoft/BotFramework-WebChat/v$WEBCHAT_VERSION/LICENSE"
if curl -fsSL --max-time 30 -o "$work/LICENSE" "$license_url"; then
  {
    echo "Microsoft Bot Framework Web Chat $WEBCHAT_VERSION (npm package botframework-webchat, file dist/webchat.js),"
    echo "committed here unchanged as webchat.js. The package declares \"license\": \"MIT\" and ships no licence file;"
    echo "the text below is the LICENSE of https://github.com/microsoft/BotFramework-WebChat at tag v$WEBCHAT_VERSION."
    echo "Notices of the third-party code inside the bundle: webchat.js.LICENSE.txt, as the package ships it."
    echo
    cat "$work/LICENSE"
  } >"$webchat_dir/LICENSE-botframework-webchat.txt"
else
  echo "Could not download $license_url: $webchat_dir/LICENSE-botframework-webchat.txt is unchanged." >&2
  echo "Check it against that file by hand (and its first lines' version) before committing." >&2
fi

# The test that the committed files match these pins (VendoredScriptTests) reads the versions from this script.
git -C "$root" status --short -- "$webchat_dir" "$axe_dir" scripts/update-vendored-js.sh
echo "Done: botframework-webchat $WEBCHAT_VERSION, axe-core $AXE_VERSION."
