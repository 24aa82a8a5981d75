#!/usr/bin/env bash
# The embed page (and the events API when it exists) served by the jar against nginx serving the same
# bytes as a static file: wrk, 30 s each, 2 threads, 64 connections, in one run. Prints requests per second,
# p50/p99 latency and errors for each, the ratio ours/nginx, and the HTTP sessions the app holds afterwards.
# Goal (issue 8): ours >= 50% of nginx's requests per second, p99 < 20 ms, 0 errors, 0 sessions.
#
#   bench/embed-vs-nginx.sh            # builds target/ceasefire-timeline.jar first if it is missing
#   DURATION=10s bench/embed-vs-nginx.sh
#   WARMUP=0s bench/embed-vs-nginx.sh     # no warm-up run (5 s against each server by default)
#   JAR=/tmp/app.jar bench/embed-vs-nginx.sh   # another build of the jar
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
APP_PORT=${APP_PORT:-18410}
NGINX_PORT=${NGINX_PORT:-18411}
DURATION=${DURATION:-30s}
# a wrk run before each measured one, discarded: the JVM's JIT compiles the serving path in its first
# seconds under load, and a measurement of that says little about serving; nginx gets the same run
WARMUP=${WARMUP:-5s}
THREADS=2
CONNECTIONS=64

# nginx and wrk from Debian, installed when missing (as .ci/run installs chromium)
missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

JAR=${JAR:-$repo/target/ceasefire-timeline.jar}
[ -f "$JAR" ] || mvn -B -q -Pproduction package -DskipTests

work=$(mktemp -d)
app_pid=""
nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# the app on a fresh H2 database with the seed articles, as the README runs it
ln -s "$repo/seed-articles" "$work/seed-articles"
(cd "$work" && exec java -Xmx512m -jar "$JAR" --server.port="$APP_PORT" \
  --server.tomcat.mbeanregistry.enabled=true >"$work/app.log" 2>&1) &
app_pid=$!
echo "waiting for the app on port $APP_PORT ..."
for _ in $(seq 1 300); do
  curl -fs "http://localhost:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the app died:"; tail -30 "$work/app.log"; exit 1; }
  sleep 1
done
# the seeds are imported just after start-up: wait until the data version (the ETag) holds still for 5 s
etag() { curl -fs -o /dev/null -D - "http://localhost:$APP_PORT/embed/rounds" | tr -d '\r' | sed -n 's/^ETag: //Ip'; }
last="" still=0
for _ in $(seq 1 120); do
  now=$(etag)
  if [ -n "$now" ] && [ "$now" = "$last" ]; then still=$((still + 1)); else still=0; fi
  [ "$still" -ge 5 ] && break
  last=$now
  sleep 1
done

# the round with the most events, from the rounds page (each round: its link, then its events count)
slug=$(curl -fs "http://localhost:$APP_PORT/embed/rounds" | python3 -c '
import re, sys
page = sys.stdin.read()
rounds = re.findall(r"href=\"rounds/([a-z0-9-]+)\".*?<dt>Events</dt><dd>(\d+)</dd>", page, re.S)
print(max(rounds, key=lambda r: int(r[1]))[0])')
events=$(curl -fs "http://localhost:$APP_PORT/embed/rounds" | python3 -c "
import re, sys
m = re.search(r'href=\"rounds/$slug\".*?<dt>Events</dt><dd>(\d+)</dd>', sys.stdin.read(), re.S)
print(m.group(1))")

mkdir -p "$work/www" "$work/nginx"
# nginx's workers run as nobody: they must be able to read the file
chmod 755 "$work" "$work/www"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  types { text/html html; application/json json; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location / { try_files \$uri =404; }
  }
}
CONF
"$NGINX" -p "$work/nginx" -c "$work/nginx.conf" &
nginx_pid=$!
sleep 1

# wrk's summary as: req/s p50 p99 errors (socket errors plus non-2xx/3xx answers)
run_wrk() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(v):
    n, unit = float(re.match(r"[\d.]+", v).group()), re.search(r"[a-z]+$", v).group()
    return n * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
# the lines of the latency distribution, not a "+/- Stdev" column that happens to end in 50%
p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
errors += int(m.group(1)) if m else 0
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {errors}")'
}

compare() {  # name, our path, file name for nginx
  local name=$1 path=$2 file=$3
  curl -fs "http://localhost:$APP_PORT$path" >"$work/www/$file"
  chmod 644 "$work/www/$file"
  local bytes
  bytes=$(wc -c <"$work/www/$file")
  curl -fs "http://localhost:$APP_PORT$path" >/dev/null  # warm: rendered and cached
  if [ "$WARMUP" != "0s" ] && [ "$WARMUP" != "0" ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://localhost:$APP_PORT$path" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$NGINX_PORT/$file" >/dev/null
  fi
  read -r o_rps o_p50 o_p99 o_err < <(run_wrk "http://localhost:$APP_PORT$path")
  read -r n_rps n_p50 n_p99 n_err < <(run_wrk "http://127.0.0.1:$NGINX_PORT/$file")
  printf '%s (%s bytes)\n' "$name" "$bytes"
  printf '  %-6s %9s req/s  p50 %7s ms  p99 %7s ms  errors %s\n' ours "$o_rps" "$o_p50" "$o_p99" "$o_err" \
    nginx "$n_rps" "$n_p50" "$n_p99" "$n_err"
  python3 -c "print(f'  ratio ours/nginx: {$o_rps / $n_rps:.2f}')"
}

echo "wrk: $DURATION each after $WARMUP of warm-up, $THREADS threads, $CONNECTIONS connections; round $slug ($events events)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
compare "GET /embed/rounds/$slug" "/embed/rounds/$slug" embed.html
if curl -fs -o /dev/null "http://localhost:$APP_PORT/api/v1/events?round=$slug"; then
  compare "GET /api/v1/events?round=$slug" "/api/v1/events?round=$slug" events.json
else
  echo "GET /api/v1/events?round=$slug: not served by this build (the JSON API is on branch embed-api)"
fi
echo "HTTP sessions held by the app afterwards: $(java "$repo/bench/SessionCount.java" "$app_pid")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
