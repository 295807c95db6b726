#!/usr/bin/env bash
# Submits an AdaInit command to a Spark installation: the shaded application jar (Spark "provided"), with
# conf/spark-defaults.conf on top of the cluster's $SPARK_HOME/conf/spark-defaults.conf (event logs, spark.hadoop.*
# for S3A/HDFS and other admin defaults are kept; a key both set takes ours, --conf wins over both), and
# conf/log4j2.properties for the driver's console. The command line as typed reaches the driver as the Spark
# property spark.adainit.command (recorded in the manifest and shown in the hint to resume a run).
#
#   submit/spark-submit.sh [spark-submit options] -- <adainit command> [options]
#   submit/spark-submit.sh --master spark://host:7077 -- run conf/grids/fig3-qubits.yaml --out hdfs:///adainit/fig3
#
# Needs SPARK_HOME (Spark 4.2, Scala 2.13). Builds the jar (mvn -Pdist package, tests skipped) when it is missing or
# older than any source file; ADAINIT_JAR names another one instead (e.g. local:///opt/adainit/adainit-jobs-spark.jar
# baked into a Kubernetes image) and skips the build. Local mode needs none of this: use submit/adainit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COMMAND="submit/spark-submit.sh$(printf ' %q' "$@")"
JAR="${ADAINIT_JAR:-$ROOT/jobs/cli/target/adainit-jobs-spark.jar}"

if [[ -z "${SPARK_HOME:-}" || ! -x "$SPARK_HOME/bin/spark-submit" ]]; then
  echo "spark-submit.sh: set SPARK_HOME to a Spark 4.2 (Scala 2.13) installation (found '${SPARK_HOME:-}')" >&2
  exit 2
fi

SPARK_ARGS=()
while [[ $# -gt 0 && "$1" != "--" ]]; do
  SPARK_ARGS+=("$1")
  shift
done
if [[ $# -eq 0 ]]; then
  echo "usage: submit/spark-submit.sh [spark-submit options] -- <adainit command> [options]" >&2
  exit 2
fi
shift

stale() {
  [[ -z "${ADAINIT_JAR:-}" ]] || return 1
  [[ -f "$JAR" ]] || return 0
  [[ -n $(find "$ROOT/pom.xml" "$ROOT/simulator" "$ROOT/jobs" "$ROOT/conf" \
            -path '*/target' -prune -o -type f -newer "$JAR" -print -quit) ]]
}
if stale; then
  echo "spark-submit.sh: building the application jar (mvn -Pdist package, tests skipped)..." >&2
  # Maven 3.8 writes ANSI reset codes even in batch mode; a console would show them as "[0m".
  (cd "$ROOT" && mvn -B -q -Pdist -DskipTests package 2>&1 | sed $'s/\x1b\\[[0-9;]*m//g') >&2 || {
    echo "spark-submit.sh: build failed; run 'mvn -B -Pdist -DskipTests package' in $ROOT to see why" >&2
    exit 1
  }
fi

# The driver loads the Vector API module (and the JVM says "WARNING: Using incubator modules") only for the commands
# that may simulate in it; the executors always have it (conf/spark-defaults.conf).
# Out of memory, the driver stops ("Terminating due to java.lang.OutOfMemoryError") instead of waiting forever on a
# scheduler thread the error killed; the committed cells are kept, and --driver-memory raises the heap.
DRIVER_OPTIONS="-Dlog4j2.configurationFile=file:$ROOT/conf/log4j2.properties -XX:+ExitOnOutOfMemoryError"
case "${1:-}" in
  run|bench|plan|qnn|mcclean|search|diagnose) DRIVER_OPTIONS="--add-modules=jdk.incubator.vector $DRIVER_OPTIONS" ;;
esac

# The driver (client mode) records this checkout's git commit in the tables.
export ADAINIT_HOME="$ROOT"
exec "$SPARK_HOME/bin/spark-submit" \
  --class org.adainit.jobs.cli.AdaInitCli \
  --properties-file "$ROOT/conf/spark-defaults.conf" \
  --load-spark-defaults \
  --conf "spark.adainit.command=$COMMAND" \
  --driver-java-options "$DRIVER_OPTIONS" \
  "${SPARK_ARGS[@]}" \
  "$JAR" "$@"
