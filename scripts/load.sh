#!/usr/bin/env bash
# Load test: starts a throwaway PostgreSQL 15 and Formulate (published, Production settings) on
# loopback, then drives them with Formulate.Load (Chromium's headless shell, from Debian):
#   browser: 50 practitioners in Chromium answering questions (answer-to-estimate time, memory each)
#   api:     500 estimates a second through POST /api/v1/estimates for 60 s (latency percentiles)
# Any further arguments go to Formulate.Load, e.g. --scenario api --rate 300 --duration 30.
# Environment variables named Formulate__... reach the app, e.g. to raise API rate limits.
# The summary, and for the browser scenario each answer's timing, the section moves, CPU per process
# and the server's GC pauses (CSV), go to load-results/<time>/ (or $FORMULATE_LOAD_RESULTS);
# scripts/load-timeline.py sets them side by side.
# Takes about four minutes; not part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium-headless-shell >/dev/null 2>&1 || need_apt+=(chromium-headless-shell)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
ldconfig -p | grep -q libicuuc || need_apt+=(libicu72)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/formulate-load-XXXXXX)
pg_bin=/usr/lib/postgresql/15/bin
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$work"; as_postgres=(runuser -u postgres --); fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pg_port=$(free_port)
app_port=$(free_port)
app_pid=""

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building"
dotnet publish Formulate.Web -c Release -o "$work/app" -nologo -v quiet
dotnet build Formulate.Load -c Release -nologo -v quiet

echo "Starting PostgreSQL 15 on 127.0.0.1:$pg_port"
"${as_postgres[@]}" "$pg_bin/initdb" -D "$work/data" -A trust -U postgres -E UTF8 --locale=C >/dev/null
"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/data" -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" \
  -l "$work/postgres.log" -w start >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=formulate_load"
api_key=$(head -c 32 /dev/urandom | base64 | tr -d '/+=')

echo "Starting Formulate on http://127.0.0.1:$app_port"
(
  cd "$work/app"
  export ASPNETCORE_ENVIRONMENT=Production
  export ASPNETCORE_URLS="http://127.0.0.1:$app_port"
  export Formulate__Data__Provider=PostgreSql
  export Formulate__Data__ConnectionString="$connection"
  export Formulate__Data__SeedDemoData=true
  # Every simulated practitioner signs in from the same loopback address, which the sign-in limit
  # (meant for one person guessing passwords) would otherwise refuse after the first few.
  export Formulate__RateLimits__SignInAttemptsPerMinute="${Formulate__RateLimits__SignInAttemptsPerMinute:-1000}"
  export Formulate__Api__ProvisionedKey="$api_key"
  export Logging__LogLevel__Default=Warning
  exec dotnet Formulate.Web.dll >"$work/app.log" 2>&1
) &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$app_port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$app_port/health/ready" >/dev/null

results="${FORMULATE_LOAD_RESULTS:-load-results/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$results"
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
  | tee "$results/summary.txt"
set +e
dotnet Formulate.Load/bin/Release/net10.0/Formulate.Load.dll \
  --base-url "http://127.0.0.1:$app_port" --api-key "$api_key" --connection-string "$connection" \
  --server-pid "$app_pid" --results "$results" "$@" 2>&1 | tee -a "$results/summary.txt"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "Formulate's warnings and errors during the run:"
  tail -n 40 "$work/app.log"
fi
exit "$status"
