#!/usr/bin/env bash
# Reproduces the model FaultKE ships and its card (resources/models/faultke-synthetic.json): synthetic
# experiments drawn in the varied style (trace width 1-5 px, zone near the middle, roughness, gaps, spurious
# bits, broad step-overs; 36 experiments of 40 frames, so that no one experiment's draw makes the model)
# -> dataset (each window's traces moved to within 12 rows of the middle row) -> 5 members trained
# with different seeds for 30 epochs (steady preset, a ReLU after the dense layer, traces thickened
# or thinned by up to two rows) -> each member's epoch chosen on the eval windows -> intervals
# calibrated on the eval windows -> the card, with the figures on the test windows and the
# prediction checks of docs/prediction.md (scripts/prediction-quality.sh). Nothing comes from the
# published model. Test windows choose nothing. Everything is seeded; multi-threaded CPU
# reductions make reruns differ in the last digits. About 15 minutes on 2 cores.
#
#   bash scripts/make-bundled-model.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cli="$build/src/cli/faultke-cli"
[[ -x "$cli" ]] || { echo "no $cli: build first (bash scripts/build.sh)" >&2; exit 1; }

experiments=36 frames=40 synth_seed=7 epochs=${FAULTKE_BUNDLED_EPOCHS:-30} members=5
# Each window's traces moved to within this many rows of the middle row (docs/prediction.md): a
# broad step-over's segment alone far off the middle, labelled with its full slip, taught the
# network that any strand there adds much slip, and a stepover read as two traces' worth.
centre_within=${FAULTKE_BUNDLED_CENTRE_WITHIN:-12}
# The members' params.json (docs/prediction.md's variants set other ones). A ReLU after the dense
# layer: without it the network adds up what each strand contributes, and two far-apart strands
# cannot read less than one. 30 epochs, not 40 or 50: the longer the members train, the lower
# they read Calico's strands (fig4), the yardstick (docs/prediction.md, variants G to I).
params=${FAULTKE_BUNDLED_PARAMS:-'{"preset": "steady", "thickness_range": 2, "dense_relu": true}'}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$cli" synth -o "$work/experiments" --experiments "$experiments" --frames "$frames" --seed "$synth_seed" --drawing varied
"$cli" prepare "$work/experiments" -o "$work/dataset.mat" --eval-windows 1 --test-windows 1 \
    --centre-traces "$centre_within"
echo "$params" >"$work/params.json"
runs=()
for seed in $(seq 1 "$members"); do
    "$cli" train --data "$work/dataset.mat" --params "$work/params.json" -o "$work/member-$seed" \
        --epochs "$epochs" --seed "$seed" --device cpu
    runs+=("$work/member-$seed")
done
"$cli" calibrate "${runs[@]}" --data "$work/dataset.mat" --device cpu -o "$work/intervals.json" | tee "$work/calibrate.txt"

# split samples acc(2SD) R2, of the ensemble's mean
figure() { awk -v name="$1" -v column="$2" '$1 == name && NF == 4 { print $column }' "$work/calibrate.txt"; }
for name in train eval test; do
    for column in 2 3 4; do
        [[ -n "$(figure "$name" "$column")" ]] || { echo "no $name figures in the calibration" >&2; exit 1; }
    done
done

out=resources/models
mkdir -p "$out"
member_json=""
for seed in $(seq 1 "$members"); do
    best="$(sed -n 's/.*"epoch": *\([0-9]*\).*/\1/p' "$work/member-$seed/best.json" | head -n1)"
    [[ -n "$best" ]] || { echo "no best epoch in $work/member-$seed/best.json" >&2; exit 1; }
    cp "$(printf '%s/member-%d/checkpoints/epoch-%03d.pt' "$work" "$seed" "$best")" "$work/faultke-synthetic-$seed.pt"
    member_json+="${member_json:+, }{\"checkpoint\": \"faultke-synthetic-$seed.pt\", \"seed\": $seed, \"best_epoch\": $best}"
done

# The checks of docs/prediction.md on the new members (pictures of fig4 when ../shared is there).
bash scripts/prediction-quality.sh "${runs[@]}" >"$work/checks.txt" 2>&1 || true
checks="$(awk '/median over every thickness/ { on = 1; next } on && NF == 2 { printf "%s\"%s: median KE %s over 2, 3 and 4 px\"", (n++ ? ", " : ""), $1, $2 }' "$work/checks.txt")"

cat >"$work/faultke-synthetic.json" <<JSON
{
    "name": "FaultKE synthetic (ensemble of $members)",
    "trained_on": "FaultKE's synthetic clay experiments drawn in the varied style (faultke-cli synth --drawing varied), not on laboratory or field data, and nothing of the published model",
    "dataset": "$experiments experiments of $frames frames (synth seed $synth_seed, varied drawing), windows 128 x 64 every 50 columns; per experiment 1 eval and 1 test window, the rest train; each window's traces moved to within $centre_within rows of the middle row (prepare --centre-traces $centre_within)",
    "samples": {"train": $(figure train 2), "eval": $(figure eval 2), "test": $(figure test 2)},
    "epochs": $epochs,
    "training": $params,
    "best_epoch_rule": "each member's default rule, on the eval windows",
    "members": [$member_json],
    "eval": {"accuracy_2sd": $(figure eval 3), "r2": $(figure eval 4)},
    "test": {"accuracy_2sd": $(figure test 3), "r2": $(figure test 4)},
    "intervals": $(cat "$work/intervals.json"),
    "checks": [$checks],
    "reproduce": "bash scripts/make-bundled-model.sh"
}
JSON
# Laid out one field a line for reading and diffing, where python3 is there to do it.
if command -v python3 >/dev/null; then
    python3 -m json.tool --indent 4 "$work/faultke-synthetic.json" >"$work/card.json"
    mv "$work/card.json" "$work/faultke-synthetic.json"
fi
# The members and the card replace the old ones together, once all are complete.
rm -f "$out"/faultke-synthetic*.pt
for seed in $(seq 1 "$members"); do mv "$work/faultke-synthetic-$seed.pt" "$out/"; done
mv "$work/faultke-synthetic.json" "$out/faultke-synthetic.json"
cat "$work/checks.txt"
echo "wrote $out/faultke-synthetic-{1..$members}.pt and their card"
