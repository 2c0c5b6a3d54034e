#!/usr/bin/env bash
# Runs every Sprout test on this machine, from nothing:
#   - as root, installs what is missing (Chromium, PostgreSQL, poppler-utils, tesseract with Vietnamese, qpdf, fonts, wrk);
#   - builds the solution once (warnings are errors);
#   - starts a throwaway PostgreSQL cluster on a free port;
#   - runs the unit, integration (SQLite and PostgreSQL), CLI and browser suites;
#   - stops what it started and prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
artifacts="$root/.test-artifacts"
rm -rf "$artifacts"
mkdir -p "$artifacts"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '== %s\n' "$*"; }
fail_early() { echo "$1" >&2; echo "0 passed, 1 failed"; exit 1; }

# --- 1. System packages -------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 && command -v pdfsig >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 && ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr tesseract-ocr-vie)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || missing+=(fonts-liberation2)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    fail_early "Missing system packages (${missing[*]}); run this script as root to install them."
  fi
  say "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >"$artifacts/apt.log" 2>&1 \
    && apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$artifacts/apt.log" 2>&1 \
    || { tail -20 "$artifacts/apt.log" >&2; fail_early "apt-get install failed."; }
fi
command -v dotnet >/dev/null 2>&1 || fail_early "The .NET SDK (dotnet) is required: https://dot.net"

# --- 2. Build once ------------------------------------------------------------------------
say "building"
if ! dotnet build Sprout.slnx -c Release -nologo -v quiet >"$artifacts/build.log" 2>&1; then
  grep -E "error|warning" "$artifacts/build.log" | sort -u | head -40 >&2
  fail_early "Build failed (see .test-artifacts/build.log)."
fi

# --- 3. A throwaway PostgreSQL cluster ---------------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/sprout-pg.XXXXXX)
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || for p in $(seq 55432 55532); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; break; }; done
}
pgport=$(free_port)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pgdir"; fi
stop_pg() {
  as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT
say "starting PostgreSQL on port $pgport"
as_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$artifacts/initdb.log" 2>&1 \
  || fail_early "initdb failed (see .test-artifacts/initdb.log)."
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
  -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null 2>&1 || { cat "$pgdir/server.log" >&2; fail_early "PostgreSQL did not start."; }
export PATH="$pgbin:$PATH"
pg="Host=127.0.0.1;Port=$pgport;Username=postgres"

# --- 4. Suites ----------------------------------------------------------------------------
passed=0; failed=0; skipped=0
run_suite() { # name project filter [VAR=value...]
  local name=$1 project=$2 filter=$3; shift 3
  say "suite $name"
  local args=(test "$project" -c Release --no-build --nologo --results-directory "$artifacts" --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal")
  [ -n "$filter" ] && args+=(--filter "$filter")
  env SPROUT_TEST_LOG="$artifacts/$name-hosts.log" "$@" dotnet "${args[@]}" 2>&1 | tee "$artifacts/$name.log" | grep -E "^\s+Failed |Passed!|Failed!|error" || true
  local trx="$artifacts/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "   suite $name produced no results: counted as one failure" >&2
    failed=$((failed + 1)); return
  fi
  local counters
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  local p f e t
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  e=$(sed -E 's/.* error="([0-9]+)".*/\1/' <<<"$counters")
  t=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f + e))
  if [ $((f + e)) -gt 0 ]; then
    # CI keeps only this output: each failure's message and the top of its stack (Playwright's call log names the
    # step that waited), then the test hosts' slow requests, which tell a slow server from a stuck browser.
    awk '/^  Failed [^ ]/ { n = 40 } n > 0 { print "   | " $0; n-- }' "$artifacts/$name.log" | head -160
    if [ -f "$artifacts/$name-hosts.log" ]; then
      grep -F "Slow request" "$artifacts/$name-hosts.log" | head -15 | sed 's/^/   host: /'
    fi
  fi
  skipped=$((skipped + t - p - f - e))
  if [ "$t" -eq 0 ]; then echo "   suite $name ran no test: counted as one failure" >&2; failed=$((failed + 1)); fi
}

run_suite domain tests/Sprout.Domain.Tests ""
run_suite web-sqlite tests/Sprout.Web.Tests "Requires!=Postgres" SPROUT_TEST_DB=Sqlite
run_suite web-postgres tests/Sprout.Web.Tests "Category!=Browser" SPROUT_TEST_DB=Postgres SPROUT_TEST_PG="$pg"
if [ -d tests/Sprout.Cli.Tests ]; then
  run_suite cli-sqlite tests/Sprout.Cli.Tests "" SPROUT_TEST_DB=Sqlite
  run_suite cli-postgres tests/Sprout.Cli.Tests "" SPROUT_TEST_DB=Postgres SPROUT_TEST_PG="$pg"
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
