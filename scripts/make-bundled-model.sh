#!/usr/bin/env bash
# Reproduces the model FaultKE ships (resources/models/faultke-synthetic.pt) and its card
# (faultke-synthetic.json): synthetic experiments -> dataset -> 60 epochs -> best epoch.
# Everything is seeded, so a rerun on the same build gives the same figures up to the
# nondeterminism of multi-threaded CPU reductions. About 6 minutes on 2 cores.
#
#   bash scripts/make-bundled-model.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cli="$build/src/cli/faultke-cli"
[[ -x "$cli" ]] || { echo "no $cli: build first (bash scripts/build.sh)" >&2; exit 1; }

experiments=12 frames=120 synth_seed=7 epochs=60 train_seed=42
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$cli" synth -o "$work/experiments" --experiments "$experiments" --frames "$frames" --seed "$synth_seed"
"$cli" prepare "$work/experiments" -o "$work/dataset.mat" --eval-windows 1 --test-windows 1
"$cli" train --data "$work/dataset.mat" -o "$work/run" --epochs "$epochs" --seed "$train_seed" --device cpu
"$cli" evaluate "$work/run" --data "$work/dataset.mat" --device cpu | tee "$work/evaluate.txt"

best="$(sed -n 's/.*"epoch": *\([0-9]*\).*/\1/p' "$work/run/best.json" | head -n1)"
[[ -n "$best" ]] || { echo "no best epoch in $work/run/best.json" >&2; exit 1; }
# split samples acc(2SD) acc(1SD) MSE MAE R2
figure() { awk -v name="$1" -v column="$2" '$1 == name { print $column }' "$work/evaluate.txt"; }

for name in train eval test; do
    for column in 2 3 7; do
        [[ -n "$(figure "$name" "$column")" ]] || { echo "no $name figures in the evaluation" >&2; exit 1; }
    done
done

mkdir -p resources/models
cp "$(printf '%s/run/checkpoints/epoch-%03d.pt' "$work" "$best")" resources/models/faultke-synthetic.pt.tmp
cat > resources/models/faultke-synthetic.json.tmp <<EOF
{
    "name": "FaultKE synthetic",
    "trained_on": "FaultKE's synthetic clay experiments (faultke-cli synth), not on laboratory or field data",
    "dataset": "$experiments experiments of $frames frames (synth seed $synth_seed), windows 128 x 64 every 50 columns; per experiment 1 eval and 1 test window, the rest train",
    "samples": {"train": $(figure train 2), "eval": $(figure eval 2), "test": $(figure test 2)},
    "epochs": $epochs,
    "best_epoch": $best,
    "best_epoch_rule": "max-eval-accuracy",
    "training_seed": $train_seed,
    "eval": {"accuracy_2sd": $(figure eval 3), "r2": $(figure eval 7)},
    "test": {"accuracy_2sd": $(figure test 3), "r2": $(figure test 7)},
    "reproduce": "bash scripts/make-bundled-model.sh"
}
EOF
# The model and its card replace the old pair together, once both are complete.
mv resources/models/faultke-synthetic.pt.tmp resources/models/faultke-synthetic.pt
mv resources/models/faultke-synthetic.json.tmp resources/models/faultke-synthetic.json
echo "wrote resources/models/faultke-synthetic.pt (epoch $best) and its card"
