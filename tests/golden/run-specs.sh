#!/usr/bin/env bash
# Runs experiment specs with one qml build, each into OUT/NAME/, and prints each spec's wall time.
# The results.json files it writes are compared with the recorded ones by the golden tests:
#   tests/golden/run-specs.sh src/QuantumML.Cli/bin/Release/net10.0/qml /tmp/after experiments/*.json
#   QML_GOLDEN_CHECK=/tmp/after dotnet test tests/QuantumML.Cli.Tests --filter GoldenResultsTests
# (QML_GOLDEN_RECORD=DIR instead writes DIR's normalized results as the recorded ones.)
set -u
if [ $# -lt 3 ]; then
  echo "usage: $0 QML OUT SPEC.json..." >&2
  exit 2
fi
qml=$(realpath "$1"); mkdir -p "$2"; out=$(realpath "$2"); shift 2
status=0
for spec in "$@"; do
  name=$(basename "$spec" .json)
  rm -rf "${out:?}/$name"
  start=$(date +%s.%N)
  # From the spec's folder, so that qml finds the quantum/ project beside it (whichever build runs).
  if (cd "$(dirname "$spec")" && "$qml" run "$(basename "$spec")" --out "$out/$name" --quiet > "$out/$name.log" 2>&1); then
    result=ok
  else
    result="FAILED (see $out/$name.log)"; status=1
  fi
  printf '%-16s %7.1f s  %s\n' "$name" "$(echo "$(date +%s.%N) - $start" | bc)" "$result"
done
exit $status
