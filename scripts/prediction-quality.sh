#!/usr/bin/env bash
# Measures how FaultKE's prediction reads real faults and drawn shapes (docs/prediction.md): fig4's
# three maps (cut from ../shared/seed/fig4.png) as pictures and as GIS traces at their true scale, a
# straight trace at 25-65 % of a picture's height, a broad stepover, turned straight traces, a
# curving fault (an arc of 12 km radius turning 90 degrees, as GIS traces); for
# each input and trace thickness the windows' count, median, min and max KE, then the pooled median
# over 2, 3 and 4 px, and the stepover's windows one by one.
#
#   scripts/prediction-quality.sh [MODEL...] [-- PREDICT OPTIONS...]
#
# MODEL: anything `faultke-cli predict --model` takes, several for an ensemble (default: the
# published Keras model under ../shared/reference/keras-archive; `bundled` for FaultKE's own). PREDICT OPTIONS go to every predict call (--centring window,
# --centreline-windows 4, ...). Needs a build (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${FAULTKE_BUILD_DIR:-build}
MODELS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do MODELS+=(--model "$1"); shift; done
[ ${#MODELS[@]} -gt 0 ] || MODELS=(--model ../shared/reference/keras-archive/weights-improvement-41-0.97.hdf5)
if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; fi
cli="$BUILD/src/cli/faultke-cli"
maps=$(mktemp -d)
trap 'rm -rf "$maps"' EXIT
"$BUILD/tests/faultke-test-maps" "$maps" >/dev/null

# Reads "input thickness ke" lines; prints per input and thickness: n, median, min, max; then per
# input the median over every thickness.
summarise() {
  awk '
    function median(list,   n, v, i, j, t) {
      n = split(list, v, " ")
      for (i = 2; i <= n; i++) { t = v[i] + 0; for (j = i - 1; j >= 1 && v[j] + 0 > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
      return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    {
      key = $1 SUBSEP $2
      if (!(key in values)) { order[++keys] = key }
      values[key] = values[key] " " $3
      if (!($1 in pooled)) inputs[++ninputs] = $1
      pooled[$1] = pooled[$1] " " $3
      if (!count[key]++) { lo[key] = $3 + 0; hi[key] = $3 + 0 }
      if ($3 + 0 < lo[key]) lo[key] = $3 + 0
      if ($3 + 0 > hi[key]) hi[key] = $3 + 0
    }
    END {
      printf "%-26s %5s %3s %7s %7s %7s\n", "input", "px", "n", "median", "min", "max"
      for (k = 1; k <= keys; k++) {
        split(order[k], part, SUBSEP)
        printf "%-26s %5s %3d %7.3f %7.3f %7.3f\n", part[1], part[2], count[order[k]], median(values[order[k]]), lo[order[k]], hi[order[k]]
      }
      printf "\n%-26s %7s\n", "input", "median over every thickness"
      for (i = 1; i <= ninputs; i++) printf "%-26s %7.3f\n", inputs[i], median(pooled[inputs[i]])
    }'
}

pictures=()
traces=()
for f in calico san-andreas futagawa; do
  [ -f "$maps/$f.png" ] && pictures+=("$maps/$f.png") && traces+=("$maps/$f.geojson")
done
pictures+=("$maps"/straight-25.png "$maps"/straight-35.png "$maps"/straight-50.png "$maps"/straight-65.png
           "$maps"/stepover.png "$maps"/straight-turned-15.png)
traces+=("$maps"/straight-east.geojson "$maps"/straight-azimuth-60.geojson "$maps"/stepover.geojson "$maps"/arc.geojson)

echo "model: ${MODELS[*]}; options: ${*:-(defaults)}"
echo
echo "== Pictures (fig4's insets at their picture scale, drawn shapes)"
"$cli" predict "${MODELS[@]}" --thicknesses 2,3,4 --format csv "$@" "${pictures[@]}" >"$maps/pictures.csv"
# input,frame,thickness,window,row,col,height,width,ke,ke_sd,ke_low,ke_high
tail -n +2 "$maps/pictures.csv" | awk -F, '{ n = split($1, p, "/"); print p[n], $3, $9 }' | summarise
echo
echo "stepover.png, window by window (column, KE at 2 / 3 / 4 px):"
tail -n +2 "$maps/pictures.csv" | awk -F, '$1 ~ /stepover/ { ke[$6] = ke[$6] sprintf(" %6.3f", $9) } END { for (c in ke) print c, ke[c] }' | sort -n
echo
echo "== GIS traces (fig4's insets vectorised at their true scale, 4 km windows; drawn shapes)"
for t in "${traces[@]}"; do
  # Each file is one fault (the stepover is drawn as two features).
  "$cli" predict "${MODELS[@]}" --format csv --group-by all "$@" "$t"
done | awk -F, '$1 != "input" {
    # input,layer,fault_id,window,start_km,centre_km,end_km,x,y,azimuth_deg,coverage,ke,ke_sd,ke_low,ke_high,ke_2px,ke_3px,ke_4px
    n = split($1, p, "/"); print p[n], 2, $16; print p[n], 3, $17; print p[n], 4, $18 }' | summarise
