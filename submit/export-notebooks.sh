#!/usr/bin/env bash
# Regenerates notebooks-export/ from real runs; the files there are never edited by hand.
#   submit/export-notebooks.sh
# For each grid: run it (a finished run is resumed, i.e. skipped) into results/export/<grid>, then write its report
# (report.html, report.ipynb, figures/) into notebooks-export/<grid>. The grids:
#   quickstart          conf/grids/quickstart.yaml: Iris and Wine, N = 2..10 at L = 2 and L = 4, 8 at N = 2, 3 seeds,
#                       Classic vs AdaInit (embedded, random), T = 20
#   fig3-qubits-laptop  conf/grids/fig3-qubits-laptop.yaml: the paper's Fig. 3 qubit series for Iris, uniform prior,
#                       N = 2..12 at L = 2, 5 seeds, T = 50, Classic vs AdaInit (embedded, random)
# Needs the datasets (--data-dir, ADAINIT_DATA_DIR or ~/.cache/adainit/datasets) and no API key.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
for grid in quickstart fig3-qubits-laptop; do
  submit/adainit run "conf/grids/$grid.yaml" --out "results/export/$grid"
  submit/adainit report --out "results/export/$grid" --to "notebooks-export/$grid"
done
