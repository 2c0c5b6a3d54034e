# Shared by the wrk scenarios: publish, start on SQLite or PostgreSQL, sign in, measure with percentiles.
# shellcheck shell=bash

work=$(mktemp -d /tmp/sprout-wrk.XXXXXX)
port=${PORT:-5099}
base="http://127.0.0.1:$port"
app_pid=""
pg_dir=""

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  if [ -n "$pg_dir" ]; then
    runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# start_app sqlite|postgres; leaves the database in $db_provider and $db_connection for the CLI
db_provider=""
db_connection=""
start_app() {
  local provider=$1 connection
  command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }
  # PUBLISHED_APP: a folder already published from this tree, to measure both databases without publishing twice.
  # This machine's runtime only: without it every platform's native libraries (630 MB, SkiaSharp's symbols) are copied.
  app_dir=${PUBLISHED_APP:-$work/app}
  [ -n "${PUBLISHED_APP:-}" ] || dotnet publish src/Sprout.Web -c Release --use-current-runtime --self-contained false -o "$app_dir" -nologo -v quiet >/dev/null
  if [ "$provider" = postgres ]; then
    local bin pgport
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    pg_dir=$(mktemp -d /tmp/sprout-wrk-pg.XXXXXX); chown postgres "$pg_dir"
    pgport=$((port + 1000))
    runuser -u postgres -- "$bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w -o "-p $pgport -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
    psql -h 127.0.0.1 -p "$pgport" -U postgres -qc "CREATE DATABASE sprout" >/dev/null
    provider=Postgres; connection="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=sprout;Maximum Pool Size=100"
  else
    provider=Sqlite; connection="Data Source=$work/sprout.db"
  fi
  (
    # The content root is the working directory: run from the published folder so appsettings.json is read.
    cd "$app_dir"
    Database__Provider=$provider Database__ConnectionString=$connection Urls="$base" \
    Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production Notifications__PollSeconds=3600 \
    exec dotnet Sprout.Web.dll >"$work/app.log" 2>&1
  ) &
  app_pid=$!
  db_provider=$provider; db_connection=$connection
  for _ in $(seq 1 240); do curl -fs "$base/healthz" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the app did not start" >&2; cat "$work/app.log" >&2; exit 1
}

# sign_in LOGIN → prints the cookies a browser sends after signing in: "sprout.auth=…; sprout.af=…" (the antiforgery
# cookie too: without it every page answer sets a new one, as a first visit does, and such an answer is never cached)
sign_in() {
  local jar="$work/cookies-$1" token
  token=$(curl -s -c "$jar" -b "$jar" "$base/dang-nhap" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Login=$1" --data-urlencode "Input.Password=MamNon@2026" "$base/dang-nhap"
  awk '$6 == "sprout.auth" { auth = $6 "=" $7 } $6 == "sprout.af" { af = $6 "=" $7 } END { if (auth != "") print auth (af != "" ? "; " af : "") }' "$jar"
}

# measure NAME URL CONNECTIONS SECONDS [COOKIE] [LUA-SCRIPT] → prints wrk's report and a line "NAME rps p95_ms"
measure() {
  local name=$1 url=$2 connections=$3 seconds=$4 cookie=${5:-}
  local script=${6:-$(dirname "${BASH_SOURCE[0]}")/percentiles.lua}
  local args=(-t2 -c"$connections" -d"${seconds}s" --latency -s "$script")
  [ -n "$cookie" ] && args+=(-H "Cookie: $cookie")
  wrk -t2 -c8 -d3s ${cookie:+-H "Cookie: $cookie"} ${6:+-s "$script"} "$url" >/dev/null
  local out
  out=$(wrk "${args[@]}" "$url")
  echo "--- $name ($url)"; echo "$out"
  printf '%s %s %s\n' "$name" "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" "$(awk '/^p95_ms/ { print $2 }' <<<"$out")" >>"$work/results"
}

report() {
  echo "=== results (requests/s, p95 ms)"
  cat "$work/results"
  awk 'NR == 1 { page = $2 } NR == 2 { printf "page/bare ratio = %.3f\n", page / $2 }' "$work/results"
}
