#!/usr/bin/env bash
# Fine-tuning against training from scratch, where a lab would use it: a dataset of only 2
# experiments drawn in another regime than the bundled model's (the classic drawing, synth seed
# 99; the bundled model learnt the varied drawing of 36 experiments, synth seed 7), one eval and
# one test window per experiment. Each seed trains twice for the same number of epochs:
#   scratch    the steady preset from random weights
#   fine-tune  the fine-tune preset from the bundled model's member ((seed - 1) mod 5) + 1
# Each run's epoch is chosen by its own rule on the eval windows (the last epoch, for both
# presets). Printed per seed and as median and mean ± SD: the test R² and test 2SD accuracy of
# that epoch (the test windows choose nothing), and the first epoch whose eval 2SD accuracy
# reaches the scratch run's final eval 2SD accuracy (0: the starting model already does; "never":
# not within the epochs).
#
#   bash scripts/fine-tune-quality.sh [BUILD_DIR] [WORK_DIR]
#   FAULTKE_FT_EPOCHS=20 FAULTKE_FT_SEEDS=5 FAULTKE_FT_FREEZE=none   (the defaults; with convs or
#   all-but-head the fine-tuned runs keep those layers as the bundled model has them)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
work="${2:-$(mktemp -d)}"
cli="$build/src/cli/faultke-cli"
[[ -x "$cli" ]] || { echo "no $cli: build first (bash scripts/build.sh)" >&2; exit 1; }
epochs=${FAULTKE_FT_EPOCHS:-20} seeds=${FAULTKE_FT_SEEDS:-5} freeze=${FAULTKE_FT_FREEZE:-none}
tuned="fine-tune$([[ $freeze == none ]] || echo "-$freeze")"
mkdir -p "$work"

[[ -f "$work/dataset.mat" ]] || {
    "$cli" synth -o "$work/experiments" --experiments 2 --frames 120 --seed 99 --drawing classic >/dev/null
    "$cli" prepare "$work/experiments" -o "$work/dataset.mat" --eval-windows 1 --test-windows 1 >/dev/null
}
echo '{"preset": "steady"}' >"$work/scratch.json"
for seed in $(seq 1 "$seeds"); do
    member=$(( (seed - 1) % 5 + 1 ))
    [[ -f "$work/scratch-$seed/best.json" ]] ||
        "$cli" train --data "$work/dataset.mat" --params "$work/scratch.json" -o "$work/scratch-$seed" \
            --epochs "$epochs" --seed "$seed" --device cpu >/dev/null
    [[ -f "$work/$tuned-$seed/best.json" ]] ||
        "$cli" train --data "$work/dataset.mat" --start-from "bundled:$member" --freeze "$freeze" \
            -o "$work/$tuned-$seed" --epochs "$epochs" --seed "$seed" --device cpu >/dev/null
done

python3 - "$work" "$seeds" "$epochs" "$tuned" <<'PY'
import csv, json, statistics, sys
work, seeds, epochs, tuned = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def history(run):
    with open(f"{work}/{run}/history.csv") as f:
        return list(csv.DictReader(f))

def chosen(run):
    with open(f"{work}/{run}/best.json") as f:
        return json.load(f)["epoch"]

rows = {"scratch": [], tuned: []}
reach = []
print(f"{epochs} epochs each; test figures at each run's chosen epoch")
print(f"{'seed':>4} {'run':<17} {'epoch':>5} {'test R2':>8} {'test acc2SD':>11} {'final eval acc2SD':>17}")
for seed in range(1, seeds + 1):
    target = None
    for kind in ("scratch", tuned):
        h = history(f"{kind}-{seed}")
        e = chosen(f"{kind}-{seed}")
        row = h[e - 1]
        rows[kind].append((float(row["test_r2"]), float(row["test_acc2sd"])))
        final = float(h[-1]["eval_acc2sd"])
        print(f"{seed:>4} {kind:<17} {e:>5} {float(row['test_r2']):>8.3f} {float(row['test_acc2sd']):>11.3f} {final:>17.3f}")
        if kind == "scratch":
            target = final
        else:
            with open(f"{work}/{kind}-{seed}/start.json") as f:
                start = json.load(f)["figures"]["eval_acc2sd"]
            at = 0 if start >= target else next(
                (int(r["epoch"]) for r in h if float(r["eval_acc2sd"]) >= target), None)
            reach.append(at)

def summary(values):
    return (f"median {statistics.median(values):.3f}, mean {statistics.mean(values):.3f} "
            f"± {statistics.stdev(values) if len(values) > 1 else 0:.3f}")

for kind, values in rows.items():
    print(f"{kind:<17} test R2 {summary([v[0] for v in values])}; test acc2SD {summary([v[1] for v in values])}")
# "never" counts as later than any epoch.
middle = statistics.median([float("inf") if r is None else r for r in reach])
print(f"{tuned} reaches the scratch run's final eval acc2SD at epoch: "
      + ", ".join("never" if r is None else str(r) for r in reach)
      + f" (median {'never' if middle == float('inf') else f'{middle:g}'} of {epochs})")
PY
