#!/usr/bin/env bash
# Runs every test: installs what the tests need on a fresh machine, then the whole suite.
# With an area (engine, data, web, browser, accuracy or reliability), runs that area's tests alone.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# The browser tests drive the headless shell: the same Chromium without the windowed browser, and about a quarter cheaper.
command -v chromium-headless-shell >/dev/null 2>&1 || need_apt+=(chromium-headless-shell)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# ICU: globalisation is on, as SQL Server's client needs.
ldconfig -p | grep -q libicuuc || need_apt+=(libicu72)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql)
# Node.js and npm: the build installs the front-end packages, and the sign-in tests run a test OpenID Provider.
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

case "${1:-all}" in
  all) parts=("FullyQualifiedName!~Formulate.Tests.Browser" "FullyQualifiedName~Formulate.Tests.Browser") ;;
  engine|data|web|browser|accuracy|reliability) parts=("FullyQualifiedName~Formulate.Tests.${1^}.") ;;
  *) echo "Unknown area '$1': use engine, data, web, browser, accuracy or reliability, or nothing for every test." >&2; exit 2 ;;
esac

dotnet build Formulate.sln -c Release -nologo -v quiet

# The browser tests run after the rest rather than beside it: their two groups run side by side and want both cores.
passed=0; failed=0; status=0
failures=$(mktemp)
for part in "${parts[@]}"; do
  log=$(mktemp)
  dotnet test Formulate.Tests -c Release --no-build -nologo --filter "$part" --logger "console;verbosity=normal" | tee "$log" || status=1
  # The console logger's closing lines: "Total tests: N", then "Passed: N" and, when any did, "Failed: N".
  grep -qE "^Total tests: [0-9]+" "$log" || status=1
  passed=$((passed + $(grep -oE "^ +Passed: [0-9]+" "$log" | grep -oE "[0-9]+" | tail -1 || echo 0)))
  failed=$((failed + $(grep -oE "^ +Failed: [0-9]+" "$log" | grep -oE "[0-9]+" | tail -1 || echo 0)))
  # Each failed test with the start of its message, repeated at the end where a long log's last lines will show it.
  awk '/^  Failed Formulate[.]/ { n = 20 } /^  Stack Trace:/ { n = 0 } n-- > 0' "$log" >> "$failures"
  rm -f "$log"
done
if [ -s "$failures" ]; then
  echo "Failed tests:"
  cat "$failures"
fi
rm -f "$failures"
echo "$passed passed, $failed failed"
exit $status
