#!/usr/bin/env bash
# Learning quality of training recipes, side by side: each recipe trained with several seeds on
# one synthetic dataset (8 experiments of 60 frames, one eval and one test window per
# experiment), the best epoch chosen by each run's own rule (the preset's: eval 2SD accuracy for
# the original and the peer, the last epoch for steady). Recipes are compared on eval figures
# only: eval R² and eval 2SD accuracy of that epoch, and the epoch-to-epoch swing of eval 2SD
# accuracy (mean |change|), as median and mean ± SD over seeds; then the eval figures of every
# run's last epoch, which no rule chose on the eval windows. The test windows are never used to
# choose: their R² and 2SD accuracy are printed last, in a block of their own, as the held-out
# report.
#
#   scripts/training-quality.sh [WORK_DIR] [SEEDS] [RECIPE...]
#
# A recipe is a name and params.json keys: "name={json}". Without recipes, the ones of
# docs/training.md. Runs already in WORK_DIR are not trained again.
#
# With PEER=.../ref_learn_torch.py (a PyTorch implementation of the original recipe that reads
# FaultKE's dataset file; PEER_PYTHON, default python3, must have torch, h5py and numpy), the
# peer is trained with the same seeds on the same file (--zoom-shift) and printed as "peer"; it
# prints no eval R², so its eval figures are 2SD accuracy and swing only.
# DATASET_SEED (default 7) is the generator's seed for a new WORK_DIR's dataset: 13 made the
# second dataset of docs/training.md, 11 the other dataset of its historical peer figures.
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
    "steady={\"preset\": \"steady\", $common}" \
    "steady-dropout-0.2={\"preset\": \"steady\", $common, \"dropout\": 0.2}" \
    "steady-max-eval={\"preset\": \"steady\", $common, \"best_epoch_rule\": \"max-eval-accuracy\"}"
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

last_epoch = {}  # run -> (eval R2, eval 2SD acc) of its last epoch

def faultke_run(run):  # eval R2, eval 2SD acc, test R2, test 2SD acc of the chosen epoch, eval accs, epoch
    rows = list(csv.DictReader(open(run + "/history.csv")))
    best = json.load(open(run + "/best.json"))["epoch"]
    row = rows[best - 1]
    last_epoch[run] = (float(rows[-1]["eval_r2"]), float(rows[-1]["eval_acc2sd"]))
    return (float(row["eval_r2"]), float(row["eval_acc2sd"]), float(row["test_r2"]), float(row["test_acc2sd"]),
            [float(x["eval_acc2sd"]) for x in rows], best)

def peer_run(path):  # "epoch E eval_acc A" per epoch, then "seed best_epoch eval_acc test_r2 test_acc2sd"
    text = open(path).read()
    evals = [float(a) for a in re.findall(r"epoch \d+ eval_acc ([0-9.]+)", text)]
    seed, best, eval_acc, r2, acc = text.strip().splitlines()[-1].split()
    return None, float(eval_acc), float(r2), float(acc), evals, int(best)  # the peer prints no eval R2

def summary(v):
    if not v: return "n/a"
    return "%.3f | %.3f ± %.3f" % (statistics.median(v), statistics.mean(v), statistics.stdev(v) if len(v) > 1 else 0)

results, last = {}, {}
for name in sys.argv[1:]:
    # runs/NAME-sSEED (FaultKE) or runs/peer-sSEED.txt; not the runs of another recipe whose name starts alike
    prefix, suffix, read = ("runs/peer-s", ".txt", peer_run) if name == "peer" else ("runs/%s-s" % name, "", faultke_run)
    runs = [run for run in glob.glob(prefix + "*") if re.fullmatch(re.escape(prefix) + r"\d+" + re.escape(suffix), run)]
    runs.sort(key=lambda run: int(re.search(r"-s(\d+)", run).group(1)))
    if runs: results[name] = [(re.search(r"-s(\d+)", run).group(1),) + read(run) for run in runs]
    if runs and name != "peer": last[name] = [last_epoch[run] for run in runs]

print("Chosen on eval (each run's epoch by its own rule; eval figures of that epoch):")
print("%-18s %-26s %-31s %s" % ("recipe", "eval R2 median | mean ± SD", "eval 2SD acc median | mean ± SD",
                                "eval acc swing mean ± SD"))
for name, runs in results.items():
    swing = [sum(abs(e[i] - e[i - 1]) for i in range(1, len(e))) / max(1, len(e) - 1) for *_, e, _ in runs]
    print("%-18s %-26s %-31s %.3f ± %.3f" % (name, summary([r[1] for r in runs if r[1] is not None]),
                                             summary([r[2] for r in runs]), statistics.mean(swing),
                                             statistics.stdev(swing) if len(swing) > 1 else 0))
    for (seed, er2, eacc, _, _, _, best), s in zip(runs, swing):
        print("    seed %s: eval R2 %s acc %.3f swing %.3f (epoch %d)" % (seed, "n/a" if er2 is None else "%.3f" % er2,
                                                                       eacc, s, best))
if "peer" in results: print("(the peer prints no eval R2)")
print()
# A rule that picks the epoch of highest eval accuracy scores that epoch on the windows it chose
# by: the last epoch, which no rule picked on them, compares the recipes without that advantage.
print("Eval at the last epoch (the same epoch for every recipe, not chosen on the eval windows):")
print("%-18s %-26s %s" % ("recipe", "eval R2 median | mean ± SD", "eval 2SD acc median | mean ± SD"))
for name, runs in last.items():
    print("%-18s %-26s %s" % (name, summary([r[0] for r in runs]), summary([r[1] for r in runs])))
print()
print("Test, reported, never used to choose (the same epochs):")
print("%-18s %-26s %s" % ("recipe", "test R2 median | mean ± SD", "test 2SD acc median | mean ± SD"))
for name, runs in results.items():
    print("%-18s %-26s %s" % (name, summary([r[3] for r in runs]), summary([r[4] for r in runs])))
PY
