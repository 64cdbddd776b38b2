#!/usr/bin/env bash
# Times the protostar command line as a whole process merging the ruff, mypy and pytest tables into
# a commented pyproject.toml of growing size, and fits how the time grows:
#   protostar init --python --mypy --pytest --pre-commit --docker --direnv -m --force
# in a folder holding the document, with stub uv and direnv first on PATH and the real git.
# Two document shapes, written by the benchmark fixture itself (FixtureFile), so the command line
# merges exactly what the JMH benchmarks merge:
#   pyproject  PyprojectFixture.pyproject: commented [project], [tool.black] ... many commented
#              [tool.<name>] tables, [dependency-groups] last (new tables are moved up);
#   custom     PyprojectFixture.customSections: [project], then "# section i", [tool.customI] with a
#              commented key and an array, one [[tool.customI.items]] entry (issue 16's shape).
# For each shape and size it prints min / median / max wall time, the median CPU time (user +
# system, children included) and the median peak RSS (/usr/bin/time -v's "Maximum resident set
# size"), then the exponent b of a least-squares fit of log(median) = a + b log(size), for the wall
# time and for the CPU time (less sensitive to a busy machine). Both include the fixed cost of
# starting the JVM and the run (about a quarter of a second), which pulls b below 1 at small sizes:
# compare exponents of two builds, or use the in-process TomlScaling for the merge alone.
#
# Usage: protostar-examples/bench/cli-scaling.sh [RUNS] [SIZES]   (default 7 runs; 30,250,1024,4096 KiB)
# Environment:
#   PROTOSTAR   the command to time (default: the launcher ./protostar at the repository root)
#   SHAPES      the shapes to run (default "pyproject custom")
# Everything it creates lives in one temporary folder that is removed on exit.
set -euo pipefail

runs="${1:-7}"
sizes="${2:-30,250,1024,4096}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
protostar="${PROTOSTAR:-$here/protostar}"
shapes="${SHAPES:-pyproject custom}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/protostar-scaling.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

command -v git >/dev/null || { echo "cli-scaling: needs git on PATH" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "cli-scaling: needs /usr/bin/time (GNU time) for CPU time and peak RSS" >&2; exit 1; }
git_dir="$(dirname "$(command -v git)")"
java_bin="$(command -v java)"

# Stub programs: uv is bench/stub-uv (shared with cli-startup.sh); direnv only succeeds.
mkdir -p "$scratch/bin"
cp "$here/protostar-examples/bench/stub-uv" "$scratch/bin/uv"
printf '#!/bin/sh\nexit 0\n' > "$scratch/bin/direnv"
chmod +x "$scratch/bin/uv" "$scratch/bin/direnv"

init_args=(init --python --mypy --pytest --pre-commit --docker --direnv -m --force)

# One untimed run: builds the jar (and the launcher's cache) when needed, and checks the command works.
mkdir "$scratch/check"
if ! (cd "$scratch/check" && PATH="$scratch/bin:$git_dir:/usr/bin:/bin" GIT_CONFIG_GLOBAL=/dev/null \
        GIT_CONFIG_NOSYSTEM=1 "$protostar" "${init_args[@]}" >"$scratch/check.out" 2>&1); then
    echo "cli-scaling: the init command failed:" >&2
    cat "$scratch/check.out" >&2
    exit 1
fi

# The documents, from the fixture in the CLI jar.
for shape in $shapes; do
    for kib in ${sizes//,/ }; do
        "$java_bin" -cp "$here/protostar-examples/target/protostar-cli.jar" \
            dev.protostar.examples.bench.FixtureFile "$shape" "$kib" "$scratch/$shape-$kib.toml"
    done
done

export PATH="$scratch/bin:$git_dir:/usr/bin:/bin"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || uptime; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "cli-scaling: $runs runs each of '$protostar', load average before: $(load)"
printf '%-10s %8s %10s %10s %10s %10s %9s\n' shape bytes "min s" "median s" "max s" "cpu s" "rss MB"
for shape in $shapes; do
    : >"$scratch/fit"
    for kib in ${sizes//,/ }; do
        seed="$scratch/$shape-$kib.toml"
        bytes=$(wc -c <"$seed")
        : >"$scratch/wall" && : >"$scratch/cpu" && : >"$scratch/rss"
        for ((i = 0; i < runs; i++)); do
            rm -rf "$scratch/w" && mkdir "$scratch/w" && cp "$seed" "$scratch/w/pyproject.toml"
            cd "$scratch/w"
            start=$(date +%s%N)
            /usr/bin/time -v -o "$scratch/usage" "$protostar" "${init_args[@]}" >/dev/null 2>"$scratch/err" \
                || { echo "cli-scaling: init failed on $shape $kib KiB:" >&2; cat "$scratch/err" >&2; exit 1; }
            end=$(date +%s%N)
            cd "$scratch"
            echo "$(( (end - start) / 1000 ))" | awk '{ print $1 / 1e6 }' >>"$scratch/wall"
            awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$scratch/usage" >>"$scratch/cpu"
            awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$scratch/usage" >>"$scratch/rss"
        done
        read -r wall_min wall_max < <(sort -g "$scratch/wall" | awk 'NR == 1 { min = $1 } { max = $1 } END { print min, max }')
        wall_median=$(median <"$scratch/wall")
        printf '%-10s %8d %10.3f %10.3f %10.3f %10.3f %9.1f\n' "$shape" "$bytes" "$wall_min" "$wall_median" \
            "$wall_max" "$(median <"$scratch/cpu")" "$(median <"$scratch/rss")"
        echo "$bytes $wall_median $(median <"$scratch/cpu")" >>"$scratch/fit"
    done
    awk -v shape="$shape" '
        { x = log($1); n++; sx += x; sxx += x * x; sw += log($2); sxw += x * log($2); sc += log($3); sxc += x * log($3) }
        END {
            d = n * sxx - sx * sx
            if (n < 2 || d <= 0) { printf "%-10s fitted exponent: needs two or more sizes\n", shape; exit }
            printf "%-10s fitted exponent against size: median wall %.3f, median cpu %.3f\n", shape, (n * sxw - sx * sw) / d, (n * sxc - sx * sc) / d
        }
    ' "$scratch/fit"
done
echo "cli-scaling: load average after: $(load)"
