#!/usr/bin/env bash
# A host's start-up: the first PolicyEngine.withDefaultRules() in a fresh JVM and the first decision after
# it (FirstEngine.java, beside this script, compiled here against the shaded jar), without and with a
# class-data sharing archive of the classes such a start loads. The archive is written by one run with
# -XX:ArchiveClassesAtExit first, as a host would at its build or its first start. The two are run RUNS
# times each, interleaved, and the medians printed, in milliseconds. JAVA_HOME, when set, names the Java.
#
#   policy-examples/bench/host-start.sh [-n RUNS] [-j JAR]
#
# The figures and the command that gave them are in BENCHMARKS.md; how a host makes and uses such an
# archive is in policy-core/docs/hosts.md ("Starting faster").
set -euo pipefail
export LC_ALL=C
here="$(cd "$(dirname "$0")" && pwd)"
usage() { sed -n '2,11p' "$0" >&2; exit 2; }
runs=10
shaded="$here/../target/policy.jar"
while getopts n:j: option; do
  case "$option" in
    n) runs="$OPTARG" ;;
    j) shaded="$OPTARG" ;;
    *) usage ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || usage
if [ ! -f "$shaded" ]; then echo "host-start.sh: $shaded: no such jar (mvn -B -DskipTests package builds it)" >&2; exit 2; fi
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"${bin}javac" -d "$work/classes" -cp "$shaded" "$here/FirstEngine.java"
# The archive can only hold classes from jars, never from a folder of classes.
"${bin}jar" cf "$work/first-engine.jar" -C "$work/classes" .
classpath="$work/first-engine.jar:$shaded"
"${bin}java" -XX:ArchiveClassesAtExit="$work/host.jsa" -cp "$classpath" FirstEngine > "$work/dump"
if [ ! -s "$work/host.jsa" ]; then
  echo "host-start.sh: the JVM wrote no archive:" >&2
  cat "$work/dump" >&2
  exit 1
fi

for ((run = 1; run <= runs; run++)); do
  "${bin}java" -cp "$classpath" FirstEngine >> "$work/plain"
  # -Xshare:on: a run that cannot use the archive fails, rather than being timed without it.
  "${bin}java" -Xshare:on -XX:SharedArchiveFile="$work/host.jsa" -cp "$classpath" FirstEngine >> "$work/archive"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "runs: $runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-45s %22s %18s\n' "configuration" "withDefaultRules ms" "first decide ms"
for config in plain archive; do
  label="java (the JVM's defaults)"
  if [ "$config" = archive ]; then label="java -XX:SharedArchiveFile=host.jsa"; fi
  printf '%-45s %22.0f %18.1f\n' "$label" \
    "$(awk '{ print $1 }' "$work/$config" | median)" "$(awk '{ print $2 }' "$work/$config" | median)"
done
