#!/usr/bin/env bash
# Times what a laptop user waits for, command by command, and prints the shares the targets are stated in:
#
#   submit/bench-end-to-end.sh [GRID] [OUT]     (defaults: conf/grids/quickstart.yaml, a fresh temporary folder)
#
# Runs --help (JVM start), run GRID --out OUT (into an empty OUT), run on a grid of one trivial cell (the fixed cost of
# a run, which bounds the share a short grid can reach), aggregate, one sql query per conf/sql/*.sql plus a
# count, and report. Each timing is one launch of submit/adainit as a user would type it, so JVM start, Spark start and
# the class-data sharing archives are included. The load average is printed with every line: on a shared machine,
# compare the shares and the ratios of one run, not seconds from different runs. ADAINIT_LAUNCHER runs another launcher
# (e.g. an older build's) for a comparison in the same run. Needs the datasets (ADAINIT_DATA_DIR) like run does.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GRID=${1:-$ROOT/conf/grids/quickstart.yaml}
OUT=${2:-$(mktemp -d)/bench-end-to-end}
LAUNCHER=${ADAINIT_LAUNCHER:-$ROOT/submit/adainit}
CORES=$(nproc)
LOG="$OUT.log"

if [[ -e "$OUT/_cells" ]]; then
  echo "bench-end-to-end: $OUT already holds cells; give an empty or new folder" >&2
  exit 2
fi
mkdir -p "$(dirname "$OUT")"
: > "$LOG"

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Prints "<seconds>" of one launch; the command's output goes to the log.
timed() {
  local start end
  start=$(date +%s.%N)
  if ! "$LAUNCHER" "$@" >> "$LOG" 2>&1; then
    echo "bench-end-to-end: '$*' failed; see $LOG" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

line() { printf '%-34s %8.1f s   load %s\n' "$1" "$2" "$(load)"; }

# The first successful launch of run, aggregate, sql or report after a build records its class-data sharing archive
# (see submit/adainit) and is slower: such a launch is made once untimed first (run into a scratch folder).
# An archive older than the jar is removed by the launcher's next such launch, which then records a new one.
LAUNCHER_TARGET="$(cd "$(dirname "$LAUNCHER")/.." && pwd)/jobs/cli/target"
CDS_DIR="$LAUNCHER_TARGET/cds"
recorded() {
  [[ "${ADAINIT_CDS:-on}" == off ]] && return 0
  [[ -f "$CDS_DIR/$1.jsa" && ! "$LAUNCHER_TARGET/adainit-jobs.jar" -nt "$CDS_DIR" ]]
}
warm() {
  recorded "$1" && return 0
  "$LAUNCHER" "$@" >> "$LOG" 2>&1 || { echo "bench-end-to-end: '$*' failed; see $LOG" >&2; exit 1; }
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), $CORES cores, grid $GRID, out $OUT"
if [[ "${ADAINIT_DAEMON:-on}" == off ]]; then
  echo "# resident driver off: every command in a fresh JVM"
else
  echo "# resident driver on: the untimed first launches start and warm it (ADAINIT_DAEMON=off measures fresh JVMs)"
fi
HELP=$(timed --help); line "--help (JVM start)" "$HELP"
warm run "$GRID" --out "$OUT.first-run"
rm -rf "$OUT.first-run"
RUN_START=$(date +%s.%N)
RUN=$(timed run "$GRID" --out "$OUT"); line "run" "$RUN"
# The same run on a grid of one trivial cell: what a run costs besides its cells (start, tables, report, stop).
cat > "$OUT.one-cell.yaml" <<'GRID'
name: one-cell
description: "One Classic cell (Iris, N = 2, L = 2): the fixed cost of a run."
seed: 1
axes: {datasets: [iris], priors: [uniform], structures: [{qubits: [2], layers: [2]}], seeds: [0], methods: [classic]}
search: {iterations: 1, threshold: paper}
training: {epochs: 30, batch_size: 20, learning_rate: 0.01, variance: epoch-last-batch}
budget: {max_simulator_hours: 1, max_llm_calls: 0}
GRID
FIXED=$(timed run "$OUT.one-cell.yaml" --out "$OUT.one-cell"); line "run, one-cell grid (fixed cost)" "$FIXED"
rm -rf "$OUT.one-cell" "$OUT.one-cell.yaml"
# The cells' own seconds, and when the first started and the last finished (this machine's clock, as the launch's).
if ! CELL_TIMES=$("$LAUNCHER" sql --out "$OUT" --format csv "SELECT round(sum(seconds), 1),
    unix_millis(min(started_at)) / 1000.0, unix_millis(max(finished_at)) / 1000.0 FROM cells" 2>> "$LOG" \
    | tail -1); then
  echo "bench-end-to-end: the cells' seconds could not be read; see $LOG" >&2
  exit 1
fi
IFS=, read -r CELLS FIRST_STARTED LAST_FINISHED <<< "$CELL_TIMES"
COUNT=$(timed sql --out "$OUT" "SELECT count(*) FROM cells"); line "sql: count(*) FROM cells" "$COUNT"
for query in "$ROOT"/conf/sql/*.sql; do
  line "sql: $(basename "$query")" "$(timed sql --out "$OUT" --file "$query")"
done
warm aggregate --out "$OUT"
AGGREGATE=$(timed aggregate --out "$OUT"); line "aggregate" "$AGGREGATE"
warm report --out "$OUT" --to "$OUT/report"
REPORT=$(timed report --out "$OUT" --to "$OUT/report"); line "report" "$REPORT"

echo "# cells table: sum(seconds) = $CELLS s; on $CORES cores that is $(echo "scale=1; $CELLS / $CORES" | bc) s"
printf '# run wall / (cells seconds / cores) = %.2f (target <= 1.25)\n' "$(echo "$RUN * $CORES / $CELLS" | bc -l)"
# Where the run's time besides its cells goes: before the first cell started (JVM, grid, result folder, Spark, the first
# task), the cells' span beyond their seconds spread over the cores (task gaps, commits, a core idle at the end), and
# after the last cell finished (tables, report, exit).
SPLIT="# run besides its cells: %.1f s = before the first cell %.1f s + the cells' span beyond sum/cores %.1f s"
SPLIT+=" + after the last cell %.1f s\n"
printf "$SPLIT" "$(echo "$RUN - $CELLS / $CORES" | bc -l)" "$(echo "$FIRST_STARTED - $RUN_START" | bc -l)" \
  "$(echo "$LAST_FINISHED - $FIRST_STARTED - $CELLS / $CORES" | bc -l)" \
  "$(echo "$RUN_START + $RUN - $LAST_FINISHED" | bc -l)"
BUDGET=$(echo "0.25 * $CELLS / $CORES" | bc -l)
BEST=$(echo "($FIXED + $CELLS / $CORES) * $CORES / $CELLS" | bc -l)
printf '# the target leaves %.1f s besides the cells; one trivial cell runs in %.1f s; best reachable: %.2f\n' \
  "$BUDGET" "$FIXED" "$BEST"
printf '# aggregate %.1f s (target <= 10), sql count %.1f s (target <= 5), report %.1f s (target <= 20)\n' \
  "$AGGREGATE" "$COUNT" "$REPORT"
