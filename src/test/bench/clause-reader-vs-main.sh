#!/bin/sh
# The clause benchmark (clauses.ClauseBenchmark) of this build and of another one, taken in turn, so that
# both see the same machine. BASE is a checkout of the other build; each checkout must have run
#   ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
# Usage: src/test/bench/clause-reader-vs-main.sh BASE [ROUNDS]   (default 2 rounds)
set -eu
BASE=${1:?usage: $0 BASE [ROUNDS]}
ROUNDS=${2:-2}
HERE=$(pwd)
run() {
  dir=$1; label=$2
  ( cd "$dir" && java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.openjdk.jmh.Main \
      'clauses.ClauseBenchmark.(classifyCorpus|classifyPharmaClause|checkPdfContract)$' -rf text -rff /dev/null 2>/dev/null ) \
    | awk -v l="$label" '/:p0.50/ { print l, $1, $(NF-1), $NF }'
}
i=1
while [ "$i" -le "$ROUNDS" ]; do
  run "$BASE" "base  round $i"
  run "$HERE" "this  round $i"
  i=$((i + 1))
done
