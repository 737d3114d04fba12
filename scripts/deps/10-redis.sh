#!/usr/bin/env bash
# Debian's redis-server for the state tests (tests/Bot.Tests/State): the Redis state contract,
# the two-instance concurrency test and the restart test. Bound to 127.0.0.1 only, no persistence
# (tests need a shared live server, not durable data). Idempotent; run as root by scripts/test.sh.
set -euo pipefail

if ! command -v redis-server >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq redis-server >/dev/null
fi

if ! redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no \
    --protected-mode yes --logfile /tmp/cpc-redis.log
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG && break
    sleep 0.1
  done
  redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG
fi

echo "export CPC_TEST_REDIS=127.0.0.1:6379"
