#!/usr/bin/env bash
# The same wrk run against two instances behind nginx on one PostgreSQL, and against one instance on H2;
# see "Cluster benchmark" in README.md.
#
#   bench/cluster-benchmark.sh [path=/rounds/2021-05-israel-hamas]
#
# Builds the production jar when it is missing or older than the sources; starts Debian's PostgreSQL
# (.ci/postgres, port CEASEFIRE_PG_PORT, default 18210) and nginx with the README's configuration (port
# BENCH_PORT, default 18230) in front of two jars (the next two ports) on one fresh PostgreSQL database, and one
# jar on a fresh H2 file (the port after them); warms each up, then
# runs wrk (BENCH_DURATION, default 20s; BENCH_CONNECTIONS, default 8; two threads) and prints requests per
# second and the 99th percentile latency of each. Installs wrk and nginx (Debian packages) when missing.
# Stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

PATH_UNDER_TEST=${1:-/rounds/2021-05-israel-hamas}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
NGINX_PORT=${BENCH_PORT:-18230}
PORTS=($((NGINX_PORT + 1)) $((NGINX_PORT + 2)))
H2_PORT=$((NGINX_PORT + 3))
JAR=target/ceasefire-timeline.jar
WORK=$(mktemp -d /tmp/ceasefire-cluster-bench.XXXXXX)

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
if [ ! -x /usr/bin/wrk ] || [ ! -x /usr/sbin/nginx ]; then
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk nginx
fi
if [ ! -f "$JAR" ] || [ -n "$(find src/main frontend pom.xml -type f -newer "$JAR" -print -quit)" ]; then
    mvn -B -q -Pproduction package -DskipTests
fi

.ci/postgres start
PG="$(.ci/postgres url)"
psql -h 127.0.0.1 -p "${CEASEFIRE_PG_PORT:-18210}" -U postgres -q -c 'drop database if exists bench_cluster with (force)' \
    -c 'create database bench_cluster'

PIDS=()
cleanup() {
    [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

start() {
    local port=$1
    shift
    java -Xmx512m -jar "$JAR" --server.port="$port" --spring.main.banner-mode=off "$@" > "$WORK/$port.log" 2>&1 &
    PIDS+=($!)
}
for port in "${PORTS[@]}"; do
    start "$port" --spring.datasource.url="${PG}bench_cluster" --spring.datasource.username=postgres \
        --server.forward-headers-strategy=native
done
start "$H2_PORT" --spring.datasource.url="jdbc:h2:file:$WORK/h2/db;WRITE_DELAY=0"

# nginx with the README's configuration, the ports put in
mkdir -p "$WORK/nginx/logs"
sed -n '/<!-- nginx.conf begin -->/,/<!-- nginx.conf end -->/p' README.md | sed '1,2d;$d' | sed '$d' \
    | sed -e "s/127.0.0.1:8081/127.0.0.1:${PORTS[0]}/" -e "s/127.0.0.1:8082/127.0.0.1:${PORTS[1]}/" \
          -e "s/listen 80;/listen 127.0.0.1:$NGINX_PORT;/" > "$WORK/nginx/nginx.conf"
/usr/sbin/nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/logs/error.log" \
    -g "pid $WORK/nginx/nginx.pid;"

# start-up takes 7 to 9 s on an idle machine, minutes when other builds load it
ready() {
    for _ in $(seq 600); do
        curl -fs "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null && return 0
        sleep 1
    done
    echo "port $1 not ready after 600 s (logs in $WORK)" >&2
    exit 1
}
for port in "${PORTS[@]}" "$H2_PORT" "$NGINX_PORT"; do ready "$port"; done

run() {
    local name=$1 port=$2 out
    wrk -t2 -c"$CONNECTIONS" -d5s -s bench/keep-session.lua "http://127.0.0.1:$port$PATH_UNDER_TEST" > /dev/null
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/keep-session.lua \
        "http://127.0.0.1:$port$PATH_UNDER_TEST")
    echo "$out" > "$WORK/wrk-$port.txt"
    printf '%-46s %8s requests/s   p99 %s\n' "$name" \
        "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')"
}
echo "GET $PATH_UNDER_TEST, wrk $CONNECTIONS connections, $DURATION; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
run "two instances behind nginx, one PostgreSQL" "$NGINX_PORT"
run "one instance on H2" "$H2_PORT"
echo "nginx sent them to: $(awk '{print $NF}' "$WORK/nginx/logs/access.log" | sort | uniq -c | tr '\n' ' ')"
