#!/usr/bin/env bash
# Runs every test: installs what the tests need on a fresh machine, then the whole suite.
# With an area (engine, data, web, browser, accuracy or reliability), runs that area's tests alone.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-all}" in
  all) parts=("FullyQualifiedName!~Formulate.Tests.Browser" "FullyQualifiedName~Formulate.Tests.Browser") ;;
  engine|data|web|browser|accuracy|reliability) parts=("FullyQualifiedName~Formulate.Tests.${1^}.") ;;
  *) echo "Unknown area '$1': use engine, data, web, browser, accuracy or reliability, or nothing for every test." >&2; exit 2 ;;
esac

# The build needs ICU (globalisation is on, as SQL Server's client needs) and npm (it installs the front-end packages;
# the sign-in tests also run a test OpenID Provider on Node.js). The rest only the tests need, so it installs while the
# solution builds.
for_build=(); for_tests=()
ldconfig -p | grep -q libicuuc || for_build+=(libicu72)
command -v npm >/dev/null 2>&1 || for_build+=(nodejs npm)
command -v chromium >/dev/null 2>&1 || for_tests+=(chromium)
# The browser tests drive the headless shell: the same Chromium without the windowed browser, and about a quarter cheaper.
command -v chromium-headless-shell >/dev/null 2>&1 || for_tests+=(chromium-headless-shell)
command -v pdftotext >/dev/null 2>&1 || for_tests+=(poppler-utils)
[ -x /usr/lib/postgresql/15/bin/initdb ] || for_tests+=(postgresql)
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
apt_install() {
  echo "Installing $*"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
if [ $((${#for_build[@]} + ${#for_tests[@]})) -gt 0 ]; then
  $SUDO apt-get update -qq
fi
if [ ${#for_build[@]} -gt 0 ]; then
  apt_install "${for_build[@]}"
fi
installing=""
if [ ${#for_tests[@]} -gt 0 ]; then
  install_log=$(mktemp)
  apt_install "${for_tests[@]}" >"$install_log" 2>&1 &
  installing=$!
fi

dotnet build Formulate.sln -c Release -nologo -v quiet
if [ -n "$installing" ]; then
  if ! wait "$installing"; then
    cat "$install_log" >&2
    echo "Installing ${for_tests[*]} failed (above); the tests need them. Install them with apt-get and run this again." >&2
    exit 1
  fi
  cat "$install_log"
  rm -f "$install_log"
fi
times="set-up and build ${SECONDS} s"

# The browser tests run after the rest rather than beside it: their two groups run side by side and want both cores.
passed=0; failed=0; status=0
failures=$(mktemp)
for part in "${parts[@]}"; do
  log=$(mktemp)
  started=$SECONDS
  dotnet test Formulate.Tests -c Release --no-build -nologo --filter "$part" --logger "console;verbosity=normal" | tee "$log" || status=1
  # The console logger's closing lines: "Total tests: N", then "Passed: N" and, when any did, "Failed: N".
  grep -qE "^Total tests: [0-9]+" "$log" || status=1
  passed=$((passed + $(grep -oE "^ +Passed: [0-9]+" "$log" | grep -oE "[0-9]+" | tail -1 || echo 0)))
  failed=$((failed + $(grep -oE "^ +Failed: [0-9]+" "$log" | grep -oE "[0-9]+" | tail -1 || echo 0)))
  # Each failed test with the start of its message, repeated at the end where a long log's last lines will show it.
  awk '/^  Failed Formulate[.]/ { n = 20 } /^  Stack Trace:/ { n = 0 } n-- > 0' "$log" >> "$failures"
  rm -f "$log"
  times="$times; $part $((SECONDS - started)) s"
done
if [ -s "$failures" ]; then
  echo "Failed tests:"
  cat "$failures"
fi
rm -f "$failures"
echo "Times: $times"
echo "$passed passed, $failed failed"
exit $status
