#!/usr/bin/env bash
# Load scenario: the published app on SQLite with the demo school, signed in as the demo teacher,
# requesting the teacher's home page; the bare /healthz endpoint is measured in the same run for comparison.
#   bench/wrk/teacher-home.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
connections=${2:-32}
work=$(mktemp -d /tmp/sprout-wrk.XXXXXX)
port=5099
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }

dotnet publish src/Sprout.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
(
  # The content root is the working directory: run from the published folder so appsettings.json is read.
  cd "$work/app"
  Database__ConnectionString="Data Source=$work/sprout.db" Urls="http://127.0.0.1:$port" \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  exec dotnet Sprout.Web.dll >"$work/app.log" 2>&1
) &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done

jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/dang-nhap" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null \
  --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Login=giaovien@mnviethung.edu.vn" --data-urlencode "Input.Password=MamNon@2026" \
  "http://127.0.0.1:$port/dang-nhap" >"$work/signin.txt"
cookie=$(awk '$6 == "sprout.auth" { print $6 "=" $7 }' "$jar")
[ -n "$cookie" ] || { echo "sign-in failed: $(cat "$work/signin.txt")" >&2; grep -E "alert|validation" "$work/signin.txt" >&2; tail -5 "$work/app.log" >&2; exit 1; }
curl -fs -H "Cookie: $cookie" "http://127.0.0.1:$port/" | grep -q "Lớp của tôi" || { echo "teacher home did not render" >&2; exit 1; }

# Warm both paths (JIT, EF query cache), then measure.
wrk -t2 -c8 -d3s -H "Cookie: $cookie" "http://127.0.0.1:$port/" >/dev/null
wrk -t2 -c8 -d3s "http://127.0.0.1:$port/healthz" >/dev/null
home=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: $cookie" "http://127.0.0.1:$port/")
health=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port/healthz")
echo "--- teacher home (/), signed in"; echo "$home"
echo "--- /healthz"; echo "$health"
rps() { awk '/Requests\/sec/ { print $2 }' <<<"$1"; }
h=$(rps "$home"); z=$(rps "$health")
printf 'teacher home: %s req/s; /healthz: %s req/s; home/healthz = %.2f\n' "$h" "$z" "$(echo "$h / $z" | bc -l)"
