#!/usr/bin/env bash
# Issue 3, the morning rush: a signed-in parent opening their child's contact-book day page, at 64 connections,
# on the published app; the bare /healthz endpoint in the same run. Aim: p95 under 100 ms.
#   bench/wrk/morning-rush.sh [sqlite|postgres] [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/wrk/lib.sh
provider=${1:-sqlite}; seconds=${2:-15}; connections=${3:-64}
start_app "$provider"
cookie=$(sign_in 0912345678)
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
child=$(curl -fs -H "Cookie: $cookie" "$base/con-toi" | grep -o 'href="/con-toi/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
url="$base/con-toi/$child/so-lien-lac"
curl -fs -H "Cookie: $cookie" "$url" >"$work/page.html" && grep -q "Sổ liên lạc" "$work/page.html" || { echo "contact-book page did not render" >&2; exit 1; }
measure "contact-book-$provider" "$url" "$connections" "$seconds" "$cookie"
measure "healthz-$provider" "$base/healthz" "$connections" "$seconds"
report
