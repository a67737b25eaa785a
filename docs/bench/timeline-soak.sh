#!/usr/bin/env bash
# Timeline soak (issue #4): streams 20,000 posts from the sandbox into the real Woolly's open home
# timeline while it scrolls, under Xvfb, and prints RSS after 2,000 and 20,000 posts and pulse times.
# See docs/bench/README.md for what is measured and the figures.
#
#   docs/bench/timeline-soak.sh [soak options]     e.g. --posts=20000 --rate=150 --diagnose
#
# Environment:
#   SOAK_JVM_OPTS  JVM options for the measured process. Default: the launcher's own, from
#                  packaging/jvm-options (SOAK_JVM_OPTS=" " runs with the JDK's defaults).
#   SOAK_OUT       where the log, summary and diagnostics go (default target/soak/<time>).
#   JAVA_HOME      a JDK 25 (default /usr/lib/jvm/temurin-25-jdk-amd64).
# Only 127.0.0.1 is contacted. Stops by itself (the program's own limit is 9 minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
out=${SOAK_OUT:-target/soak/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"

if ! command -v xvfb-run >/dev/null; then
  echo "installing xvfb (Debian) ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb) >/dev/null
fi

./mvnw -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile="$out/dependencies.txt" -Dmdep.includeScope=test
# As in the packaged app: the JavaFX platform jars on the module path, everything else on the
# classpath. The test-only UI drivers (TestFX, Monocle) are left out: the soak uses real GTK glass.
fx=() cp=(target/test-classes target/classes)
IFS=: read -r -a jars <"$out/dependencies.txt" || true  # the file has no final newline
for jar in "${jars[@]}"; do
  case $jar in
    */org/openjfx/javafx-*-linux.jar) fx+=("$jar") ;;
    */org/openjfx/*|*/org/testfx/*) ;;
    *) cp+=("$jar") ;;
  esac
done
join() { local IFS=:; echo "$*"; }

if [[ -z ${SOAK_JVM_OPTS+set} ]]; then
  SOAK_JVM_OPTS=$(grep -v '^#' packaging/jvm-options | tr '\n' ' ')
fi
home=$(mktemp -d -t woolly-soak-home.XXXXXX)
trap 'rm -rf "$home"' EXIT
cmd=("$JAVA_HOME/bin/java" ${SOAK_JVM_OPTS:-}
  -Dwoolly.home="$home" -Dprism.order=sw
  --enable-native-access=javafx.graphics,ALL-UNNAMED
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
  --module-path "$(join "${fx[@]}")" --add-modules javafx.controls,javafx.swing
  -cp "$(join "${cp[@]}")"
  social.woolly.bench.TimelineSoak --out="$out" "$@")
echo "command: xvfb-run -a -s '-screen 0 1280x800x24 -nolisten tcp' ${cmd[*]}" >"$out/command.txt"
# No D-Bus session: Woolly then keeps the token in the file the soak wrote, not in a keychain.
set +e
env -u DBUS_SESSION_BUS_ADDRESS \
  xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "${cmd[@]}" 2>&1 | tee "$out/console.log"
status=${PIPESTATUS[0]}
set -e
cp -r "$home/state/logs" "$out/app-logs" 2>/dev/null || true
echo "results in $out"
exit "$status"
