#!/usr/bin/env bash
# Learning quality of training recipes, side by side: each recipe trained with several seeds on
# one synthetic dataset (8 experiments of 60 frames, one eval and one test window per
# experiment), the best epoch chosen by eval 2SD accuracy, then test R² and 2SD accuracy and the
# epoch-to-epoch swing of eval accuracy (mean |change|), as median and mean ± SD over seeds.
#
#   scripts/training-quality.sh [WORK_DIR] [SEEDS] [RECIPE...]
#
# A recipe is a name and params.json keys: "name={json}". Without recipes, the ones of
# docs/training.md. Runs already in WORK_DIR are not trained again.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cli="${FAULTKE_CLI:-$here/build/src/cli/faultke-cli}"
work="${1:-training-quality}"
seeds="${2:-1 2 3 4 5}"
shift $(( $# > 2 ? 2 : $# ))
common='"learning_rate": 0.005, "batch_size": 64, "num_epochs": 25'
if [ $# -eq 0 ]; then
  set -- \
    "original={\"preset\": \"original\", $common}" \
    "torch-init={\"preset\": \"original\", $common, \"init\": \"torch\"}" \
    "bn-recalibration={\"preset\": \"original\", $common, \"bn_recalibration\": true}" \
    "warmup-cosine={\"preset\": \"original\", $common, \"lr_schedule\": \"warmup_cosine\"}" \
    "sd-floor={\"preset\": \"original\", $common, \"sd_floor\": 0.03}" \
    "steady={\"preset\": \"steady\", $common}"
fi
mkdir -p "$work"
cd "$work"
if [ ! -f dataset.mat ]; then
  "$cli" synth -o raw --experiments 8 --frames 60 --seed 7 >/dev/null
  "$cli" prepare -o dataset.mat --eval-windows 1 --test-windows 1 raw/ >/dev/null
fi
for recipe in "$@"; do
  name="${recipe%%=*}"
  echo "${recipe#*=}" > "$name.json"
  for seed in $seeds; do
    run="runs/$name-s$seed"
    [ -f "$run/best.json" ] && [ "$(grep -c . "$run/history.csv")" -gt 25 ] && continue
    rm -rf "$run"
    "$cli" train --data dataset.mat -o "$run" --params "$name.json" --seed "$seed" >/dev/null 2>&1
  done
done
python3 - "$@" <<'PY'
import csv, json, statistics, sys
print("%-18s %-28s %-28s %-22s" % ("recipe", "test R2 median | mean ± SD", "test 2SD acc median | mean ± SD", "eval acc swing mean"))
for recipe in sys.argv[1:]:
    name = recipe.split("=", 1)[0]
    r2, acc, swing, seeds = [], [], [], []
    import glob
    for run in sorted(glob.glob("runs/%s-s*" % name)):
        rows = list(csv.DictReader(open(run + "/history.csv")))
        best = json.load(open(run + "/best.json"))["epoch"]
        row = rows[best - 1]
        r2.append(float(row["test_r2"])); acc.append(float(row["test_acc2sd"]))
        e = [float(x["eval_acc2sd"]) for x in rows]
        swing.append(sum(abs(e[i] - e[i - 1]) for i in range(1, len(e))) / (len(e) - 1))
        seeds.append("%s: R2 %.3f acc %.3f swing %.3f (epoch %d)" % (run.split("-s")[-1], r2[-1], acc[-1], swing[-1], best))
    if not r2: continue
    f = lambda v: "%.3f | %.3f ± %.3f" % (statistics.median(v), statistics.mean(v), statistics.stdev(v) if len(v) > 1 else 0)
    print("%-18s %-28s %-28s %.3f ± %.3f" % (name, f(r2), f(acc), statistics.mean(swing), statistics.stdev(swing) if len(swing) > 1 else 0))
    for s in seeds: print("    seed " + s)
PY
