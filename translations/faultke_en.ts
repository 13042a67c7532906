<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>JobRun</name>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictExports</name>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export KE Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Windows Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing predicted to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the windows of predicted GIS fault traces are written as a layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionSummaryText</name>
    <message>
        <source>Trace %1 px: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) · mean KE %1 · median %2 · range %3–%4 · SD %5</source>
        <translation>
            <numerusform>%n window · mean KE %1 · median %2 · range %3–%4 · SD %5</numerusform>
            <numerusform>%n windows · mean KE %1 · median %2 · range %3–%4 · SD %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n left out</numerusform>
            <numerusform> · %n left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · &lt;b&gt;%n above 1&lt;/b&gt; (outside what the model learnt)</source>
        <translation>
            <numerusform> · &lt;b&gt;%n above 1&lt;/b&gt; (outside what the model learnt)</numerusform>
            <numerusform> · &lt;b&gt;%n above 1&lt;/b&gt; (outside what the model learnt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ensemble of %1 models: each window&apos;s KE is their mean; its SD says how much they disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated %1 % intervals (the bars along strike): windows like the model&apos;s eval windows have their true KE inside about %1 % of them; a typical one here spans %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThicknessStyle</name>
    <message>
        <source>as drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::TrainParameters</name>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device and seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s step size. Above 10 Adam only diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows per training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters of the first block; each further block doubles them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalise each block&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras-style momentum of the batch-norm running statistics: running = momentum × running + (1 − momentum) × batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original&apos;s input pipeline threads; kept, unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original&apos;s summary interval; kept, unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original (the published recipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady (FaultKE&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original: what the original code computes (batch MSE times the batch mean of 1/(SD² + 1e-5)); per-sample: the paper&apos;s Eq. 1, mean((KE − prediction)² / (SD² + 1e-5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s epsilon (torch&apos;s is 1e-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s decay rate of its moment estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of dense units dropped while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the dense layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original (2 × channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution blocks, each halving the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation of each block&apos;s second convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augment training windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random zoom, shift, flips and thickness changes of each training window, drawn anew each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom rows and columns by up to ± this share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness change (rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces grow or shrink by up to this many rows, so a mapped trace&apos;s width says nothing about its slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift up or down by up to this share of the height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift left or right by up to this share of the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random flips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip windows up-down and left-right at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on KE and SD rounded to two decimals, as the original&apos;s file names stored them, or at full precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the initial weights, shuffling, augmentation and dropout: the same seed and data give the same run on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the metric has not improved for `patience` epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history column early stopping watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs without improvement before stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which epoch is the run&apos;s result: the highest eval 2SD accuracy (ties: lower eval loss), the lowest eval loss, the last epoch (the weight average at the end of the schedule), or the epoch you name. Evaluate and Predict use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The epoch the rule &quot;user&quot; takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights start: Keras&apos; Glorot-uniform kernels and zero biases, or libtorch&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate over training: constant, or a linear warm-up followed by a cosine decay to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs of linear warm-up before the cosine decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute batch-norm statistics each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of every epoch, the batch-norm statistics are computed again over the training windows as evaluation sees them (no augmentation, dropout off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD labels below this count as it in the training loss, so windows of almost constant KE do not dominate its 1/SD² weight (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight average (epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation, checkpoints and predictions use a moving average of the weights over about this many epochs, instead of the weights after the last batch (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the output at the mean KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer starts with zero weights and the mean KE of the training windows as its bias, so no window starts where the output ReLU is flat and teaches nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune (from a trained model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe the keys it sets start from: steady learns at least as well as the original and swings less from epoch to epoch (docs/training.md); fine-tune is steady with a fifth of the learning rate and 20 epochs, for a run that starts from a trained model. Read before the other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model the weights start from instead of random ones: the bundled model, a run (its chosen epoch or RUN:N), a checkpoint, a TorchScript export or a Keras .hdf5 of the same network shape. Empty: random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which starting weights stay as they are: none, the convolution blocks (with their batch norms), or every layer but the output one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::ComputeStatus</name>
    <message>
        <source>Training and prediction run on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CUDA unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU · 1 thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU · %1 threads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::CropEditor</name>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame row of every window (0-based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns between the left edges of neighbouring windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window height in rows (the network expects 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window width in columns (the network expects 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid step of the DIC fields in mm per pixel (1.14 for the published experiments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid step dx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) of %1 × %2 on a %3 × %4 frame</source>
        <translation>
            <numerusform>%n window of %1 × %2 on a %3 × %4 frame</numerusform>
            <numerusform>%n windows of %1 × %2 on a %3 × %4 frame</numerusform>
        </translation>
    </message>
    <message>
        <source>; columns %1–%2 unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The network takes 128 × 64 windows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::CurvesPanel</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2SD accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing as in TensorBoard: a debiased exponential moving average; the raw values stay faintly visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the y axis to the middle 90 % of the values, so one wild epoch does not flatten the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · best epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ±1 SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
epoch %2
%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, mean of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: error² / SD² (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the loss?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the original&apos;s weighted squared error: (prediction − KE)² / SD², the SD of each window&apos;s KE label as weight, averaged over the windows, on a log scale. Roughly, a loss of 25 means predictions about 5 SD off; 2SD accuracy counts the windows within 2 SD.&lt;/p&gt;&lt;p&gt;Loss &quot;original&quot; (the default, what the original code computes): the batch&apos;s mean squared error times its mean 1 / (SD² + 1e-5). Loss &quot;per-sample&quot; (the paper&apos;s Eq. 1): the mean of (prediction − KE)² / (SD² + 1e-5). An SD floor, when set, counts smaller SDs as the floor.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · test at chosen epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of %1 repeats: click a repeat&apos;s own curve to choose its epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training 2SD accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval 2SD accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test 2SD accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean of %2 repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Click a repeat&apos;s own curve to choose its epoch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::DataPage</name>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an experiment to see its frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n experiment(s)</source>
        <translation>
            <numerusform>Added %n experiment</numerusform>
            <numerusform>Added %n experiments</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .mat files found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the KE of these images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no experiment named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments, crop, split and the prepared dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::DiagnosticPlots</name>
    <message>
        <source>The experiment whose windows are drawn against frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame (from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinematic efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted − true KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±2SD of the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted, within 2SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted, outside 2SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true KE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::EpochTableModel</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train 2SD acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval 2SD acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval 1SD acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best epoch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::EvaluateFilterPanel</name>
    <message>
        <source>The experiments whose samples are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct (within 2SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only samples whose true KE is at least this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only samples whose true KE is at most this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True KE from, to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::EvaluatePage</name>
    <message>
        <source>The run to evaluate (the Train page&apos;s selection by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The epoch to evaluate: the run&apos;s best, or any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the epoch on every sample of the project&apos;s dataset (stored results are reused while the dataset is unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every plot as PNG, SVG and PDF and the predictions as CSV into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plots and Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2, from its stored evaluation (the dataset is unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2, evaluated on %L3 samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the plots and the predictions to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write every file into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another run&apos;s figures, or every repeat of a group, beside this run&apos;s (each at its best epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all %2 repeats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a run first, then compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2SD acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file changed on disk: these figures are of the earlier dataset. Evaluate again to score the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset out of date: %1; prepare it again on the Data page. These figures are of the old file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open: open one with File ▸ Open Project…, or the sample project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trained run yet: train one on the Train page, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a run and an epoch above, then press Evaluate to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure a trained network on the test windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::ExperimentListModel</name>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: windows shared between train, eval and test
train-only: every sample goes to training
excluded: left out of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame size: rows × columns (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of the plate-velocity difference vel_tot over the frames (mm per frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples kept for the current crop (windows with an empty fault map are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the train / eval / test split (double-click to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vel_tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::ExperimentListPanel</name>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop .mat files or folders here to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add experiment .mat files (you can also drop files or folders onto the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected experiment from the project (the file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Experiments&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATLAB experiments (*.mat);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Experiments of a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add .mat experiments with the buttons above or drop files and folders onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 frames of %3 × %4 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples kept; skipped: %2 empty, %3 with NaN, %4 frames without slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultDatabasePanel</name>
    <message>
        <source>Filter faults by id, name or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fault database (a GIS file of many faults) and choose &quot;Each feature is a fault&quot; or an attribute to see KE along every fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GeoPackage with the windows (ke_windows) and the faults with their median KE (ke_faults), to open in QGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faults could not be predicted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n fault(s); Export writes only a finished run.</source>
        <translation>
            <numerusform>Stopped after %n fault; Export writes only a finished run.</numerusform>
            <numerusform>Stopped after %n faults; Export writes only a finished run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicting every fault of %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting the faults of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 faults, %3 with windows (%L4 windows); click a fault or a row to see its windows and KE along strike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet: the faults are still being predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (layers ke_windows and ke_faults).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultMapReader</name>
    <message>
        <source>Reading fault maps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultMapView</name>
    <message>
        <source>Window %1 (columns %2–%3), trace in %4% of its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
KE %1 ± %2 (SD of %3 models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
KE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KE (window colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD of KE across models</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>hatched: left out (%n window(s); hover for why)</source>
        <translation>
            <numerusform>hatched: left out (%n window; hover for why)</numerusform>
            <numerusform>hatched: left out (%n windows; hover for why)</numerusform>
        </translation>
    </message>
    <message>
        <source>overlay: red, masking raises KE; blue, masking lowers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview: no model has predicted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop fault-map images (PNG, JPEG, TIFF, BMP), .npy maps or .mat experiments here, or use Open… or Paste.
The traces may be dark on light or light on dark; the map is cut into 128 × 64 windows along the picture&apos;s x axis (Rotation turns oblique traces horizontal first) and each window gets a KE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 % interval %2 to %3 (calibrated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultOverviewMap</name>
    <message>
        <source>Median KE of the fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easting (layer units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northing (layer units)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultTableModel</name>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not predicted because</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::FramePanel</name>
    <message>
        <source>1/frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field of the frame to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover or click a window to see its labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty fault map (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN or Inf in the window (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero plate velocity (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 · frame %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over the frame to read values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid (NaN/Inf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 (x %3 mm): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 of 0–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames are numbered from 0, as in the dataset file, the CSV files and faultke-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows, faint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the crop&apos;s windows are drawn over the frame, coloured by their split (train, eval, test); faint or none lets the field underneath show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KE %1 ± %2 (1SD), kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::FrameViewer</name>
    <message>
        <source>Fault map (0 / 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curl (1/frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag the background: pan · double-click: fit
Drag inside a window: move all windows up or down (first row)
Drag the right edge of window 0: width · the left edge of window 1: stride
Drag the bottom edge of a window: height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an experiment to see its frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::JobProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::KeAlongStrikePlot</name>
    <message>
        <source>KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance along strike (km, window middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance along strike (columns of the processed map, window middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± SD across models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % interval (calibrated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::KeTimelinePlot</name>
    <message>
        <source>KE of each window against frame. Click to go to a frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinematic efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range across windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median across windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame (from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::MainWindow</name>
    <message>
        <source>No project open: create one with File ▸ New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project in a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder or its project.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Experiments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add experiment files (.mat) to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label, cut and split the experiments into the project&apos;s dataset file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documentation (README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The README is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FaultKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project: choose the project folder or its project.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FaultKE project (project.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new settings take effect when FaultKE restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — FaultKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FaultKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to FaultKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the sample project…
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the sample project: synthetic clay-box experiments to try FaultKE on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FaultKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;FaultKE %1&lt;/h3&gt;&lt;p&gt;Kinematic efficiency of strike-slip faults from fault maps, with a convolutional network trained on analogue clay-box experiments.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and libtorch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled sample project of synthetic experiments (made anew when missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there (removed, moved or unmounted). FaultKE closed the project without writing anything; open it again once the folder is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The sample project is open:&lt;/b&gt; synthetic experiments with a prepared dataset and a short trained run. Look at its figures on the &lt;b&gt;Evaluate&lt;/b&gt; page, then train a longer run on the &lt;b&gt;Train&lt;/b&gt; page, or start your own project with File ▸ New Project…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s edits could not be saved:
%1

Quitting now loses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::ModelChooser</name>
    <message>
        <source>The model that predicts: a run&apos;s chosen epoch, a repeat group as an ensemble (mean and SD across its runs), a model file, or the bundled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one run: its best epoch or any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint (.pt), a TorchScript export (.pt) or a Keras model (.hdf5, .h5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About This Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled model&apos;s card: what it was trained on and how well it did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled model (synthetic experiments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ensemble: %1 (%n repeat(s))</source>
        <translation>
            <numerusform>Ensemble: %1 (%n repeat)</numerusform>
            <numerusform>Ensemble: %1 (%n repeats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ensemble: every run (%n)</source>
        <translation>
            <numerusform>Ensemble: every run (%n)</numerusform>
            <numerusform>Ensemble: every run (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the bundled model, trained on FaultKE&apos;s synthetic experiments (not on laboratory or field data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.pt *.hdf5 *.h5);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bundled Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model the weights start from: the bundled model, a run&apos;s chosen or any epoch, or a model file of the same network shape; or random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random weights (from scratch)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s folder: made when it does not exist; an existing one must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the Project&apos;s Folder Goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the project goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty folder %1 becomes the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the folder %1 for the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::ParamsForm</name>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the network trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a params.json: the original&apos;s, or one FaultKE wrote into a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 trainable parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every field to the original&apos;s values and recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: the steady recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: the original recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: the steady recipe, changed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: the original recipe, changed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2).
The original: %3; steady: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: the fine-tune recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: the fine-tune recipe, changed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is meant for a run that starts from a trained model (Start from, above).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictInputs</name>
    <message>
        <source>%1: unsupported file type (expected a PNG, JPEG, TIFF or BMP image, a .npy map, a .mat experiment, or fault traces in a GIS file: .shp, .gpkg, .geojson, .kml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the clipboard holds no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Fault Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault maps (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.mat *.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.fgb);;GIS fault traces (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.fgb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1: not a local file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictPage</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fault-map picture from the clipboard (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame of the experiment to predict (from 0; the last one holds the most developed fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by SD across models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an ensemble (a repeat group), the windows can show how much the models disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every input and thickness with its KE summary, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thickness chart (fig. 4) as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KE Along Strike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness Chart (Fig. 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 preprocessed and predicted in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault-map images, GeoTIFF maps, .npy maps, .mat experiments, or fault traces in GIS files (shapefile, GeoPackage, GeoJSON, KML); you can also drop them on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected input&apos;s KE along strike as CSV, or its plot as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Windows Layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected fault&apos;s windows as polygons with their KE, in its own coordinate system, as GeoJSON or GeoPackage to open in QGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are the page&apos;s: every input is preprocessed and predicted with them, and a change here predicts every input again. What the preprocessing found is said for the selected input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preprocessing — applies to all %1 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preprocessing — applies to every input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 needs a model to predict its faults; choose one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict kinematic efficiency for new fault maps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictionDisplay</name>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace thickness the map shows; KE along strike, the table and the chart take every one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km of fault trace in %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km along strike in %2 (read in a %3); windows %4 km tall every %5 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) to predict; %1</source>
        <translation>
            <numerusform>%n window to predict; %1</numerusform>
            <numerusform>%n windows to predict; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Preprocessing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows coloured by the mean KE over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows coloured by KE, traces as drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows coloured by KE at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as read (a .npy or .mat map keeps its own traces; %1 apply to pictures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview as drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictionPlot</name>
    <message>
        <source>Predicted KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incorrect (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (n = %L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2SD accuracy %1 · 1SD accuracy %2
R² %3 · MAE %4 · RMSE %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictionTableModel</name>
    <message>
        <source>A KE range you know for this fault (a field estimate), as 0.6-0.8; drawn as a grey bar in the thickness chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npy window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npy map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over every window kept, of every trace thickness ticked (the range fig. 4 draws as a bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD along strike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 thicknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fault trace(s), %1 km</source>
        <translation>
            <numerusform>%n fault trace, %1 km</numerusform>
            <numerusform>%n fault traces, %1 km</numerusform>
        </translation>
    </message>
    <message>
        <source>The typical window&apos;s calibrated interval (the medians of the windows&apos; lower and upper ends): the true KE of windows like the model&apos;s eval windows lies inside about this share of intervals. Empty for a model without a calibration (faultke-cli calibrate makes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used after FaultKE restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where training, evaluation and prediction run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads used on the CPU; takes effect after FaultKE restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute &amp;device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default project &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Project Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::PreparePanel</name>
    <message>
        <source>Prepare Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label every kept sample of the non-excluded experiments, split them and write the dataset file (the same file as &apos;faultke-cli prepare&apos; writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the dataset failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the dataset file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the dataset was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add experiments (not all excluded) before preparing a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 samples (train %2, eval %3, test %4) to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset out of date: %1; prepare it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::PreprocessPanel</name>
    <message>
        <source>Otsu (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits the picture into a light and a dark class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray levels above this form the light class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (traces are the smaller class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark traces on light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light traces on dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces are thinned to one pixel and redrawn this thick, in window pixels, as fig. 4 of the paper does at 2, 3 and 4 px; tick several to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the traces as thick as the scaled picture draws them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the trace band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What becomes the window height (128 rows): the whole picture, the rows holding traces with a margin, or a ground distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km/px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground size of one pixel of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one window height stands for on the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns between the starts of neighbouring windows (the original&apos;s 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window whose columns hold a trace in less than this share of them is left out: a trace that barely enters a window says nothing about the fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace thickness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. coverage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rotated by %1° to run horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; scaled ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (estimated angle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traces&apos; angle in the picture, counter-clockwise from its x axis (not a map azimuth); the picture is turned by minus this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS traces and GeoTIFF maps: what one window height (128 rows) stands for on the ground; fig. 4&apos;s maps were cut at about 4 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS traces: distance between the starts of neighbouring windows along strike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns the picture so the traces run horizontally: windows are cut along its rows, as the training windows have their fault along their columns (automatic by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole map once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the map&apos;s centreline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each window on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the traces across strike to the middle rows, where the training windows have their fault. The whole map once (the default, which reads fig. 4 as the paper did): every window by the same rows, the middle of the band holding the map&apos;s traces to the middle row, so a stepover still shows as a step. Along the map&apos;s centreline: each window by a smooth line through the traces. Each window on its own: by the middle of its own trace rows, so a stepover reads like one trace. The map is shown as drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1, %2; traces at %3° in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::ProjectController</name>
    <message>
        <source>Cannot create the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the sample project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::RunListModel</name>
    <message>
        <source>Chosen by the rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick runs to draw them on the same axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s best epoch: Evaluate and Predict use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval 2SD accuracy at the best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval loss at the best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters that differ from the original&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::RunsPanel</name>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a stopped or interrupted run from its last completed epoch, exactly as if it had never stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a Keras history.json (as the original archive keeps it) or another run&apos;s history.csv dashed on the same axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write both plots as PNG, SVG and PDF and the epoch table as CSV into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reference Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training histories (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Curves and Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::SampleInset</name>
    <message>
        <source>Hover a point to see its window; click it to open it on the Data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 2SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside 2SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, frame %2, window %3&lt;br&gt;label KE %4 ± %5 (1SD)&lt;br&gt;predicted %6&lt;br&gt;difference %7: %8 (± %9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::SplitPanel</name>
    <message>
        <source>Windows of each split experiment that go to evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows of each split experiment that go to testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed always gives the same split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s) still being labelled</source>
        <translation>
            <numerusform>%n experiment still being labelled</numerusform>
            <numerusform>%n experiments still being labelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s) in the dataset</source>
        <translation>
            <numerusform>%n experiment in the dataset</numerusform>
            <numerusform>%n experiments in the dataset</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultke::gui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep&apos;s folder under experiments/; each run is a folder inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds per combination: the table gives mean ± SD over them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLURM cluster (array job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats (seeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings at once; the CPU threads are divided between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More #SBATCH lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: every combination of these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid row has values but no parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sweep a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiments/%1 exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation>
            <numerusform>%n combination</numerusform>
            <numerusform>%n combinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n seed</numerusform>
            <numerusform>%n seeds</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::SweepPanel</name>
    <message>
        <source>Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a grid of parameter values, each over several seeds, here or on a SLURM cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep&apos;s combinations with mean ± SD over their seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the trainings at their next batch; their epochs are kept and the sweep continues when run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped; Sweep table… shows what finished, and running it again continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep runs already: stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faultke-cli was not found beside FaultKE or on PATH: sweeps run through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faultke-cli did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting; its runs appear in the list as they train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::SweepTableDialog</name>
    <message>
        <source>Sweep Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval 2SD accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 2SD accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean ± SD over the seeds, at each run&apos;s chosen epoch; test figures are read once, for the epoch chosen without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw selected on the curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sweep in this project yet: start one with Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs: %2 finished, %3 running, %4 pending, %5 interrupted, %6 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported for each run&apos;s chosen epoch, never used to rank or choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::ThicknessChart</name>
    <message>
        <source>KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window, trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range of the windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference range (field estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input (a column per fault map or fault)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::TraceLayerDialog</name>
    <message>
        <source>Choose the Fault in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line feature(s), %2)</source>
        <translation>
            <numerusform>%1 (%n line feature, %2)</numerusform>
            <numerusform>%1 (%n line features, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>no coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked features are windowed together as one fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which features make one fault. Each fault is windowed along its own strike; a fault database lists its faults with their KE on the Faults tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ticked feature is a fault of its own, windowed and predicted on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked features sharing a value of %1 are one fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked features are one fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each feature is a fault (a fault database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features sharing a value of %1 are a fault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::TraceMapView</name>
    <message>
        <source>Easting (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northing (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD of KE (thicknesses × models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easting (km; %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::TrainControlPanel</name>
    <message>
        <source>The run&apos;s folder under experiments/ in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train this many runs with the same parameters and consecutive seeds, one after another (NAME-r1, NAME-r2, ...): the curves show their mean and spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; every completed epoch is kept and the run can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new run with these parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loading the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: epoch %2 of %3 · batch %4 of %5 · %6 samples/s · elapsed %7 · ETA %8%9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::TrainPage</name>
    <message>
        <source>Click an epoch to make it the run&apos;s best: Evaluate and Predict use the best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still training. Stop it? Every completed epoch is kept, and the run can be resumed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped; its completed epochs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset yet: prepare one on the Data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: %L1 train, %L2 eval, %L3 test samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the dataset on the Data page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run named %1 exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is training: choose its best epoch once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 is now the best epoch of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the plots and the epoch table to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write every file into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the preset&apos;s rule choose the best epoch again (steady: the last epoch; original: the highest eval 2SD accuracy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset out of date: %1; prepare it again on the Data page. The file still holds %L2 train, %L3 eval, %L4 test samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset Out of Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file no longer matches the project&apos;s settings: %1.

Prepare it again, or train on the old file as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on the Old File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network on the prepared dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::TrainingSession</name>
    <message>
        <source>Training %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>faultke::gui::Translations</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FaultKE: kinematic efficiency of strike-slip faults from fault maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder (or its project.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show: data, train, evaluate or predict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
