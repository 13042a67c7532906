#!/usr/bin/env bash
# Learning quality of training recipes, side by side: each recipe trained with several seeds on
# one synthetic dataset (8 experiments of 60 frames, one eval and one test window per
# experiment), the best epoch chosen by each run's own rule (the preset's: eval 2SD accuracy for
# the original and the peer, the last epoch for steady), then test R² and 2SD accuracy and the
# epoch-to-epoch swing of eval accuracy (mean |change|), as median and mean ± SD over seeds.
#
#   scripts/training-quality.sh [WORK_DIR] [SEEDS] [RECIPE...]
#
# A recipe is a name and params.json keys: "name={json}". Without recipes, the ones of
# docs/training.md. Runs already in WORK_DIR are not trained again.
#
# With PEER=.../ref_learn_torch.py (a PyTorch implementation of the original recipe that reads
# FaultKE's dataset file; PEER_PYTHON, default python3, must have torch, h5py and numpy), the
# peer is trained with the same seeds on the same file (--zoom-shift) and printed as "peer".
# DATASET_SEED (default 7) is the generator's seed for a new WORK_DIR's dataset: 11 made the
# second dataset of docs/training.md.
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
    "ema={\"preset\": \"original\", $common, \"ema_epochs\": 3}" \
    "mean-start={\"preset\": \"original\", $common, \"start_at_mean_ke\": true}" \
    "steady={\"preset\": \"steady\", $common}"
fi
mkdir -p "$work"
cd "$work"
if [ ! -f dataset.mat ]; then
  "$cli" synth -o raw --experiments 8 --frames 60 --seed "${DATASET_SEED:-7}" >/dev/null
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
names=()
[ -n "${PEER:-}" ] && names+=(peer)
for recipe in "$@"; do names+=("${recipe%%=*}"); done
if [ -n "${PEER:-}" ]; then
  mkdir -p runs
  for seed in $seeds; do
    out="runs/peer-s$seed.txt"
    [ -s "$out" ] && [ "$(grep -c 'eval_acc' "$out")" -ge 25 ] && continue
    "${PEER_PYTHON:-python3}" "$PEER" dataset.mat --epochs 25 --batch 64 --lr 5e-3 --seed "$seed" --zoom-shift \
      --verbose > "$out.tmp" 2>&1 && mv "$out.tmp" "$out"
  done
fi
python3 - "${names[@]}" <<'PY'
import csv, glob, json, re, statistics, sys

def faultke_run(run):
    rows = list(csv.DictReader(open(run + "/history.csv")))
    best = json.load(open(run + "/best.json"))["epoch"]
    row = rows[best - 1]
    return float(row["test_r2"]), float(row["test_acc2sd"]), [float(x["eval_acc2sd"]) for x in rows], best

def peer_run(path):  # "epoch E eval_acc A" per epoch, then "seed best_epoch eval_acc test_r2 test_acc2sd"
    text = open(path).read()
    evals = [float(a) for a in re.findall(r"epoch \d+ eval_acc ([0-9.]+)", text)]
    seed, best, _, r2, acc = text.strip().splitlines()[-1].split()
    return float(r2), float(acc), evals, int(best)

print("%-18s %-28s %-28s %-22s" % ("recipe", "test R2 median | mean ± SD", "test 2SD acc median | mean ± SD", "eval acc swing mean"))
for name in sys.argv[1:]:
    r2, acc, swing, seeds = [], [], [], []
    pattern, read = ("runs/peer-s*.txt", peer_run) if name == "peer" else ("runs/%s-s*" % name, faultke_run)
    for run in sorted(glob.glob(pattern), key=lambda run: int(re.search(r"-s(\d+)", run).group(1))):
        r, a, e, best = read(run)
        r2.append(r); acc.append(a)
        swing.append(sum(abs(e[i] - e[i - 1]) for i in range(1, len(e))) / (len(e) - 1))
        seed = re.search(r"-s(\d+)", run).group(1)
        seeds.append("%s: R2 %.3f acc %.3f swing %.3f (epoch %d)" % (seed, r2[-1], acc[-1], swing[-1], best))
    if not r2: continue
    f = lambda v: "%.3f | %.3f ± %.3f" % (statistics.median(v), statistics.mean(v), statistics.stdev(v) if len(v) > 1 else 0)
    print("%-18s %-28s %-28s %.3f ± %.3f" % (name, f(r2), f(acc), statistics.mean(swing), statistics.stdev(swing) if len(swing) > 1 else 0))
    for s in seeds: print("    seed " + s)
PY
