#!/usr/bin/env bash
# Debian's Chromium for the browser end-to-end test (tests/Bot.Tests/Browser/WebChatPageTests.cs).
# Playwright drives /usr/bin/chromium through ExecutablePath: no browser build is ever downloaded.
# Idempotent; run as root by scripts/test.sh after its 'apt-get update'.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# fonts-liberation gives screenshots metric-compatible fonts instead of fallback boxes.
apt-get install -y -qq chromium fonts-liberation >/dev/null
