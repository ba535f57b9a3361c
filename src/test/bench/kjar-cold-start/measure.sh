#!/bin/sh
# Scratch: the builds in turn, ROUNDS rounds after one discarded round, the order rotated every round.
# a) the launcher's evaluate: wall, user, sys; b) Ready harness: ms from JVM start to engine ready, ms in packaged(), process CPU ms then.
ROUNDS=${1:-9}
# BASE, KJAR, DIRECT: the three build folders (each built with ./mvnw -o clean package -DskipTests); READY: the folder of Ready.class
set -- base:$BASE kjar:$KJAR direct:$DIRECT
one() { # name dir round
    cd "$2"
    /usr/bin/time -o ${TMPDIR:-/tmp}/kjar-time.txt -f "%e %U %S" target/isms-decider evaluate facts-examples/pharma-brownfield.json >/dev/null 2>&1
    r=$(java -XX:SharedArchiveFile=$2/target/isms-decider-cli.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
        -cp $2/target/isms-decider.jar:$READY Ready 2>/dev/null)
    echo "$3 $1 $(cat ${TMPDIR:-/tmp}/kjar-time.txt) $r $(cut -d' ' -f1 /proc/loadavg)"
}
for i in $(seq 0 "$ROUNDS"); do
    case $((i % 3)) in
        0) order="$1 $2 $3" ;; 1) order="$2 $3 $1" ;; 2) order="$3 $1 $2" ;;
    esac
    for b in $order; do one "${b%%:*}" "${b#*:}" "$i"; done
done
