#!/usr/bin/env bash
# Regenerates notebooks-export/ from real runs; the files there are never edited by hand.
#   submit/export-notebooks.sh
# Runs each grid into results/export/<grid> (a finished run is resumed, i.e. skipped), then writes each report
# (report.html, report.ipynb, figures/) into notebooks-export/<grid>. All runs come before any report: a report
# rewrites tracked files, and a run started after that would record its commit as "-dirty". The grids:
#   quickstart          conf/grids/quickstart.yaml: Iris and Wine, N = 2..10 at L = 2 and L = 4, 8 at N = 2, 3 seeds,
#                       Classic vs AdaInit (embedded, random), T = 20
#   fig3-qubits-laptop  conf/grids/fig3-qubits-laptop.yaml: the paper's Fig. 3 qubit series for Iris, uniform prior,
#                       N = 2..12 at L = 2, 5 seeds, T = 50, Classic vs AdaInit (embedded, random)
#   fig3-bp-laptop      conf/grids/fig3-bp-laptop.yaml: the paper's setting (L = 2, U(0,1)) beside the barren plateau
#                       (L = 10N, U(0,2pi)), Iris and Wine, 5 seeds, T = 10, Classic vs AdaInit (embedded, random)
# Needs the datasets (--data-dir, ADAINIT_DATA_DIR or ~/.cache/adainit/datasets) and no API key. Every path stays
# relative to the checkout, so the exports name no folder of this machine (datasets appear by SHA-256); each
# report.ipynb opens the tables of results/export/<grid> by a path relative to its own folder (Python 3 kernel with
# PySpark).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
GRIDS=(quickstart fig3-qubits-laptop fig3-bp-laptop)
for grid in "${GRIDS[@]}"; do
  submit/adainit run "conf/grids/$grid.yaml" --out "results/export/$grid"
done
for grid in "${GRIDS[@]}"; do
  submit/adainit report --out "results/export/$grid" --to "notebooks-export/$grid"
done
