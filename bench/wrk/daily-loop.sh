#!/usr/bin/env bash
# Issue 14, measured: 200 signed-in parents opening their own child's day page (each request another parent's
# cookie), the teacher's attendance page, and the bare /healthz, at 64 connections on the published app, in one run.
# Aim: p95 under 100 ms and at least 15 % of /healthz's requests per second.
#   bench/wrk/daily-loop.sh [sqlite|postgres] [seconds] [connections] [parents]
# PUBLISHED_APP=dir PUBLISHED_CLI=dir: reuse folders published from this tree instead of publishing again.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/wrk/lib.sh
provider=${1:-sqlite}; seconds=${2:-15}; connections=${3:-64}; parents=${4:-200}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
start_app "$provider"
cli_dir=${PUBLISHED_CLI:-$work/cli}
[ -n "${PUBLISHED_CLI:-}" ] || dotnet publish src/Sprout.Cli -c Release --use-current-runtime --self-contained false -o "$cli_dir" -nologo -v quiet >/dev/null
# The app's own keys folder: the CLI appends audit entries with the app's HMAC key, and creates no second key.
Database__Provider=$db_provider Database__ConnectionString=$db_connection \
  dotnet "$cli_dir/sprout.dll" demo parent-accounts --count "$parents" --keys "$app_dir/data/keys" \
  >"$work/phones" 2>"$work/cli.err" || { echo "sprout demo parent-accounts failed:" >&2; cat "$work/cli.err" >&2; exit 1; }
[ "$(grep -c '^[0-9]*$' "$work/phones")" -eq "$parents" ] && [ "$(wc -l <"$work/phones")" -eq "$parents" ] || {
  echo "expected $parents demo parents' phone numbers from sprout demo parent-accounts, got:" >&2
  head -n 5 "$work/phones" >&2; cat "$work/cli.err" >&2; exit 1; }

: >"$work/parents"
while read -r phone; do
  cookie=$(sign_in "$phone")
  [ -n "$cookie" ] || { echo "sign-in failed for $phone" >&2; exit 1; }
  child=$(curl -fs -H "Cookie: $cookie" "$base/con-toi" | grep -o 'href="/con-toi/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
  [ -n "$child" ] || { echo "no child for $phone" >&2; exit 1; }
  printf '/con-toi/%s/so-lien-lac\t%s\n' "$child" "$cookie" >>"$work/parents"
done <"$work/phones"
first_path=$(head -n 1 "$work/parents" | cut -f1); first_cookie=$(head -n 1 "$work/parents" | cut -f2)
# To a file, not a pipe: grep -q stops reading at the first match and, under pipefail, curl's broken pipe failed the check.
curl -fs -H "Cookie: $first_cookie" "$base$first_path" >"$work/first-day.html" || { echo "parent day page did not answer" >&2; exit 1; }
grep -q "Sổ liên lạc" "$work/first-day.html" || { echo "parent day page did not render" >&2; exit 1; }

teacher=$(sign_in giaovien@mnviethung.edu.vn)
[ -n "$teacher" ] || { echo "teacher sign-in failed" >&2; exit 1; }
class=$(curl -fs -H "Cookie: $teacher" "$base/lop" | grep -o 'href="/lop/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
attendance="$base/lop/$class/diem-danh"
curl -fs -H "Cookie: $teacher" "$attendance" >/dev/null || { echo "attendance page did not render" >&2; exit 1; }

export PARENTS_FILE="$work/parents"
measure "parent-day-$provider" "$base$first_path" "$connections" "$seconds" "" bench/wrk/rotate-parents.lua
measure "teacher-attendance-$provider" "$attendance" "$connections" "$seconds" "$teacher"
measure "healthz-$provider" "$base/healthz" "$connections" "$seconds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "=== results (requests/s, p95 ms, share of /healthz requests/s)"
awk '{ name[NR] = $1; rps[NR] = $2; p95[NR] = $3 } END { for (i = 1; i <= NR; i++) printf "%-28s %10s rps  p95 %8s ms  %5.1f %%\n", name[i], rps[i], p95[i], 100 * rps[i] / rps[NR] }' "$work/results"
