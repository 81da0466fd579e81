#!/usr/bin/env bash
# Start-up and throughput benchmark for wsl-advisor, side by side in one run (docs/performance.md):
#   1. a bare JVM "hello world" start       (the floor for any Java command line)
#   2. cold `advise` on one sample host     (bin/wsl-advisor, the README's command; plain java -jar, which hands its run to
#                                            the launcher; and java -jar kept in-process with WSL_ADVISOR_CDS=0)
#   3. `batch` on 100,000 generated hosts   (bin/wsl-advisor batch, output to a file)
#   4. the JSON-parse-only floor            (Jackson readTree over the same lines, one thread)
#   5. the what-if trials of a cold advise against its first evaluation plus assembly (bench/TrialCost.java)
#   and the peak memory (max RSS) of each. When Java 25 is there too (JAVA25_HOME, by default
#   /usr/lib/jvm/temurin-25-jdk-amd64) and java on the PATH is older, 1 to 3 also run on Java 25, where the
#   launcher uses its AOT cache instead of the AppCDS archive.
#
# usage: bench/run.sh [--runs N] [--hosts N] [--million] [--scaling] [--phases]
#   --million  also stream 1,000,000 lines through batch under -Xmx64m (bounded memory; takes a minute)
#   --scaling  also time advise and batch with 2x and 4x the rules, and batch at 10,000 / 100,000 / 300,000 hosts
#   --phases   also show where batch's time goes: the lines done after each second of a run (the JIT's warm-up),
#              and each phase's microseconds per host once warm, on one thread (bench/PhaseTimes.java)
# Needs: a built jar (mvn -q package -DskipTests), python3; hyperfine when installed (else a plain loop of as many runs).
# Results go to bench/work/results-<date>.md as well as the terminal. Rerunnable: inputs are kept.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
hosts=100000
million=0
scaling=0
phases=0
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --hosts) hosts=$2; shift 2 ;;
    --million) million=1; shift ;;
    --scaling) scaling=1; shift ;;
    --phases) phases=1; shift ;;
    *) echo "usage: bench/run.sh [--runs N] [--hosts N] [--million] [--scaling] [--phases]" >&2; exit 2 ;;
  esac
done

jar=target/wsl-advisor.jar
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -q package -DskipTests)" >&2; exit 2; }
work=bench/work
mkdir -p "$work"
export XDG_CACHE_HOME=$PWD/$work/cache   # the launcher's AppCDS archive lives here for the benchmark
sample=facts/home-laptop.json
fleet=$work/fleet-$hosts.jsonl
[ -s "$fleet" ] || python3 bench/gen-fleet.py "$hosts" > "$fleet"
[ -f "$work/Hello.class" ] || javac -d "$work" bench/Hello.java
[ -f "$work/JsonFloor.class" ] || javac -cp "$jar" -d "$work" bench/JsonFloor.java
bin/wsl-advisor advise --facts "$sample" >/dev/null   # makes the AppCDS archive once, outside the timings
java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ -x "$java25/bin/java" ] && ! java -version 2>&1 | grep -q 'version "\(2[5-9]\|[3-9][0-9]\)'; then
  JAVA_HOME=$java25 bin/wsl-advisor advise --facts "$sample" >/dev/null   # and Java 25's AOT cache
else
  java25=
fi

out=$work/results-$(date +%Y%m%d-%H%M%S).md
{
  echo "# wsl-advisor benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "- java: $(java -version 2>&1 | head -2 | tail -1)"
  [ -z "$java25" ] || echo "- java 25: $("$java25/bin/java" -version 2>&1 | head -2 | tail -1)"
  echo "- load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- rules: $(grep -h -c '^rule ' rules/*.drl | paste -sd+ | bc) in $(ls rules/*.drl | wc -l) files; fleet: $hosts lines, $(du -m "$fleet" | cut -f1) MiB"
  echo
} | tee "$out"

hello="java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $work Hello"
advise_launcher="bin/wsl-advisor advise --facts $sample --format json"
advise_jar="java -jar $jar advise --facts $sample --format json"
# java -jar hands its run to the launcher beside the jar (docs/performance.md); WSL_ADVISOR_CDS=0 keeps it in-process,
# what java -jar cost before, and still costs where no launcher is beside the jar.
advise_jar_here="env WSL_ADVISOR_CDS=0 $advise_jar"
batch="bin/wsl-advisor batch --in $fleet --out $work/advice.jsonl"
floor="java -cp $jar:$work JsonFloor $fleet"
# The same commands on Java 25 (empty when it is not there); env keeps them one command line for hyperfine -N.
on25=()
batch25=()
floor25=()
if [ -n "$java25" ]; then
  on25=(-n "JVM hello world (Java 25)" "$java25/bin/java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $work Hello"
        -n "advise (bin/wsl-advisor, Java 25)" "env JAVA_HOME=$java25 $advise_launcher"
        -n "advise (java -jar, Java 25)" "$java25/bin/java -jar $jar advise --facts $sample --format json"
        -n "advise (java -jar in-process, Java 25)" "env WSL_ADVISOR_CDS=0 $java25/bin/java -jar $jar advise --facts $sample --format json")
  batch25=(-n "batch $hosts hosts (Java 25)" "env JAVA_HOME=$java25 $batch")
  floor25=(-n "JSON-only floor $hosts lines (Java 25)" "$java25/bin/java -cp $jar:$work JsonFloor $fleet")
fi

# Times each named command: hyperfine when installed, else a plain loop (one warm-up run, then wall times read
# with bash's EPOCHREALTIME). Either way the medians land in a JSON file of hyperfine's shape, which the summary
# below reads. usage: timed RUNS WARMUP OUT.json -n NAME "COMMAND" [-n NAME "COMMAND" ...]
timed() {
  local runs=$1 warmup=$2 json=$3; shift 3
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup "$warmup" --runs "$runs" --export-markdown "${json%.json}.md" --export-json "$json" "$@"
    return
  fi
  local rows=() name cmd i s e times
  while [ $# -gt 0 ]; do
    name=$2 cmd=$3; shift 3
    for _ in $(seq "$warmup"); do $cmd >/dev/null 2>&1 || true; done
    times=()
    for i in $(seq "$runs"); do
      s=$EPOCHREALTIME; $cmd >/dev/null 2>&1 || true; e=$EPOCHREALTIME
      times+=("$(( ${e/./} - ${s/./} ))")
    done
    rows+=("$name"$'\t'"${times[*]}")
    printf '%s: %s runs timed\n' "$name" "$runs"
  done
  printf '%s\n' "${rows[@]}" | python3 -c '
import json, statistics, sys
results = []
for line in sys.stdin:
    name, times = line.rstrip("\n").split("\t")
    secs = [int(t) / 1e6 for t in times.split()]
    results.append({"command": name, "median": statistics.median(secs), "mean": statistics.mean(secs),
                    "min": min(secs), "max": max(secs), "times": secs})
json.dump({"results": results}, open(sys.argv[1], "w"), indent=1)
print("| command | median s | mean s | min s | max s |")
print("|---|---|---|---|---|")
for r in results:
    print("| %s | %.3f | %.3f | %.3f | %.3f |" % (r["command"], r["median"], r["mean"], r["min"], r["max"]))' "$json" \
    > "${json%.json}.md"
  cat "${json%.json}.md"
}

command -v hyperfine >/dev/null ||
  echo "(hyperfine not found: timing with a plain loop, $runs runs each after one warm-up run)" | tee -a "$out"
timed "$runs" 2 "$work/startup.json" \
  -n "JVM hello world" "$hello" \
  -n "advise (bin/wsl-advisor)" "$advise_launcher" \
  -n "advise (java -jar)" "$advise_jar" \
  -n "advise (java -jar in-process)" "$advise_jar_here" "${on25[@]}"
timed 3 1 "$work/throughput.json" \
  -n "batch $hosts hosts" "$batch" "${batch25[@]}" \
  -n "JSON-only floor $hosts lines" "$floor" "${floor25[@]}"
{ echo "## Wall time"; echo; cat "$work/startup.md"; echo; cat "$work/throughput.md"; echo; } >> "$out"
# The start-up targets are medians, as multiples of the bare JVM start measured in the same run (on Java 25, of
# Java 25's start); batch's is a multiple of the JSON-only floor of the same run and Java. The last column compares
# each Java 25 row with its Java 17 twin.
python3 - "$work/startup.json" "$work/throughput.json" <<'PY' | tee -a "$out"
import json, sys
for path, base in ((sys.argv[1], "JVM hello world"), (sys.argv[2], "JSON-only floor")):
    results = json.load(open(path))["results"]
    by_name = {r["command"]: r["median"] for r in results}
    for r in results:
        name, median = r["command"], r["median"]
        if name.startswith(base):
            continue
        on25 = name.endswith(" (Java 25)") or name.endswith(", Java 25)")
        floor = next(v for k, v in by_name.items() if k.startswith(base) and k.endswith(" (Java 25)") == on25)
        twin = name.replace(" (Java 25)", "").replace(", Java 25)", ")")
        versus = f", {median / by_name[twin]:.2f}x Java 17's" if on25 and twin in by_name else ""
        print(f"- median {median * 1000:.1f} ms ({median / floor:.1f}x the {base}{versus}): {name}")
PY
echo >> "$out"

echo "## Peak memory (max RSS) and time, one run each" | tee -a "$out"
echo | tee -a "$out"
echo "| command | wall s | user s | sys s | max RSS MiB |" | tee -a "$out"
echo "|---|---|---|---|---|" | tee -a "$out"
measure() {
  local name=$1; shift
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
  done
  read -r wall user sys rss < <(tail -1 "$work/time.txt")   # GNU time adds a line for a non-zero exit
  printf '| %s | %s | %s | %s | %d |\n' "$name" "$wall" "$user" "$sys" $((rss / 1024)) | tee -a "$out"
}
# shellcheck disable=SC2086
measure "JVM hello world" $hello
# shellcheck disable=SC2086
measure "advise (bin/wsl-advisor)" $advise_launcher
# shellcheck disable=SC2086
measure "advise (java -jar)" $advise_jar
# shellcheck disable=SC2086
measure "batch $hosts hosts" $batch
if [ -n "$java25" ]; then
  # shellcheck disable=SC2086
  measure "advise (bin/wsl-advisor, Java 25)" env JAVA_HOME="$java25" $advise_launcher
  # shellcheck disable=SC2086
  measure "advise (java -jar, Java 25)" "$java25/bin/java" -jar $jar advise --facts $sample --format json
  # shellcheck disable=SC2086
  measure "batch $hosts hosts (Java 25)" env JAVA_HOME="$java25" $batch
fi
# shellcheck disable=SC2086
measure "JSON-only floor $hosts lines" $floor
echo | tee -a "$out"
bin/wsl-advisor batch --in "$fleet" --out "$work/advice.jsonl" 2>&1 | head -1 | sed 's/^/batch says: /' | tee -a "$out"

# The trials of a cold advise against its first evaluation plus assembly, on a host with 10 unknown facts: each run a
# new JVM with the launcher's flags and a start-up cache of its own (made by the first run), medians of $runs runs.
echo | tee -a "$out"
echo "## Trials against the first evaluation (bench/host-10-unknown.json, cold, medians of $runs runs)" | tee -a "$out"
echo | tee -a "$out"
[ -f "$work/TrialCost.class" ] && [ "$work/TrialCost.class" -nt "$jar" ] || javac -cp "$jar" -d "$work" bench/TrialCost.java
(cd "$work" && jar cf trialcost.jar TrialCost.class)
trial_cost() {
  local label=$1 javabin=$2 cache=$3 make use
  case $cache in
    # As the launcher runs it: the cache's classes without its method profiles.
    *.aot) make=(-XX:AOTCacheOutput="$cache"); use=(-XX:AOTCache="$cache" -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining) ;;
    *) make=(-XX:ArchiveClassesAtExit="$cache"); use=(-XX:SharedArchiveFile="$cache") ;;
  esac
  local flags=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -cp "$jar:$work/trialcost.jar")
  rm -f "$cache"
  "$javabin" "${make[@]}" "${flags[@]}" TrialCost bench/host-10-unknown.json >/dev/null 2>&1
  for _ in $(seq "$runs"); do "$javabin" "${use[@]}" "${flags[@]}" TrialCost bench/host-10-unknown.json 2>/dev/null; done |
    python3 -c '
import re, statistics, sys
rows = [tuple(map(float, re.findall(r"([0-9.]+) ms", l))) + tuple(re.findall(r"\((\d+) trials, (\d+) evaluated", l)[0]) for l in sys.stdin if "trials" in l]
first = statistics.median(r[0] for r in rows); trials = statistics.median(r[1] for r in rows)
print(f"- {sys.argv[1]}: first evaluation + assembly {first:.1f} ms, trials {trials:.1f} ms ({rows[0][2]} trials, {rows[0][3]} evaluated): the trials cost {trials / first:.2f}x the first evaluation")' "$label" | tee -a "$out"
}
trial_cost "Java 17" java "$work/trialcost.jsa"
[ -z "$java25" ] || trial_cost "Java 25" "$java25/bin/java" "$work/trialcost.aot"

if [ "$million" = 1 ]; then
  big=$work/fleet-1000000.jsonl
  [ -s "$big" ] || python3 bench/gen-fleet.py 1000000 --bad-every 10000 > "$big"
  echo | tee -a "$out"
  echo "## 1,000,000 lines under -Xmx64m" | tee -a "$out"
  for fmt in csv jsonl; do
    /usr/bin/time -f "%e s wall, %U s user, max RSS %M KiB" -o "$work/time.txt" \
      env WSL_ADVISOR_JAVA_OPTS=-Xmx64m bin/wsl-advisor batch --in "$big" --format $fmt --out "$work/advice-1m.$fmt" 2> "$work/summary-1m.txt" || true
    echo "- $fmt: $(tail -1 "$work/time.txt"); $(wc -l < "$work/advice-1m.$fmt") output lines for $(wc -l < "$big") input lines" | tee -a "$out"
    echo "  - $(head -1 "$work/summary-1m.txt")" | tee -a "$out"
    rm -f "$work/advice-1m.$fmt"
  done
fi

if [ "$scaling" = 1 ]; then
  echo | tee -a "$out"
  echo "## Scaling" | tee -a "$out"
  echo | tee -a "$out"
  # More rules: copies of rules/ under other packages and ids, added with --rules (compiled at run time).
  for copies in 1 3; do
    dir=$work/rules-x$copies
    if [ ! -d "$dir" ]; then
      mkdir -p "$dir"
      for k in $(seq 1 "$copies"); do
        for f in rules/*.drl; do
          sed -e "s/^package \(.*\);/package \1.copy$k;/" -e "s/@id(\"\([^\"]*\)\")/@id(\"\1-copy$k\")/" "$f" > "$dir/copy$k-$(basename "$f")"
        done
      done
    fi
  done
  small=$work/fleet-10000.jsonl
  [ -s "$small" ] || python3 bench/gen-fleet.py 10000 > "$small"
  echo "| case | wall s | user s | max RSS MiB |" | tee -a "$out"
  echo "|---|---|---|---|" | tee -a "$out"
  scale() {
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    read -r wall user sys rss < <(tail -1 "$work/time.txt")
    printf '| %s | %s | %s | %d |\n' "$name" "$wall" "$user" $((rss / 1024)) | tee -a "$out"
  }
  scale "advise, built-in rules" bin/wsl-advisor advise --facts "$sample"
  scale "advise, 2x rules (+1 copy via --rules)" bin/wsl-advisor advise --facts "$sample" --rules "$work/rules-x1"
  scale "advise, 4x rules (+3 copies via --rules)" bin/wsl-advisor advise --facts "$sample" --rules "$work/rules-x3"
  scale "batch 10,000 hosts" bin/wsl-advisor batch --in "$small" --out "$work/advice-10k.jsonl"
  scale "batch $hosts hosts" bin/wsl-advisor batch --in "$fleet" --out "$work/advice.jsonl"
  # Past the JIT's warm-up: the rate of the hosts after the first 100,000 is the steady state.
  big3=$work/fleet-300000.jsonl
  [ -s "$big3" ] || python3 bench/gen-fleet.py 300000 > "$big3"
  scale "batch 300,000 hosts" bin/wsl-advisor batch --in "$big3" --out "$work/advice-300k.jsonl"
  rm -f "$work/advice-300k.jsonl"
  scale "batch 10,000 hosts, 4x rules" bin/wsl-advisor batch --in "$small" --out "$work/advice-10k.jsonl" --rules "$work/rules-x3"
  scale "batch 10,000 hosts, --what-if" bin/wsl-advisor batch --in "$small" --out "$work/advice-10k.jsonl" --what-if
fi
if [ "$phases" = 1 ]; then
  echo | tee -a "$out"
  echo "## Where batch's time goes" | tee -a "$out"
  echo | tee -a "$out"
  echo "Lines written by the launcher's batch after each moment (seconds since the command started; the JIT warms up meanwhile):" | tee -a "$out"
  echo | tee -a "$out"
  start=$(date +%s.%N)
  bin/wsl-advisor batch --in "$fleet" 2>/dev/null | python3 -c '
import sys, time
start = float(sys.argv[1])
marks = {1, 1000, 2000, 5000, 10000, 20000, 30000, 50000, 70000, 100000, 200000, 300000}
seen = []
for n, _ in enumerate(sys.stdin.buffer, 1):
    if n in marks:
        seen.append("%d lines: %.2f s" % (n, time.time() - start))
print("- " + "; ".join(seen))' "$start" | tee -a "$out"
  echo | tee -a "$out"
  [ -f "$work/PhaseTimes.class" ] && [ "$work/PhaseTimes.class" -nt "$jar" ] || javac -cp "$jar" -d "$work" bench/PhaseTimes.java
  # The launcher's batch flags, so the compiled code is what batch runs.
  java -XX:+UseParallelGC -Xmx256m -XX:MaxInlineLevel=3 -XX:InlineSmallCode=500 -XX:MaxNodeLimit=30000 \
    -cp "$jar:$work" PhaseTimes "$fleet" 20000 6 | tee -a "$out"
fi

echo
echo "results: $out"
