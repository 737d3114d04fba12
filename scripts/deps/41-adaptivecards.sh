#!/usr/bin/env bash
# The official adaptivecards npm package (3.0.6, from tests/js/adaptivecards/package-lock.json), used by
# tests/Bot.Tests/Coaching/CardValidationTests.cs through tests/js/adaptivecards/validate.js to validate every
# answer card. Node.js comes from 40-node-tests.sh (installed here too if missing).
# Idempotent; run as root by scripts/test.sh after its 'apt-get update'.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq nodejs npm >/dev/null
fi

cd "$root/tests/js/adaptivecards"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
