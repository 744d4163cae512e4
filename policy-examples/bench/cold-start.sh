#!/usr/bin/env bash
# Cold start of `policy decide` on one case file, the whole process: runs each configuration RUNS times,
# interleaved (one run of each in turn, so that a change in the machine's load touches them alike), and
# prints for each the median wall time, the median CPU time (user + system) and the median and largest
# peak resident set size (RSS), measured by GNU time (Debian's package `time`).
#
#   policy-examples/bench/cold-start.sh [-n RUNS] [-c CASE] [-j JAR] [--] [CONFIG...]
#
# A CONFIG is a quoted list of JVM options ("" for none, the default), or `launcher` for the `policy`
# script beside the jar (its own options), for example:
#
#   policy-examples/bench/cold-start.sh -n 10 -- "" "-XX:TieredStopAtLevel=1" launcher
#
# The figures and the commands that gave them are in BENCHMARKS.md ("Cold start").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs=10
case_file="$here/../casebook/once-consulted-the-admins-warn-the-member.yaml"
jar="$here/../target/policy.jar"
while getopts n:c:j: option; do
  case "$option" in
    n) runs="$OPTARG" ;;
    c) case_file="$OPTARG" ;;
    j) jar="$OPTARG" ;;
    *) sed -n '2,14p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then set -- ""; fi
if [ ! -x /usr/bin/time ]; then echo "cold-start.sh: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; fi
if [ ! -f "$jar" ]; then echo "cold-start.sh: $jar: no such jar (mvn -B -DskipTests package builds it)" >&2; exit 2; fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
configs=("$@")
for ((run = 1; run <= runs; run++)); do
  for index in "${!configs[@]}"; do
    config="${configs[$index]}"
    if [ "$config" = launcher ]; then
      command=("$(dirname "$jar")/policy")
    else
      # shellcheck disable=SC2206 # a configuration is a list of options, split on spaces on purpose
      command=(java $config -jar "$jar")
    fi
    # wall seconds, user seconds, system seconds, peak RSS in KB
    /usr/bin/time -o "$results/time" -f '%e %U %S %M' "${command[@]}" decide "$case_file" > "$results/out" 2> "$results/err" \
      || { echo "cold-start.sh: '${command[*]} decide $case_file' failed:" >&2; cat "$results/err" >&2; exit 1; }
    cat "$results/time" >> "$results/$index"
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "runs: $runs, case: $(basename "$case_file"), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-60s %8s %8s %9s %9s\n' "configuration" "wall s" "cpu s" "rss MB" "max MB"
for index in "${!configs[@]}"; do
  wall="$(awk '{ print $1 }' "$results/$index" | median)"
  cpu="$(awk '{ print $2 + $3 }' "$results/$index" | median)"
  rss="$(awk '{ print $4 / 1024 }' "$results/$index" | median)"
  max="$(awk '{ print $4 / 1024 }' "$results/$index" | sort -g | tail -1)"
  label="${configs[$index]:-(no options)}"
  if [ "${configs[$index]}" != launcher ]; then label="java $label"; fi
  printf '%-60s %8.2f %8.2f %9.0f %9.0f\n' "$label" "$wall" "$cpu" "$rss" "$max"
done
