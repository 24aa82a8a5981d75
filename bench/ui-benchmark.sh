#!/usr/bin/env bash
# UI benchmark of the all-events view (/events) on a synthetic database; see "UI benchmark" in README.md.
#
#   bench/ui-benchmark.sh [events=12000] [sessions=50] [loads=5]
#
# 1. generates <events> synthetic events into a fresh H2 file database (BENCH_DIR, default /tmp/ceasefire-bench);
# 2. starts the production jar on it (port BENCH_PORT, default 18080; JVM options from BENCH_JAVA_OPTS);
# 3. time to first render: median of <loads> loads of /events in headless Chromium (new session each);
# 4. memory per session: heap used after a full GC, before and after opening <sessions> more sessions;
# 5. stops the server.
# Builds the jar only when target/ceasefire-timeline.jar is missing or older than the sources; compiles the test
# classes for the generator (bench/SyntheticTimeline in src/test/java) and the browser driver. Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=${1:-12000}
SESSIONS=${2:-50}
LOADS=${3:-5}
PORT=${BENCH_PORT:-18080}
DIR=${BENCH_DIR:-/tmp/ceasefire-bench}
JAR=target/ceasefire-timeline.jar
URL="http://localhost:$PORT/events"

# the production jar, rebuilt only when it is missing or older than the sources
if [ ! -f "$JAR" ] || [ -n "$(find src/main frontend pom.xml -type f -newer "$JAR" -print -quit)" ]; then
    mvn -B -q -Pproduction package -DskipTests
fi
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
# the generator and the browser driver are benchmark code: they live in the test sources, not in the jar
TEST_CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
BROWSER=(java -cp "$TEST_CP" org.ceasefiretimeline.reader.AllEventsRenderBenchmark)

rm -rf "$DIR" && mkdir -p "$DIR"
DB="jdbc:h2:file:$DIR/db"
echo "== generating $EVENTS events into $DB"
java -cp "$TEST_CP" org.ceasefiretimeline.bench.SyntheticTimeline "$EVENTS" --spring.datasource.url="$DB" > "$DIR/generate.log" 2>&1 \
    || { tail -30 "$DIR/generate.log"; exit 1; }
grep '^generate-events:' "$DIR/generate.log"

echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "== starting the server on port $PORT (log: $DIR/server.log)"
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --spring.datasource.url="$DB" > "$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
# ready once the start-up import of the seed articles is done (it runs after the web server answers)
for _ in $(seq 300); do
    grep -q 'Import done' "$DIR/server.log" && break
    kill -0 $SERVER 2>/dev/null || { tail -30 "$DIR/server.log"; exit 1; }
    sleep 1
done
grep -q 'Import done' "$DIR/server.log" || { echo "server not ready after 300 s"; exit 1; }

echo "== time to first render of /events (navigation start to first visible grid row, median of $LOADS)"
"${BROWSER[@]}" render "$URL" "$LOADS" 2>/dev/null | tee "$DIR/render.txt"

# used heap in kB after a full GC (two, so that what the first one finalises goes too)
heap_used() {
    jcmd $SERVER GC.run > /dev/null && sleep 1 && jcmd $SERVER GC.run > /dev/null && sleep 1
    jcmd $SERVER GC.heap_info | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
}
ui_count() {
    jcmd $SERVER GC.class_histogram | awk '$4 == "com.vaadin.flow.component.UI" {print $2}' | head -1
}

echo "== memory per Vaadin session ($SESSIONS sessions, each a UI showing the grid's first rows)"
BEFORE=$(heap_used)
UIS_BEFORE=$(ui_count)
"${BROWSER[@]}" sessions "$URL" "$SESSIONS" 2>/dev/null
AFTER=$(heap_used)
UIS_AFTER=$(ui_count)
echo "live UIs on the server: ${UIS_BEFORE:-0} before, ${UIS_AFTER:-0} after"
echo "heap used after full GC: ${BEFORE} kB before, ${AFTER} kB after"

COLD=$(sed -n 's/.*no HTTP cache: median \([0-9]*\) ms.*/\1/p' "$DIR/render.txt")
WARM=$(sed -n 's/.*warm HTTP cache: median \([0-9]*\) ms.*/\1/p' "$DIR/render.txt")
PER_SESSION=$(( (AFTER - BEFORE) / SESSIONS ))
echo
echo "== results ($EVENTS events)"
echo "time to first render: median ${COLD} ms (no HTTP cache), ${WARM} ms (warm cache) of $LOADS loads; goal < 1000 ms"
echo "memory per session:   ${PER_SESSION} kB (${SESSIONS} sessions); goal <= 300 kB"
