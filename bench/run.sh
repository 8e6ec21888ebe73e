#!/usr/bin/env bash
# Measures PipelineBot side by side with the reference bot built on the official JavaScript Bot Framework SDK,
# in one run of the peer load driver (../shared/bench), and prints its table plus PipelineBot's peak memory.
#
#   bench/run.sh [SECONDS]        SECONDS measured per bot (default 15)
#   CHART=docs/bench.svg bench/run.sh   also draws the results as a chart
#
# PipelineBot runs from a Release build with its state in a fresh LiteDB file, as in production: a turn is
# acknowledged only once its state is committed. Both bots get 10 s of unmeasured warm-up: .NET's tiered JIT keeps
# recompiling hot methods for about that long after start, and a server's steady state is what the figures are for.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
peer=${PEER_BENCH:-$root/../shared/bench}
seconds=${1:-15}
work=$(mktemp -d)
bot_pid=""
ref_pid=""
cleanup() {
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true
  [ -n "$ref_pid" ] && kill "$ref_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "building PipelineBot (Release)..." >&2
dotnet publish "$root/src/PipelineBot.Host" -c Release -o "$work/app" --nologo -v quiet >&2

if [ ! -d "$peer/node_modules/botbuilder" ]; then
  echo "installing the peer benchmark's npm packages..." >&2
  (cd "$peer" && npm ci --ignore-scripts --no-audit --no-fund >&2)
fi

Storage__DatabasePath="$work/bench.db" Logging__LogLevel__Default=Warning Logging__Console__FormatterName=simple \
  Urls=http://127.0.0.1:3978 dotnet "$work/app/PipelineBot.Host.dll" >"$work/pipelinebot.log" 2>&1 &
bot_pid=$!
for _ in $(seq 1 100); do
  curl -fsS http://127.0.0.1:3978/healthz >/dev/null 2>&1 && break
  kill -0 "$bot_pid" 2>/dev/null || { cat "$work/pipelinebot.log" >&2; exit 1; }
  sleep 0.1
done
# A healthy answer from a process left on the port would measure the wrong bot.
kill -0 "$bot_pid" 2>/dev/null || { echo "PipelineBot did not start; is port 3978 in use?" >&2; cat "$work/pipelinebot.log" >&2; exit 1; }
ref_pid=$(LOG_DIR="$work" "$peer/run-reference.sh" 3979)

echo "A = PipelineBot (LiteDB, durable), B = reference bot (JS Bot Framework SDK, memory state)"
status=0
node "$peer/bench.mjs" http://127.0.0.1:3978/api/messages --vs http://127.0.0.1:3979/api/messages \
  -d "$seconds" --warmup 10 --pid "$bot_pid" --vs-pid "$ref_pid" --json "$work/results.json" || status=$?
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$bot_pid/status")
echo "PipelineBot peak resident memory: $((rss_kb / 1024)) MB"
[ -n "${CHART:-}" ] && node "$root/bench/chart.mjs" "$work/results.json" "$CHART"
exit $status
