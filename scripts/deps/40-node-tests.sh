#!/usr/bin/env bash
# Node.js and the npm packages for the JavaScript Direct Line client test
# (tests/js: botframework-directlinejs + xhr2, from package-lock.json), driven by
# tests/Bot.Tests/DirectLine/DirectLineJsClientTests.cs. The web chat page's own npm install
# (src/Bot/WebChat) is done by the build itself. Needs Node.js 18+; Node 20 is what we test on.
# Idempotent; run as root by scripts/test.sh after its 'apt-get update'.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq nodejs npm >/dev/null
fi

cd "$root/tests/js"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
