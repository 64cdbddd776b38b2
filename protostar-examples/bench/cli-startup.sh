#!/usr/bin/env bash
# Times the protostar command line as a whole process (JVM start included), the way a user meets it:
#   1. protostar init --python --mypy --pytest --pre-commit --docker --direnv -m --force
#      in a fresh empty folder, with stub uv and direnv first on PATH and the real git;
#   2. protostar --help;
#   3. the same init in a folder holding a commented pyproject.toml of about 1 MiB (fewer runs).
# Prints min / median / max wall time in milliseconds for each, plus the 1-minute load average.
#
# Usage: protostar-examples/bench/cli-startup.sh [RUNS]        (default 21 runs each)
# Environment:
#   PROTOSTAR   the command to time (default: the launcher ./protostar at the repository root)
#   JAVA_HOME   honoured by the launcher, as always
# Uses hyperfine when it is installed; otherwise a plain loop timed with date +%s%N. The loop also
# reports CPU time (user + system, children included) and peak RSS, read with /usr/bin/time.
# Everything it creates lives in one temporary folder that is removed on exit.
set -euo pipefail

runs="${1:-21}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
protostar="${PROTOSTAR:-$here/protostar}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/protostar-startup.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

command -v git >/dev/null || { echo "cli-startup: needs git on PATH" >&2; exit 1; }
git_dir="$(dirname "$(command -v git)")"

# Stub programs: uv is bench/stub-uv (shared with cli-scaling.sh); direnv only succeeds. Both
# append their command line to calls.log.
mkdir -p "$scratch/bin"
cp "$here/protostar-examples/bench/stub-uv" "$scratch/bin/uv"
cat > "$scratch/bin/direnv" <<'STUB'
#!/bin/sh
echo "direnv $*" >> "$(dirname "$0")/calls.log"
STUB
chmod +x "$scratch/bin/uv" "$scratch/bin/direnv"
export PATH="$scratch/bin:$git_dir:/usr/bin:/bin"
# Keep the user's git configuration out of the measurement.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

# A commented pyproject.toml of about 1 MiB: [project], many commented [tool.*] tables, and a
# [build-system] last, so the new tool tables have to be moved up beside their siblings.
big_pyproject() {
    awk 'BEGIN {
        print "# pyproject.toml of orbital-sim, a benchmark fixture. Comments and order must survive."
        print ""
        print "[project]"
        print "name = \"orbital-sim\""
        print "version = \"0.4.2\"  # bumped by the release script"
        print "requires-python = \">=3.11\""
        print "dependencies = ["
        print "    \"numpy>=1.26\",  # vectors and matrices"
        print "]"
        for (i = 0; size < 1048576; i++) {
            s = sprintf("\n# Settings of the in-house tool number %d.\n[tool.inhouse_%d]\n", i, i)
            s = s sprintf("enabled = true  # switch it off per project\nlevel = %d\n", i % 7)
            s = s sprintf("paths = [\n    \"src\",   # sources\n    \"tests\", # tests\n]\n")
            s = s sprintf("options = { strict = true, retries = %d }\n", i % 3)
            printf "%s", s
            size += length(s)
        }
        print ""
        print "[build-system]"
        print "requires = [\"hatchling\"]"
        print "build-backend = \"hatchling.build\""
    }'
}

init_args=(init --python --mypy --pytest --pre-commit --docker --direnv -m --force)

# One untimed run of each: builds the jar (and the launcher's cache) when needed, and checks the
# command works before timing it.
mkdir "$scratch/check"
if ! (cd "$scratch/check" && "$protostar" "${init_args[@]}" >"$scratch/check.out" 2>&1); then
    echo "cli-startup: the init command failed:" >&2
    cat "$scratch/check.out" >&2
    exit 1
fi
"$protostar" --help >/dev/null

load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || uptime; }

# summarise NAME < one duration in ns per line
summarise() {
    sort -n | awk -v name="$1" '
        { v[NR] = $1 / 1e6 }
        END {
            if (NR % 2) median = v[(NR + 1) / 2]; else median = (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%-8s runs=%d  min=%.0f ms  median=%.0f ms  max=%.0f ms\n", name, NR, v[1], median, v[NR]
        }'
}

# timed NAME ARGS...: runs "$protostar" ARGS $runs times, each in a fresh empty folder, and prints
# the wall-time summary; with /usr/bin/time also the CPU time (user + system, children included,
# much less sensitive to a busy machine than wall time) and the peak resident set size.
timed() {
    local name="$1" i start end
    shift
    local seed=""
    if [[ "$1" == --seed=* ]]; then seed="${1#--seed=}"; shift; fi
    : >"$scratch/wall" && : >"$scratch/cpu" && : >"$scratch/rss"
    for ((i = 0; i < runs; i++)); do
        rm -rf "$scratch/w" && mkdir "$scratch/w" && cd "$scratch/w"
        [[ -z "$seed" ]] || cp "$seed" pyproject.toml
        start=$(date +%s%N)
        if [[ -x /usr/bin/time ]]; then
            /usr/bin/time -f '%U %S %M' -o "$scratch/usage" "$protostar" "$@" >/dev/null 2>&1
        else
            "$protostar" "$@" >/dev/null 2>&1
        fi
        end=$(date +%s%N)
        cd "$scratch"
        echo $((end - start)) >>"$scratch/wall"
        if [[ -r "$scratch/usage" ]]; then
            awk '{ printf "%.0f\n", ($1 + $2) * 1e9 }' "$scratch/usage" >>"$scratch/cpu"
            awk '{ print $3 }' "$scratch/usage" >>"$scratch/rss"
        fi
    done
    summarise "$name" <"$scratch/wall"
    if [[ -s "$scratch/cpu" ]]; then
        summarise "  cpu" <"$scratch/cpu"
        sort -n "$scratch/rss" | awk '{ v[NR] = $1 } END { printf "  rss      peak resident set: median=%.1f MB  max=%.1f MB\n", v[int((NR + 1) / 2)] / 1024, v[NR] / 1024 }'
    fi
}

echo "cli-startup: $runs runs each of '$protostar', load average before: $(load)"
big_pyproject >"$scratch/big.toml"
big_runs=$(( runs / 3 > 3 ? runs / 3 : 3 ))
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs "$runs" -N \
        --prepare "rm -rf '$scratch/w' && mkdir '$scratch/w'" \
        "sh -c 'cd $scratch/w && exec $protostar ${init_args[*]}'"
    hyperfine --warmup 2 --runs "$runs" -N "$protostar --help"
    hyperfine --warmup 1 --runs "$big_runs" -N \
        --prepare "rm -rf '$scratch/w' && mkdir '$scratch/w' && cp '$scratch/big.toml' '$scratch/w/pyproject.toml'" \
        "sh -c 'cd $scratch/w && exec $protostar ${init_args[*]}'"
    runs=1  # below: one more run of each, for CPU time and peak memory only
fi
for _ in 1 2; do "$protostar" --help >/dev/null; done  # warm the file cache
timed "init" "${init_args[@]}"
timed "--help" --help
runs=$big_runs timed "init-1MB" --seed="$scratch/big.toml" "${init_args[@]}"
echo "cli-startup: load average after: $(load)"
