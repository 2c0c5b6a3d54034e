#!/usr/bin/env bash
# Issue 2: the published app on SQLite with the demo school, signed in as the demo teacher, on the teacher's
# home page; the bare /healthz endpoint is measured in the same run for comparison.
#   bench/wrk/teacher-home.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/wrk/lib.sh
seconds=${1:-15}; connections=${2:-32}
start_app sqlite
cookie=$(sign_in giaovien@mnviethung.edu.vn)
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
curl -fs -H "Cookie: $cookie" "$base/" >"$work/page.html" && grep -q "Lớp của tôi" "$work/page.html" || { echo "teacher home did not render" >&2; exit 1; }
measure teacher-home "$base/" "$connections" "$seconds" "$cookie"
measure healthz "$base/healthz" "$connections" "$seconds"
report
