#!/usr/bin/env bash
# Extraction benchmark beside chrono-node: the whole `extract` process (JVM start included) and chrono-node
# (Node start included) over the same synthetic corpus of 1,000 articles, in one run, on this machine's cores.
# Prints both wall-clock times, the ratio ours/chrono, and each process's peak memory; then sentences per
# second on the real development set. usage: bench/extract-vs-chrono.sh [articles=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
jar=target/ceasefire-timeline.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -q -Pproduction package -DskipTests
fi
if [ ! -d target/chrono/node_modules/chrono-node ]; then
  npm install --silent --no-save --no-audit --no-fund --prefix target/chrono chrono-node@2.10.3 >/dev/null
fi
corpus=target/bench-corpus
rm -rf "$corpus"
python3 bench/make-corpus.py seed-articles "$corpus" "$count"

measure() { # label, command...: prints "label seconds peak-MB"
  local label=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null 2>/dev/null
  read -r secs kb <"$log"
  rm -f "$log"
  echo "$label $secs $((kb / 1024))"
}

# the script sits beside its node_modules so that Node resolves chrono-node from there
cp bench/chrono-extract.mjs target/chrono/chrono-extract.mjs
ours=$(measure extract java -jar "$jar" extract "$corpus")
peer=$(measure chrono node target/chrono/chrono-extract.mjs "$corpus")
read -r _ ours_s ours_mb <<<"$ours"
read -r _ peer_s peer_mb <<<"$peer"
echo "corpus: $count synthetic articles from seed-articles; $(nproc) cores"
printf "extract (whole process): %6.2f s, peak memory %4d MB\n" "$ours_s" "$ours_mb"
printf "chrono-node 2.10.3:      %6.2f s, peak memory %4d MB\n" "$peer_s" "$peer_mb"
awk -v a="$ours_s" -v b="$peer_s" 'BEGIN { printf "ratio extract/chrono: %.2f (goal <= 1.0)\n", a / b }'

dev=src/test/resources/devset/dev
sentences=$(java -jar "$jar" extract "$dev" 2>/dev/null | python3 -c "import json,sys; print(sum(a['sentenceCount'] for a in json.load(sys.stdin)['articles']))")
dev_s=$(measure dev java -jar "$jar" extract "$dev" | cut -d' ' -f2)
awk -v n="$sentences" -v s="$dev_s" 'BEGIN { printf "real development set: %d sentences in %.2f s, whole process: %.0f sentences/s\n", n, s, n / s }'
