#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs and starts what the tests need
# (scripts/deps/*.sh, in name order), then runs every test project once.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export CPC_FULL_RUN=1            # a missing server or tool is a failure, not a skip
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DEBIAN_FRONTEND=noninteractive

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq >/dev/null || echo "warning: apt-get update failed; continuing with the package lists we have"
fi

for dep in scripts/deps/*.sh; do
  [ -e "$dep" ] || continue
  echo "== $dep"
  # Each script may print KEY=VALUE lines on its last lines prefixed with 'export ' for the tests.
  bash "$dep" | tee /tmp/cpc-dep.out
  while IFS= read -r line; do
    case "$line" in export\ CPC_*=*) eval "$line" ;; esac
  done < /tmp/cpc-dep.out
done

results="$root/test-artifacts/results"
rm -rf "$results"
mkdir -p "$results"

status=0
# A hung test must fail the run, not hold CI until its deadline: blame kills a test host silent for 10 minutes.
dotnet test CpcCoachBot.sln --logger "trx" --results-directory "$results" --blame-hang-timeout 10m --blame-hang-dump-type none "$@" || status=$?

# One plain closing line for CI readers: 'N passed, N failed'.
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
echo "Tests: $passed passed, $failed failed"
if [ "$passed" = "0" ]; then
  echo "no test ran" >&2
  exit 1
fi
exit $status
