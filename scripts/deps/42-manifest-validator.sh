#!/usr/bin/env bash
# Microsoft's Teams app manifest validator, npm @microsoft/app-manifest 1.1.2 (schemas v1.0-v1.30 bundled,
# validates offline), from tests/js/manifest/package-lock.json. Driven by tests/Bot.Tests/Manifest.
# Needs Node.js 18+ (20 LTS is what we test on). Idempotent; run as root by scripts/test.sh.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq nodejs npm >/dev/null
fi

cd "$root/tests/js/manifest"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
