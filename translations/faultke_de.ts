<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>JobRun</name>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>PredictExports</name>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export KE Profile</source>
        <translation>KE-Profil exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>CSV (*.csv);;PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Windows Layer</source>
        <translation>Fensterebene exportieren</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>%1: cannot write the chart</source>
        <translation>%1: Das Diagramm kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: nothing predicted to export yet</source>
        <translation>%1: noch nichts vorhergesagt, das exportiert werden könnte</translation>
    </message>
    <message>
        <source>%1: cannot write the profile</source>
        <translation>%1: das Profil kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: only the windows of predicted GIS fault traces are written as a layer</source>
        <translation>%1: nur die Fenster vorhergesagter GIS-Störungsspuren werden als Ebene geschrieben</translation>
    </message>
</context>
<context>
    <name>PredictionSummaryText</name>
    <message>
        <source>Trace %1 px: </source>
        <translation>Spur %1 px: </translation>
    </message>
    <message>
        <source>no window kept</source>
        <translation>kein Fenster behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) · mean KE %1 · median %2 · range %3–%4 · SD %5</source>
        <translation>
            <numerusform>%n Fenster · mittlere KE %1 · Median %2 · Bereich %3–%4 · SD %5</numerusform>
            <numerusform>%n Fenster · mittlere KE %1 · Median %2 · Bereich %3–%4 · SD %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n ausgelassen</numerusform>
            <numerusform> · %n ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · &lt;b&gt;%n above 1&lt;/b&gt; (outside what the model learnt)</source>
        <translation>
            <numerusform> · &lt;b&gt;%n über 1&lt;/b&gt; (außerhalb dessen, was das Modell gelernt hat)</numerusform>
            <numerusform> · &lt;b&gt;%n über 1&lt;/b&gt; (außerhalb dessen, was das Modell gelernt hat)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ensemble of %1 models: each window&apos;s KE is their mean; its SD says how much they disagree.</source>
        <translation>Ensemble aus %1 Modellen: Die KE jedes Fensters ist ihr Mittel; ihre SD zeigt, wie stark sie voneinander abweichen.</translation>
    </message>
    <message>
        <source>Calibrated %1 % intervals (the bars along strike): windows like the model&apos;s eval windows have their true KE inside about %1 % of them; a typical one here spans %2–%3.</source>
        <translation>Kalibrierte %1-%-Intervalle (die Balken entlang des Streichens): Fenster wie die Validierungsfenster des Modells haben ihr wahres KE in etwa %1 % davon; ein typisches reicht hier von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>ThicknessStyle</name>
    <message>
        <source>as drawn</source>
        <translation>wie gezeichnet</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
</context>
<context>
    <name>faultke::TrainParameters</name>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Loss and labels</source>
        <translation>Verlust und Labels</translation>
    </message>
    <message>
        <source>Device and seed</source>
        <translation>Gerät und Startwert</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Früh anhalten</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Adam&apos;s step size. Above 10 Adam only diverges</source>
        <translation>Schrittweite von Adam. Über 10 divergiert Adam nur</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Windows per training step</source>
        <translation>Fenster pro Trainingsschritt</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Passes over the training windows</source>
        <translation>Durchläufe über die Trainingsfenster</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Filters of the first block; each further block doubles them</source>
        <translation>Filter des ersten Blocks; jeder weitere Block verdoppelt sie</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>Normalise each block&apos;s output</source>
        <translation>Die Ausgabe jedes Blocks normalisieren</translation>
    </message>
    <message>
        <source>BN momentum</source>
        <translation>BN-Momentum</translation>
    </message>
    <message>
        <source>Keras-style momentum of the batch-norm running statistics: running = momentum × running + (1 − momentum) × batch</source>
        <translation>Momentum der laufenden Batch-Norm-Statistik im Sinne von Keras: laufend = Momentum × laufend + (1 − Momentum) × Batch</translation>
    </message>
    <message>
        <source>The original&apos;s input pipeline threads; kept, unused</source>
        <translation>Threads der Eingabe-Pipeline des Originals; beibehalten, ungenutzt</translation>
    </message>
    <message>
        <source>The original&apos;s summary interval; kept, unused</source>
        <translation>Zusammenfassungsintervall des Originals; beibehalten, ungenutzt</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Original (the published recipe)</source>
        <translation>Original (das veröffentlichte Rezept)</translation>
    </message>
    <message>
        <source>Steady (FaultKE&apos;s default)</source>
        <translation>Ruhig (FaultKEs Vorgabe)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>original: what the original code computes (batch MSE times the batch mean of 1/(SD² + 1e-5)); per-sample: the paper&apos;s Eq. 1, mean((KE − prediction)² / (SD² + 1e-5))</source>
        <translation>original: was der Originalcode berechnet (Batch-MSE mal dem Batch-Mittel von 1/(SD² + 1e-5)); per-sample: Gl. 1 der Veröffentlichung, mean((KE − Vorhersage)² / (SD² + 1e-5))</translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation>Adam ε</translation>
    </message>
    <message>
        <source>Adam&apos;s epsilon (torch&apos;s is 1e-8)</source>
        <translation>Epsilon von Adam (das von torch ist 1e-8)</translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation>Adam β₁</translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation>Adam β₂</translation>
    </message>
    <message>
        <source>Adam&apos;s decay rate of its moment estimate</source>
        <translation>Abklingrate der Momentschätzung von Adam</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Share of dense units dropped while training</source>
        <translation>Anteil der dichten Einheiten, die beim Training ausfallen</translation>
    </message>
    <message>
        <source>Dense units</source>
        <translation>Dichte Einheiten</translation>
    </message>
    <message>
        <source>Units of the dense layer</source>
        <translation>Einheiten der dichten Schicht</translation>
    </message>
    <message>
        <source>original (2 × channels)</source>
        <translation>Original (2 × Kanäle)</translation>
    </message>
    <message>
        <source>ReLU after the dense layer</source>
        <translation>ReLU nach der dichten Schicht</translation>
    </message>
    <message>
        <source>A ReLU between the dense layer (and its batch norm) and the output; the original has none, so it reads a window as the sum of what its parts add. A run from a trained model keeps its model&apos;s setting</source>
        <translation>Eine ReLU zwischen der dichten Schicht (mit ihrer Batch-Norm) und der Ausgabe; das Original hat keine und liest ein Fenster daher als Summe dessen, was seine Teile beitragen. Ein Lauf, der von einem trainierten Modell ausgeht, übernimmt dessen Einstellung</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Convolution blocks, each halving the window</source>
        <translation>Faltungsblöcke, jeder halbiert das Fenster</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Dilation of each block&apos;s second convolution</source>
        <translation>Dilatation der zweiten Faltung jedes Blocks</translation>
    </message>
    <message>
        <source>Augment training windows</source>
        <translation>Trainingsfenster augmentieren</translation>
    </message>
    <message>
        <source>Random zoom, shift, flips and thickness changes of each training window, drawn anew each epoch</source>
        <translation>Zufälliger Zoom, Versatz, Spiegelung und Dickenänderung jedes Trainingsfensters, in jeder Epoche neu gezogen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom rows and columns by up to ± this share</source>
        <translation>Zeilen und Spalten um bis zu ± diesen Anteil zoomen</translation>
    </message>
    <message>
        <source>Thickness change (rows)</source>
        <translation>Dickenänderung (Zeilen)</translation>
    </message>
    <message>
        <source>Traces grow or shrink by up to this many rows, so a mapped trace&apos;s width says nothing about its slip</source>
        <translation>Spuren wachsen oder schrumpfen um bis zu so viele Zeilen, damit die Breite einer kartierten Spur nichts über ihren Versatz aussagt</translation>
    </message>
    <message>
        <source>Shift rows</source>
        <translation>Versatz Zeilen</translation>
    </message>
    <message>
        <source>Shift up or down by up to this share of the height</source>
        <translation>Um bis zu diesen Anteil der Höhe nach oben oder unten verschieben</translation>
    </message>
    <message>
        <source>Shift columns</source>
        <translation>Versatz Spalten</translation>
    </message>
    <message>
        <source>Shift left or right by up to this share of the width</source>
        <translation>Um bis zu diesen Anteil der Breite nach links oder rechts verschieben</translation>
    </message>
    <message>
        <source>Random flips</source>
        <translation>Zufällige Spiegelungen</translation>
    </message>
    <message>
        <source>Flip windows up-down and left-right at random</source>
        <translation>Fenster zufällig oben-unten und links-rechts spiegeln</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Train on KE and SD rounded to two decimals, as the original&apos;s file names stored them, or at full precision</source>
        <translation>Auf KE und SD trainieren, auf zwei Nachkommastellen gerundet wie in den Dateinamen des Originals, oder in voller Genauigkeit</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Seed of the initial weights, shuffling, augmentation and dropout: the same seed and data give the same run on the CPU</source>
        <translation>Startwert für Anfangsgewichte, Mischen, Augmentierung und Dropout: gleicher Startwert und gleiche Daten ergeben auf der CPU denselben Lauf</translation>
    </message>
    <message>
        <source>Stop early</source>
        <translation>Früh anhalten</translation>
    </message>
    <message>
        <source>Stop when the metric has not improved for `patience` epochs</source>
        <translation>Anhalten, wenn sich die Kennzahl `patience` Epochen lang nicht verbessert hat</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>The history column early stopping watches</source>
        <translation>Die Verlaufsspalte, die das frühe Anhalten beobachtet</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>Epochs without improvement before stopping</source>
        <translation>Epochen ohne Verbesserung vor dem Anhalten</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Beste Epoche</translation>
    </message>
    <message>
        <source>Which epoch is the run&apos;s result: the highest eval 2SD accuracy (ties: lower eval loss), the lowest eval loss, the last epoch (the weight average at the end of the schedule), or the epoch you name. Evaluate and Predict use it</source>
        <translation>Welche Epoche das Ergebnis des Laufs ist: die höchste Eval-2SD-Genauigkeit (bei Gleichstand der kleinere Eval-Verlust), der kleinste Eval-Verlust, die letzte Epoche (das Gewichtsmittel am Ende des Zeitplans) oder die Epoche, die Sie nennen. Auswerten und Vorhersagen verwenden sie</translation>
    </message>
    <message>
        <source>User&apos;s epoch</source>
        <translation>Epoche des Nutzers</translation>
    </message>
    <message>
        <source>The epoch the rule &quot;user&quot; takes</source>
        <translation>Die Epoche, die die Regel „user“ nimmt</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Anfangsgewichte</translation>
    </message>
    <message>
        <source>How the weights start: Keras&apos; Glorot-uniform kernels and zero biases, or libtorch&apos;s defaults</source>
        <translation>Wie die Gewichte beginnen: Glorot-gleichverteilte Kerne und Null-Biases wie in Keras, oder die Vorgaben von libtorch</translation>
    </message>
    <message>
        <source>Learning rate schedule</source>
        <translation>Lernratenverlauf</translation>
    </message>
    <message>
        <source>The learning rate over training: constant, or a linear warm-up followed by a cosine decay to 0</source>
        <translation>Die Lernrate im Verlauf des Trainings: konstant, oder ein linearer Anlauf gefolgt von einem Kosinus-Abfall auf 0</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>Anlaufepochen</translation>
    </message>
    <message>
        <source>Epochs of linear warm-up before the cosine decay</source>
        <translation>Epochen linearen Anlaufs vor dem Kosinus-Abfall</translation>
    </message>
    <message>
        <source>Recompute batch-norm statistics each epoch</source>
        <translation>Batch-Norm-Statistiken in jeder Epoche neu berechnen</translation>
    </message>
    <message>
        <source>At the end of every epoch, the batch-norm statistics are computed again over the training windows as evaluation sees them (no augmentation, dropout off)</source>
        <translation>Am Ende jeder Epoche werden die Batch-Norm-Statistiken über die Trainingsfenster neu berechnet, so wie die Auswertung sie sieht (ohne Augmentierung, Dropout aus)</translation>
    </message>
    <message>
        <source>SD floor</source>
        <translation>SD-Untergrenze</translation>
    </message>
    <message>
        <source>SD labels below this count as it in the training loss, so windows of almost constant KE do not dominate its 1/SD² weight (0: off)</source>
        <translation>SD-Labels darunter zählen im Trainingsverlust als dieser Wert, damit Fenster mit fast konstantem KE sein Gewicht 1/SD² nicht beherrschen (0: aus)</translation>
    </message>
    <message>
        <source>Weight average (epochs)</source>
        <translation>Gewichtsmittel (Epochen)</translation>
    </message>
    <message>
        <source>Evaluation, checkpoints and predictions use a moving average of the weights over about this many epochs, instead of the weights after the last batch (0: off)</source>
        <translation>Auswertung, Checkpoints und Vorhersagen verwenden einen gleitenden Mittelwert der Gewichte über etwa so viele Epochen statt der Gewichte nach dem letzten Batch (0: aus)</translation>
    </message>
    <message>
        <source>Start the output at the mean KE</source>
        <translation>Ausgabe beim mittleren KE beginnen</translation>
    </message>
    <message>
        <source>The output layer starts with zero weights and the mean KE of the training windows as its bias, so no window starts where the output ReLU is flat and teaches nothing</source>
        <translation>Die Ausgabeschicht beginnt mit Gewichten null und dem mittleren KE der Trainingsfenster als Bias, sodass kein Fenster dort beginnt, wo die ReLU der Ausgabe flach ist und nichts lehrt</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>Fine-tune (from a trained model)</source>
        <translation>Feinabstimmung (von einem trainierten Modell)</translation>
    </message>
    <message>
        <source>The recipe the keys it sets start from: steady learns at least as well as the original and swings less from epoch to epoch (docs/training.md); fine-tune is steady with a fifth of the learning rate and 20 epochs, for a run that starts from a trained model. Read before the other keys</source>
        <translation>Das Rezept, von dem die Schlüssel ausgehen, die es setzt: „steady“ lernt mindestens so gut wie das Original und schwankt weniger von Epoche zu Epoche (docs/training.md); „fine-tune“ ist „steady“ mit einem Fünftel der Lernrate und 20 Epochen, für einen Lauf, der von einem trainierten Modell ausgeht. Wird vor den anderen Schlüsseln gelesen</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgehen von</translation>
    </message>
    <message>
        <source>The trained model the weights start from instead of random ones: the bundled model, a run (its chosen epoch or RUN:N), a checkpoint, a TorchScript export or a Keras .hdf5 of the same network shape. Empty: random weights</source>
        <translation>Das trainierte Modell, von dessen Gewichten statt zufälliger ausgegangen wird: das mitgelieferte Modell, ein Lauf (seine gewählte Epoche oder LAUF:N), ein Checkpoint, ein TorchScript-Export oder ein Keras-.hdf5 derselben Netzform. Leer: zufällige Gewichte</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Which starting weights stay as they are: none, the convolution blocks (with their batch norms), or every layer but the output one</source>
        <translation>Welche Ausgangsgewichte unverändert bleiben: keine, die Faltungsblöcke (mit ihren Batch-Norms) oder jede Schicht außer der Ausgabeschicht</translation>
    </message>
</context>
<context>
    <name>faultke::gui::ComputeStatus</name>
    <message>
        <source>Training and prediction run on: %1</source>
        <translation>Training und Vorhersage laufen auf: %1</translation>
    </message>
    <message>
        <source>%1 (CUDA unavailable)</source>
        <translation>%1 (CUDA nicht verfügbar)</translation>
    </message>
    <message>
        <source>GPU · %1</source>
        <translation>GPU · %1</translation>
    </message>
    <message>
        <source>CPU · 1 thread</source>
        <translation>CPU · 1 Thread</translation>
    </message>
    <message>
        <source>CPU · %1 threads</source>
        <translation>CPU · %1 Threads</translation>
    </message>
</context>
<context>
    <name>faultke::gui::CropEditor</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>First frame row of every window (0-based)</source>
        <translation>Erste Bildzeile jedes Fensters (ab 0 gezählt)</translation>
    </message>
    <message>
        <source>Columns between the left edges of neighbouring windows</source>
        <translation>Spalten zwischen den linken Rändern benachbarter Fenster</translation>
    </message>
    <message>
        <source>Window height in rows (the network expects 128)</source>
        <translation>Fensterhöhe in Zeilen (das Netz erwartet 128)</translation>
    </message>
    <message>
        <source>Window width in columns (the network expects 64)</source>
        <translation>Fensterbreite in Spalten (das Netz erwartet 64)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Grid step of the DIC fields in mm per pixel (1.14 for the published experiments)</source>
        <translation>Gitterabstand der DIC-Felder in mm pro Pixel (1,14 für die veröffentlichten Experimente)</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Grid step dx</source>
        <translation>Gitterabstand dx</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>Zuschnitt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) of %1 × %2 on a %3 × %4 frame</source>
        <translation>
            <numerusform>%n Fenster von %1 × %2 auf einem Bild von %3 × %4</numerusform>
            <numerusform>%n Fenster von %1 × %2 auf einem Bild von %3 × %4</numerusform>
        </translation>
    </message>
    <message>
        <source>; columns %1–%2 unused</source>
        <translation>; Spalten %1–%2 ungenutzt</translation>
    </message>
    <message>
        <source>. The network takes 128 × 64 windows.</source>
        <translation>. Das Netz verarbeitet Fenster von 128 × 64.</translation>
    </message>
</context>
<context>
    <name>faultke::gui::CurvesPanel</name>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>2SD accuracy</source>
        <translation>2SD-Genauigkeit</translation>
    </message>
    <message>
        <source>Smoothing as in TensorBoard: a debiased exponential moving average; the raw values stay faintly visible</source>
        <translation>Glättung wie in TensorBoard: ein entzerrter exponentieller gleitender Mittelwert; die Rohwerte bleiben blass sichtbar</translation>
    </message>
    <message>
        <source>Ignore outliers</source>
        <translation>Ausreißer ignorieren</translation>
    </message>
    <message>
        <source>Fit the y axis to the middle 90 % of the values, so one wild epoch does not flatten the rest</source>
        <translation>Die y-Achse an die mittleren 90 % der Werte anpassen, damit eine wilde Epoche den Rest nicht plattdrückt</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <source>%1 · best epoch %2</source>
        <translation>%1 · beste Epoche %2</translation>
    </message>
    <message>
        <source>%1 · %2 ±1 SD</source>
        <translation>%1 · %2 ±1 SD</translation>
    </message>
    <message>
        <source>%1
epoch %2
%3 %4</source>
        <translation>%1
Epoche %2
%3 %4</translation>
    </message>
    <message>
        <source>%1 · %2, mean of %3</source>
        <translation>%1 · %2, Mittel aus %3</translation>
    </message>
    <message>
        <source>Loss: error² / SD² (log scale)</source>
        <translation>Verlust: Fehler² / SD² (logarithmisch)</translation>
    </message>
    <message>
        <source>What is the loss?</source>
        <translation>Was ist der Verlust?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the original&apos;s weighted squared error: (prediction − KE)² / SD², the SD of each window&apos;s KE label as weight, averaged over the windows, on a log scale. Roughly, a loss of 25 means predictions about 5 SD off; 2SD accuracy counts the windows within 2 SD.&lt;/p&gt;&lt;p&gt;Loss &quot;original&quot; (the default, what the original code computes): the batch&apos;s mean squared error times its mean 1 / (SD² + 1e-5). Loss &quot;per-sample&quot; (the paper&apos;s Eq. 1): the mean of (prediction − KE)² / (SD² + 1e-5). An SD floor, when set, counts smaller SDs as the floor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Verlust ist der gewichtete quadratische Fehler des Originals: (Vorhersage − KE)² / SD², mit der SD des KE-Labels jedes Fensters als Gewicht, gemittelt über die Fenster, logarithmisch dargestellt. Grob: ein Verlust von 25 heißt, die Vorhersagen liegen etwa 5 SD daneben; die 2SD-Genauigkeit zählt die Fenster innerhalb von 2 SD.&lt;/p&gt;&lt;p&gt;Verlust „original“ (Standard, wie ihn der Originalcode berechnet): der mittlere quadratische Fehler des Batches mal sein Mittel von 1 / (SD² + 1e-5). Verlust „per-sample“ (Gl. 1 des Artikels): das Mittel von (Vorhersage − KE)² / (SD² + 1e-5). Eine SD-Untergrenze, wenn gesetzt, zählt kleinere SDs als diese Grenze.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · test at chosen epoch</source>
        <translation>%1 · Test bei der gewählten Epoche</translation>
    </message>
    <message>
        <source>The mean of %1 repeats: click a repeat&apos;s own curve to choose its epoch.</source>
        <translation>Das Mittel aus %1 Wiederholungen: Klicken Sie auf die Kurve einer einzelnen Wiederholung, um deren Epoche zu wählen.</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>eval loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>training 2SD accuracy</source>
        <translation>Training 2SD-Genauigkeit</translation>
    </message>
    <message>
        <source>eval 2SD accuracy</source>
        <translation>Validierung 2SD-Genauigkeit</translation>
    </message>
    <message>
        <source>test 2SD accuracy</source>
        <translation>Test 2SD-Genauigkeit</translation>
    </message>
    <message>
        <source>training loss of the batch</source>
        <translation>Trainingsverlust des Batches</translation>
    </message>
    <message>
        <source>%1: mean of %2 repeats</source>
        <translation>%1: Mittel aus %2 Wiederholungen</translation>
    </message>
    <message>
        <source>
Click a repeat&apos;s own curve to choose its epoch.</source>
        <translation>
Klicken Sie auf die Kurve einer einzelnen Wiederholung, um deren Epoche zu wählen.</translation>
    </message>
</context>
<context>
    <name>faultke::gui::DataPage</name>
    <message>
        <source>Crop</source>
        <translation>Zuschnitt</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Select an experiment to see its frames</source>
        <translation>Wählen Sie ein Experiment, um seine Bilder zu sehen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>No experiment selected</source>
        <translation>Kein Experiment gewählt</translation>
    </message>
    <message numerus="yes">
        <source>Added %n experiment(s)</source>
        <translation>
            <numerusform>%n Experiment hinzugefügt</numerusform>
            <numerusform>%n Experimente hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 from the project</source>
        <translation>%1 aus dem Projekt entfernt</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>No labels: %1</source>
        <translation>Keine Labels: %1</translation>
    </message>
    <message>
        <source>Labelling %1…</source>
        <translation>%1 wird gelabelt…</translation>
    </message>
    <message>
        <source>No .mat files found in %1</source>
        <translation>Keine .mat-Dateien in %1 gefunden</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>Predict the KE of these images</source>
        <translation>Die KE dieser Bilder vorhersagen</translation>
    </message>
    <message>
        <source>The project has no experiment named %1</source>
        <translation>Das Projekt hat kein Experiment namens %1</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>Experiments, crop, split and the prepared dataset</source>
        <translation>Experimente, Zuschnitt, Aufteilung und der vorbereitete Datensatz</translation>
    </message>
</context>
<context>
    <name>faultke::gui::DiagnosticPlots</name>
    <message>
        <source>The experiment whose windows are drawn against frame</source>
        <translation>Das Experiment, dessen Fenster über dem Bild gezeichnet werden</translation>
    </message>
    <message>
        <source>Frame (from 0)</source>
        <translation>Bild (ab 0)</translation>
    </message>
    <message>
        <source>Kinematic efficiency</source>
        <translation>Kinematische Effizienz</translation>
    </message>
    <message>
        <source>True KE</source>
        <translation>Wahre KE</translation>
    </message>
    <message>
        <source>Predicted − true KE</source>
        <translation>Vorhergesagte − wahre KE</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>±2SD of the label</source>
        <translation>±2SD des Labels</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>incorrect</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>predicted, within 2SD</source>
        <translation>vorhergesagt, innerhalb 2SD</translation>
    </message>
    <message>
        <source>predicted, outside 2SD</source>
        <translation>vorhergesagt, außerhalb 2SD</translation>
    </message>
    <message>
        <source>true KE</source>
        <translation>wahres KE</translation>
    </message>
</context>
<context>
    <name>faultke::gui::EpochTableModel</name>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Train 2SD acc.</source>
        <translation>Training 2SD-Gen.</translation>
    </message>
    <message>
        <source>Eval 2SD acc.</source>
        <translation>Validierung 2SD-Gen.</translation>
    </message>
    <message>
        <source>Eval 1SD acc.</source>
        <translation>Validierung 1SD-Gen.</translation>
    </message>
    <message>
        <source>Eval MSE</source>
        <translation>Validierung MSE</translation>
    </message>
    <message>
        <source>Eval MAE</source>
        <translation>Validierung MAE</translation>
    </message>
    <message>
        <source>Eval R²</source>
        <translation>Validierung R²</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation>Proben/s</translation>
    </message>
    <message>
        <source>Best epoch (%1)</source>
        <translation>Beste Epoche (%1)</translation>
    </message>
</context>
<context>
    <name>faultke::gui::EvaluateFilterPanel</name>
    <message>
        <source>The experiments whose samples are shown</source>
        <translation>Die Experimente, deren Proben gezeigt werden</translation>
    </message>
    <message>
        <source>Correct (within 2SD)</source>
        <translation>Richtig (innerhalb 2SD)</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Only samples whose true KE is at least this</source>
        <translation>Nur Proben, deren wahre KE mindestens so groß ist</translation>
    </message>
    <message>
        <source>Only samples whose true KE is at most this</source>
        <translation>Nur Proben, deren wahre KE höchstens so groß ist</translation>
    </message>
    <message>
        <source>True KE from, to</source>
        <translation>Wahre KE von, bis</translation>
    </message>
</context>
<context>
    <name>faultke::gui::EvaluatePage</name>
    <message>
        <source>The run to evaluate (the Train page&apos;s selection by default)</source>
        <translation>Der auszuwertende Lauf (vorgegeben: die Auswahl der Seite Training)</translation>
    </message>
    <message>
        <source>The epoch to evaluate: the run&apos;s best, or any other</source>
        <translation>Die auszuwertende Epoche: die beste des Laufs oder eine andere</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Score the epoch on every sample of the project&apos;s dataset (stored results are reused while the dataset is unchanged)</source>
        <translation>Die Epoche an jeder Probe des Datensatzes messen (gespeicherte Ergebnisse werden genutzt, solange der Datensatz unverändert ist)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write every plot as PNG, SVG and PDF and the predictions as CSV into a folder</source>
        <translation>Jedes Diagramm als PNG, SVG und PDF und die Vorhersagen als CSV in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Export Plots and Predictions</source>
        <translation>Diagramme und Vorhersagen exportieren</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Auswertung abgebrochen.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>best (%1)</source>
        <translation>beste (%1)</translation>
    </message>
    <message>
        <source>best</source>
        <translation>beste</translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation>%1 wird ausgewertet…</translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation>%1 wird ausgewertet</translation>
    </message>
    <message>
        <source>Epoch %1 of %2, from its stored evaluation (the dataset is unchanged).</source>
        <translation>Epoche %1 von %2, aus ihrer gespeicherten Auswertung (der Datensatz ist unverändert).</translation>
    </message>
    <message>
        <source>Epoch %1 of %2, evaluated on %L3 samples.</source>
        <translation>Epoche %1 von %2, an %L3 Proben ausgewertet.</translation>
    </message>
    <message>
        <source>Exported the plots and the predictions to %1</source>
        <translation>Diagramme und Vorhersagen nach %1 exportiert</translation>
    </message>
    <message>
        <source>Could not write every file into %1</source>
        <translation>Nicht jede Datei ließ sich in %1 schreiben</translation>
    </message>
    <message>
        <source>Show another run&apos;s figures, or every repeat of a group, beside this run&apos;s (each at its best epoch)</source>
        <translation>Die Kennzahlen eines anderen Laufs oder aller Wiederholungen einer Gruppe neben denen dieses Laufs zeigen (jeweils in der besten Epoche)</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (all %2 repeats)</source>
        <translation>%1 (alle %2 Wiederholungen)</translation>
    </message>
    <message>
        <source>Evaluate a run first, then compare.</source>
        <translation>Werten Sie zuerst einen Lauf aus, dann vergleichen Sie.</translation>
    </message>
    <message>
        <source>Evaluating for comparison</source>
        <translation>Auswertung für den Vergleich</translation>
    </message>
    <message>
        <source>2SD acc.</source>
        <translation>2SD-Gen.</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation>%1 (Epoche %2)</translation>
    </message>
    <message>
        <source>The dataset file changed on disk: these figures are of the earlier dataset. Evaluate again to score the new one.</source>
        <translation>Die Datensatzdatei hat sich auf der Festplatte geändert: Diese Kennzahlen gehören zum früheren Datensatz. Werten Sie erneut aus, um den neuen zu messen.</translation>
    </message>
    <message>
        <source>Dataset out of date: %1; prepare it again on the Data page. These figures are of the old file.</source>
        <translation>Datensatz veraltet: %1; bereiten Sie ihn auf der Seite Daten neu vor. Diese Kennzahlen stammen aus der alten Datei.</translation>
    </message>
    <message>
        <source>No project open: open one with File ▸ Open Project…, or the sample project.</source>
        <translation>Kein Projekt geöffnet: Öffnen Sie eines mit Datei ▸ Projekt öffnen… oder das Beispielprojekt.</translation>
    </message>
    <message>
        <source>No trained run yet: train one on the Train page, then choose it here.</source>
        <translation>Noch kein trainierter Lauf: Trainieren Sie einen auf der Seite Training und wählen Sie ihn dann hier.</translation>
    </message>
    <message>
        <source>Choose a run and an epoch above, then press Evaluate to see its figures.</source>
        <translation>Wählen Sie oben einen Lauf und eine Epoche und drücken Sie dann Auswerten, um die Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>Measure a trained network on the test windows</source>
        <translation>Ein trainiertes Netz an den Testfenstern messen</translation>
    </message>
</context>
<context>
    <name>faultke::gui::ExperimentListModel</name>
    <message>
        <source>split</source>
        <translation>aufgeteilt</translation>
    </message>
    <message>
        <source>train-only</source>
        <translation>nur Training</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>split: windows shared between train, eval and test
train-only: every sample goes to training
excluded: left out of the dataset</source>
        <translation>aufgeteilt: Fenster verteilt auf Training, Auswertung und Test
nur Training: jede Probe geht ins Training
ausgeschlossen: nicht im Datensatz</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Frame size: rows × columns (pixels)</source>
        <translation>Bildgröße: Zeilen × Spalten (Pixel)</translation>
    </message>
    <message>
        <source>Range of the plate-velocity difference vel_tot over the frames (mm per frame)</source>
        <translation>Bereich der Plattengeschwindigkeitsdifferenz vel_tot über die Bilder (mm pro Bild)</translation>
    </message>
    <message>
        <source>Samples kept for the current crop (windows with an empty fault map are skipped)</source>
        <translation>Für den aktuellen Zuschnitt behaltene Proben (Fenster mit leerer Störungskarte werden übersprungen)</translation>
    </message>
    <message>
        <source>Role in the train / eval / test split (double-click to change)</source>
        <translation>Rolle in der Aufteilung Training / Auswertung / Test (Doppelklick zum Ändern)</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>vel_tot</source>
        <translation>vel_tot</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>faultke::gui::ExperimentListPanel</name>
    <message>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Drop .mat files or folders here to add them</source>
        <translation>.mat-Dateien oder Ordner hier ablegen, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add experiment .mat files (you can also drop files or folders onto the page)</source>
        <translation>Experimentdateien (.mat) hinzufügen (Dateien oder Ordner lassen sich auch auf die Seite ziehen)</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected experiment from the project (the file is kept)</source>
        <translation>Das gewählte Experiment aus dem Projekt entfernen (die Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>Remove Experiment</source>
        <translation>Experiment entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Experiments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Experimente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add Experiments</source>
        <translation>Experimente hinzufügen</translation>
    </message>
    <message>
        <source>MATLAB experiments (*.mat);;All files (*)</source>
        <translation>MATLAB-Experimente (*.mat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add the Experiments of a Folder</source>
        <translation>Die Experimente eines Ordners hinzufügen</translation>
    </message>
    <message>
        <source>Add .mat experiments with the buttons above or drop files and folders onto this page.</source>
        <translation>Fügen Sie .mat-Experimente mit den Schaltflächen oben hinzu oder ziehen Sie Dateien und Ordner auf diese Seite.</translation>
    </message>
    <message>
        <source>%1, %2 frames of %3 × %4 pixels</source>
        <translation>%1, %2 Bilder zu %3 × %4 Pixeln</translation>
    </message>
    <message>
        <source>%1 samples kept; skipped: %2 empty, %3 with NaN, %4 frames without slip</source>
        <translation>%1 Proben behalten; übersprungen: %2 leer, %3 mit NaN, %4 Bilder ohne Versatz</translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultDatabasePanel</name>
    <message>
        <source>Filter faults by id, name or reason</source>
        <translation>Störungen nach Nummer, Name oder Grund filtern</translation>
    </message>
    <message>
        <source>Open a fault database (a GIS file of many faults) and choose &quot;Each feature is a fault&quot; or an attribute to see KE along every fault.</source>
        <translation>Öffnen Sie eine Störungsdatenbank (eine GIS-Datei mit vielen Störungen) und wählen Sie „Jedes Objekt ist eine Störung“ oder ein Attribut, um KE entlang jeder Störung zu sehen.</translation>
    </message>
    <message>
        <source>Export Layers…</source>
        <translation>Ebenen exportieren…</translation>
    </message>
    <message>
        <source>A GeoPackage with the windows (ke_windows) and the faults with their median KE (ke_faults), to open in QGIS</source>
        <translation>Ein GeoPackage mit den Fenstern (ke_windows) und den Störungen mit ihrem Median-KE (ke_faults), zum Öffnen in QGIS</translation>
    </message>
    <message>
        <source>Export Layers</source>
        <translation>Ebenen exportieren</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>The faults could not be predicted: %1</source>
        <translation>Die Störungen konnten nicht vorhergesagt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n fault(s); Export writes only a finished run.</source>
        <translation>
            <numerusform>Nach %n Störung angehalten; Exportieren schreibt nur einen abgeschlossenen Lauf.</numerusform>
            <numerusform>Nach %n Störungen angehalten; Exportieren schreibt nur einen abgeschlossenen Lauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicting every fault of %1 with %2…</source>
        <translation>Jede Störung von %1 wird mit %2 vorhergesagt…</translation>
    </message>
    <message>
        <source>Predicting the faults of %1</source>
        <translation>Die Störungen von %1 werden vorhergesagt</translation>
    </message>
    <message>
        <source>%1: %2 faults, %3 with windows (%L4 windows); click a fault or a row to see its windows and KE along strike.</source>
        <translation>%1: %2 Störungen, %3 mit Fenstern (%L4 Fenster); klicken Sie auf eine Störung oder eine Zeile, um ihre Fenster und KE entlang des Streichens zu sehen.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the faults are still being predicted.</source>
        <translation>Noch nichts zu exportieren: Die Störungen werden noch vorhergesagt.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (layers ke_windows and ke_faults).</source>
        <translation>%1 geschrieben (Ebenen ke_windows und ke_faults).</translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultMapReader</name>
    <message>
        <source>Reading fault maps</source>
        <translation>Störungskarten werden gelesen</translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultMapView</name>
    <message>
        <source>Window %1 (columns %2–%3), trace in %4% of its columns</source>
        <translation>Fenster %1 (Spalten %2–%3), Spur in %4 % seiner Spalten</translation>
    </message>
    <message>
        <source>
KE %1 ± %2 (SD of %3 models)</source>
        <translation>
KE %1 ± %2 (SD von %3 Modellen)</translation>
    </message>
    <message>
        <source>
KE %1</source>
        <translation>
KE %1</translation>
    </message>
    <message>
        <source>Window %1 left out: %2</source>
        <translation>Fenster %1 ausgelassen: %2</translation>
    </message>
    <message>
        <source>KE (window colour)</source>
        <translation>KE (Fensterfarbe)</translation>
    </message>
    <message>
        <source>SD of KE across models</source>
        <translation>SD der KE über die Modelle</translation>
    </message>
    <message numerus="yes">
        <source>hatched: left out (%n window(s); hover for why)</source>
        <translation>
            <numerusform>schraffiert: ausgelassen (%n Fenster; für den Grund darauf zeigen)</numerusform>
            <numerusform>schraffiert: ausgelassen (%n Fenster; für den Grund darauf zeigen)</numerusform>
        </translation>
    </message>
    <message>
        <source>overlay: red, masking raises KE; blue, masking lowers it</source>
        <translation>Überlagerung: rot, Maskieren erhöht die KE; blau, Maskieren senkt sie</translation>
    </message>
    <message>
        <source>preview: no model has predicted yet</source>
        <translation>Vorschau: noch hat kein Modell vorhergesagt</translation>
    </message>
    <message>
        <source>Drop fault-map images (PNG, JPEG, TIFF, BMP), .npy maps or .mat experiments here, or use Open… or Paste.
The traces may be dark on light or light on dark; the map is cut into 128 × 64 windows along the picture&apos;s x axis (Rotation turns oblique traces horizontal first) and each window gets a KE.</source>
        <translation>Störungskarten-Bilder (PNG, JPEG, TIFF, BMP), .npy-Karten oder .mat-Experimente hierher ziehen oder Öffnen… bzw. Einfügen verwenden.
Die Spuren dürfen dunkel auf hell oder hell auf dunkel sein; die Karte wird entlang der x-Achse des Bildes in Fenster von 128 × 64 geschnitten (Drehung richtet schräge Spuren vorher waagrecht aus), und jedes Fenster erhält eine KE.</translation>
    </message>
    <message>
        <source>
%1 % interval %2 to %3 (calibrated)</source>
        <translation>
%1-%-Intervall %2 bis %3 (kalibriert)</translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultOverviewMap</name>
    <message>
        <source>Median KE of the fault</source>
        <translation>Median-KE der Störung</translation>
    </message>
    <message>
        <source>not predicted</source>
        <translation>nicht vorhergesagt</translation>
    </message>
    <message>
        <source>chosen fault</source>
        <translation>gewählte Störung</translation>
    </message>
    <message>
        <source>Longitude (°)</source>
        <translation>Länge (°)</translation>
    </message>
    <message>
        <source>Easting (layer units)</source>
        <translation>Rechtswert (Einheiten der Ebene)</translation>
    </message>
    <message>
        <source>Latitude (°)</source>
        <translation>Breite (°)</translation>
    </message>
    <message>
        <source>Northing (layer units)</source>
        <translation>Hochwert (Einheiten der Ebene)</translation>
    </message>
</context>
<context>
    <name>faultke::gui::FaultTableModel</name>
    <message>
        <source>Fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Länge (km)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Median KE</source>
        <translation>Median-KE</translation>
    </message>
    <message>
        <source>Not predicted because</source>
        <translation>Nicht vorhergesagt, weil</translation>
    </message>
</context>
<context>
    <name>faultke::gui::FramePanel</name>
    <message>
        <source>1/frame</source>
        <translation>1/Bild</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Fault map</source>
        <translation>Störungskarte</translation>
    </message>
    <message>
        <source>Curl</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>u displacement</source>
        <translation>Verschiebung u</translation>
    </message>
    <message>
        <source>v displacement</source>
        <translation>Verschiebung v</translation>
    </message>
    <message>
        <source>Which field of the frame to show</source>
        <translation>Welches Feld des Bildes angezeigt wird</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hover or click a window to see its labels</source>
        <translation>Zeigen oder klicken Sie auf ein Fenster, um seine Labels zu sehen</translation>
    </message>
    <message>
        <source>KE %1 ± %2 (1SD), kept</source>
        <translation>KE %1 ± %2 (1SD), behalten</translation>
    </message>
    <message>
        <source>empty fault map (skipped)</source>
        <translation>leere Störungskarte (übersprungen)</translation>
    </message>
    <message>
        <source>NaN or Inf in the window (skipped)</source>
        <translation>NaN oder Inf im Fenster (übersprungen)</translation>
    </message>
    <message>
        <source>zero plate velocity (skipped)</source>
        <translation>keine Plattengeschwindigkeit (übersprungen)</translation>
    </message>
    <message>
        <source>Window %1 · frame %2: %3</source>
        <translation>Fenster %1 · Bild %2: %3</translation>
    </message>
    <message>
        <source>Move the mouse over the frame to read values</source>
        <translation>Bewegen Sie die Maus über das Bild, um Werte abzulesen</translation>
    </message>
    <message>
        <source>invalid (NaN/Inf)</source>
        <translation>ungültig (NaN/Inf)</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>Row %1, column %2 (x %3 mm): %4</source>
        <translation>Zeile %1, Spalte %2 (x %3 mm): %4</translation>
    </message>
    <message>
        <source>Frame %1 of 0–%2</source>
        <translation>Bild %1 von 0–%2</translation>
    </message>
    <message>
        <source>Frames are numbered from 0, as in the dataset file, the CSV files and faultke-cli</source>
        <translation>Bilder werden ab 0 gezählt, wie in der Datensatzdatei, den CSV-Dateien und faultke-cli</translation>
    </message>
    <message>
        <source>Frame –</source>
        <translation>Bild –</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Windows, faint</source>
        <translation>Fenster, blass</translation>
    </message>
    <message>
        <source>No windows</source>
        <translation>Keine Fenster</translation>
    </message>
    <message>
        <source>How the crop&apos;s windows are drawn over the frame, coloured by their split (train, eval, test); faint or none lets the field underneath show</source>
        <translation>Wie die Fenster des Zuschnitts über dem Bild gezeichnet werden, gefärbt nach ihrer Aufteilung (Training, Validierung, Test); blass oder keine lassen das Feld darunter sichtbar</translation>
    </message>
</context>
<context>
    <name>faultke::gui::FrameViewer</name>
    <message>
        <source>Fault map (0 / 1)</source>
        <translation>Störungskarte (0 / 1)</translation>
    </message>
    <message>
        <source>Curl (1/frame)</source>
        <translation>Rotation (1/Bild)</translation>
    </message>
    <message>
        <source>u (mm)</source>
        <translation>u (mm)</translation>
    </message>
    <message>
        <source>v (mm)</source>
        <translation>v (mm)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag the background: pan · double-click: fit
Drag inside a window: move all windows up or down (first row)
Drag the right edge of window 0: width · the left edge of window 1: stride
Drag the bottom edge of a window: height</source>
        <translation>Mausrad: zoomen · Hintergrund ziehen: verschieben · Doppelklick: einpassen
In einem Fenster ziehen: alle Fenster nach oben oder unten verschieben (erste Zeile)
Rechten Rand von Fenster 0 ziehen: Breite · linken Rand von Fenster 1: Schrittweite
Unteren Rand eines Fensters ziehen: Höhe</translation>
    </message>
    <message>
        <source>Column (px)</source>
        <translation>Spalte (px)</translation>
    </message>
    <message>
        <source>Row (px)</source>
        <translation>Zeile (px)</translation>
    </message>
    <message>
        <source>x (mm)</source>
        <translation>x (mm)</translation>
    </message>
    <message>
        <source>Select an experiment to see its frames</source>
        <translation>Wählen Sie ein Experiment, um seine Bilder zu sehen</translation>
    </message>
    <message>
        <source>This channel is not loaded</source>
        <translation>Dieser Kanal ist nicht geladen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>no slip</source>
        <translation>kein Versatz</translation>
    </message>
</context>
<context>
    <name>faultke::gui::JobProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running work</source>
        <translation>Die laufende Arbeit anhalten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>faultke::gui::KeAlongStrikePlot</name>
    <message>
        <source>KE</source>
        <translation>KE</translation>
    </message>
    <message>
        <source>Distance along strike (km, window middle)</source>
        <translation>Abstand entlang des Streichens (km, Fenstermitte)</translation>
    </message>
    <message>
        <source>Distance along strike (columns of the processed map, window middle)</source>
        <translation>Abstand entlang des Streichens (Spalten der verarbeiteten Karte, Fenstermitte)</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>± SD across models</source>
        <translation>± SD über die Modelle</translation>
    </message>
    <message>
        <source>%1 % interval (calibrated)</source>
        <translation>%1-%-Intervall (kalibriert)</translation>
    </message>
</context>
<context>
    <name>faultke::gui::KeTimelinePlot</name>
    <message>
        <source>KE of each window against frame. Click to go to a frame.</source>
        <translation>KE jedes Fensters über dem Bild. Klicken, um zu einem Bild zu springen.</translation>
    </message>
    <message>
        <source>Kinematic efficiency</source>
        <translation>Kinematische Effizienz</translation>
    </message>
    <message>
        <source>Range across windows</source>
        <translation>Bereich über die Fenster</translation>
    </message>
    <message>
        <source>Window KE</source>
        <translation>KE der Fenster</translation>
    </message>
    <message>
        <source>Median across windows</source>
        <translation>Median über die Fenster</translation>
    </message>
    <message>
        <source>No experiment selected</source>
        <translation>Kein Experiment gewählt</translation>
    </message>
    <message>
        <source>Frame (from 0)</source>
        <translation>Bild (ab 0)</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Fenster %1</translation>
    </message>
</context>
<context>
    <name>faultke::gui::MainWindow</name>
    <message>
        <source>No project open: create one with File ▸ New Project…</source>
        <translation>Kein Projekt geöffnet: Legen Sie eines an mit Datei ▸ Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create a project in a new or empty folder</source>
        <translation>Ein Projekt in einem neuen oder leeren Ordner anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project folder or its project.json</source>
        <translation>Einen Projektordner oder seine project.json öffnen</translation>
    </message>
    <message>
        <source>&amp;Add Experiments…</source>
        <translation>Experimente &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add experiment files (.mat) to the project</source>
        <translation>Experimentdateien (.mat) zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Prepare Dataset</source>
        <translation>Datensatz &amp;vorbereiten</translation>
    </message>
    <message>
        <source>Label, cut and split the experiments into the project&apos;s dataset file</source>
        <translation>Die Experimente beschriften, zuschneiden und in die Datensatzdatei des Projekts aufteilen</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;About FaultKE</source>
        <translation>Über &amp;FaultKE</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Projekt %1 angelegt</translation>
    </message>
    <message>
        <source>Open Project: choose the project folder or its project.json</source>
        <translation>Projekt öffnen: den Projektordner oder seine project.json wählen</translation>
    </message>
    <message>
        <source>FaultKE project (project.json)</source>
        <translation>FaultKE-Projekt (project.json)</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>Projekt %1 geöffnet</translation>
    </message>
    <message>
        <source>The new settings take effect when FaultKE restarts.</source>
        <translation>Die neuen Einstellungen gelten nach einem Neustart von FaultKE.</translation>
    </message>
    <message>
        <source>%1[*] — FaultKE</source>
        <translation>%1[*] — FaultKE</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>FaultKE</source>
        <translation>FaultKE</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Welcome to FaultKE</source>
        <translation>Willkommen bei FaultKE</translation>
    </message>
    <message>
        <source>Creating the sample project…
%1</source>
        <translation>Das Beispielprojekt wird erstellt…
%1</translation>
    </message>
    <message>
        <source>Creating the sample project: synthetic clay-box experiments to try FaultKE on…</source>
        <translation>Das Beispielprojekt wird erstellt: synthetische Tonkasten-Experimente zum Ausprobieren von FaultKE…</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>About FaultKE</source>
        <translation>Über FaultKE</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FaultKE %1&lt;/h3&gt;&lt;p&gt;Kinematic efficiency of strike-slip faults from fault maps, with a convolutional network trained on analogue clay-box experiments.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and libtorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FaultKE %1&lt;/h3&gt;&lt;p&gt;Kinematische Effizienz von Blattverschiebungen aus Störungskarten, mit einem faltenden neuronalen Netz, trainiert an analogen Tonkasten-Experimenten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und libtorch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Documentation (README)</source>
        <translation>&amp;Dokumentation (README)</translation>
    </message>
    <message>
        <source>The README is not installed</source>
        <translation>Die README ist nicht installiert</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>Open the bundled sample project of synthetic experiments (made anew when missing)</source>
        <translation>Das mitgelieferte Beispielprojekt mit synthetischen Experimenten öffnen (wird neu erzeugt, wenn es fehlt)</translation>
    </message>
    <message>
        <source>Project folder gone</source>
        <translation>Projektordner verschwunden</translation>
    </message>
    <message>
        <source>%1 is no longer there (removed, moved or unmounted). FaultKE closed the project without writing anything; open it again once the folder is back.</source>
        <translation>%1 ist nicht mehr vorhanden (gelöscht, verschoben oder ausgehängt). FaultKE hat das Projekt geschlossen, ohne etwas zu schreiben; öffnen Sie es wieder, sobald der Ordner zurück ist.</translation>
    </message>
    <message>
        <source>The dataset file changed on disk</source>
        <translation>Die Datensatzdatei hat sich auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The sample project is open:&lt;/b&gt; synthetic experiments with a prepared dataset and a short trained run. Look at its figures on the &lt;b&gt;Evaluate&lt;/b&gt; page, then train a longer run on the &lt;b&gt;Train&lt;/b&gt; page, or start your own project with File ▸ New Project…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Beispielprojekt ist geöffnet:&lt;/b&gt; synthetische Experimente mit einem vorbereiteten Datensatz und einem kurzen trainierten Lauf. Sehen Sie sich seine Kennzahlen auf der Seite &lt;b&gt;Auswertung&lt;/b&gt; an, trainieren Sie dann auf der Seite &lt;b&gt;Training&lt;/b&gt; einen längeren Lauf, oder beginnen Sie Ihr eigenes Projekt mit Datei ▸ Neues Projekt…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The project&apos;s edits could not be saved:
%1

Quitting now loses them.</source>
        <translation>Die Änderungen am Projekt konnten nicht gespeichert werden:
%1

Wenn Sie jetzt beenden, gehen sie verloren.</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>Ohne Speichern beenden</translation>
    </message>
</context>
<context>
    <name>faultke::gui::ModelChooser</name>
    <message>
        <source>The model that predicts: a run&apos;s chosen epoch, a repeat group as an ensemble (mean and SD across its runs), a model file, or the bundled model</source>
        <translation>Das vorhersagende Modell: die gewählte Epoche eines Laufs, eine Wiederholungsgruppe als Ensemble (Mittel und SD über ihre Läufe), eine Modelldatei oder das mitgelieferte Modell</translation>
    </message>
    <message>
        <source>For one run: its best epoch or any other</source>
        <translation>Für einen Lauf: seine beste Epoche oder eine andere</translation>
    </message>
    <message>
        <source>Model File…</source>
        <translation>Modelldatei…</translation>
    </message>
    <message>
        <source>A checkpoint (.pt), a TorchScript export (.pt) or a Keras model (.hdf5, .h5)</source>
        <translation>Ein Checkpoint (.pt), ein TorchScript-Export (.pt) oder ein Keras-Modell (.hdf5, .h5)</translation>
    </message>
    <message>
        <source>About This Model…</source>
        <translation>Über dieses Modell…</translation>
    </message>
    <message>
        <source>The bundled model&apos;s card: what it was trained on and how well it did</source>
        <translation>Die Modellkarte des mitgelieferten Modells: worauf es trainiert wurde und wie gut es abschnitt</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Bundled model (synthetic experiments)</source>
        <translation>Mitgeliefertes Modell (synthetische Experimente)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble: %1 (%n repeat(s))</source>
        <translation>
            <numerusform>Ensemble: %1 (%n Wiederholung)</numerusform>
            <numerusform>Ensemble: %1 (%n Wiederholungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ensemble: every run (%n)</source>
        <translation>
            <numerusform>Ensemble: jeder Lauf (%n)</numerusform>
            <numerusform>Ensemble: alle Läufe (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation>beste Epoche</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>In use: the bundled model, trained on FaultKE&apos;s synthetic experiments (not on laboratory or field data)</source>
        <translation>In Verwendung: das mitgelieferte Modell, trainiert an den synthetischen Experimenten von FaultKE (nicht an Labor- oder Felddaten)</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>In Verwendung: %1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>No model in use: %1</source>
        <translation>Kein Modell in Verwendung: %1</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <source>Models (*.pt *.hdf5 *.h5);;All files (*)</source>
        <translation>Modelle (*.pt *.hdf5 *.h5);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The Bundled Model</source>
        <translation>Das mitgelieferte Modell</translation>
    </message>
    <message>
        <source>The trained model the weights start from: the bundled model, a run&apos;s chosen or any epoch, or a model file of the same network shape; or random weights</source>
        <translation>Das trainierte Modell, von dessen Gewichten ausgegangen wird: das mitgelieferte Modell, die gewählte oder eine beliebige Epoche eines Laufs oder eine Modelldatei derselben Netzform; oder zufällige Gewichte</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Random weights (from scratch)</source>
        <translation>Zufällige Gewichte (von Grund auf)</translation>
    </message>
</context>
<context>
    <name>faultke::gui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The project&apos;s folder: made when it does not exist; an existing one must be empty</source>
        <translation>Der Ordner des Projekts: wird angelegt, wenn es ihn nicht gibt; ein vorhandener muss leer sein</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Create in:</source>
        <translation>Anlegen in:</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>Where the Project&apos;s Folder Goes</source>
        <translation>Wohin der Projektordner kommt</translation>
    </message>
    <message>
        <source>Choose where the project goes.</source>
        <translation>Wählen Sie, wohin das Projekt kommt.</translation>
    </message>
    <message>
        <source>The empty folder %1 becomes the project.</source>
        <translation>Der leere Ordner %1 wird zum Projekt.</translation>
    </message>
    <message>
        <source>Creates the folder %1 for the project.</source>
        <translation>Legt den Ordner %1 für das Projekt an.</translation>
    </message>
</context>
<context>
    <name>faultke::gui::ParamsForm</name>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, wenn vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>CUDA GPU (not available)</source>
        <translation>CUDA-GPU (nicht verfügbar)</translation>
    </message>
    <message>
        <source>Where the network trains</source>
        <translation>Wo das Netz trainiert</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Read a params.json: the original&apos;s, or one FaultKE wrote into a run</source>
        <translation>Eine params.json lesen: die des Originals oder eine, die FaultKE in einen Lauf schrieb</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>%L1 trainable parameters</source>
        <translation>%L1 trainierbare Parameter</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Netz: %1</translation>
    </message>
    <message>
        <source>Load Parameters</source>
        <translation>Parameter laden</translation>
    </message>
    <message>
        <source>Parameters (*.json);;All files (*)</source>
        <translation>Parameter (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Parameters</source>
        <translation>Parameter speichern</translation>
    </message>
    <message>
        <source>Parameters (*.json)</source>
        <translation>Parameter (*.json)</translation>
    </message>
    <message>
        <source>Reset every field to the original&apos;s values and recipe</source>
        <translation>Alle Felder auf die Werte und das Rezept des Originals zurücksetzen</translation>
    </message>
    <message>
        <source>In force: the steady recipe.</source>
        <translation>Gültig: das ruhige Rezept.</translation>
    </message>
    <message>
        <source>In force: the original recipe.</source>
        <translation>Gültig: das Rezept des Originals.</translation>
    </message>
    <message>
        <source>In force: the steady recipe, changed below.</source>
        <translation>Gültig: das ruhige Rezept, unten geändert.</translation>
    </message>
    <message>
        <source>In force: the original recipe, changed below.</source>
        <translation>Gültig: das Rezept des Originals, unten geändert.</translation>
    </message>
    <message>
        <source>%1 (%2).
The original: %3; steady: %4</source>
        <translation>%1 (%2).
Im Original: %3; steady: %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>In force: the fine-tune recipe.</source>
        <translation>Gültig: das Feinabstimmungsrezept.</translation>
    </message>
    <message>
        <source>In force: the fine-tune recipe, changed below.</source>
        <translation>Gültig: das Feinabstimmungsrezept, unten geändert.</translation>
    </message>
    <message>
        <source>It is meant for a run that starts from a trained model (Start from, above).</source>
        <translation>Es ist für einen Lauf gedacht, der von einem trainierten Modell ausgeht (Ausgehen von, oben).</translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictInputs</name>
    <message>
        <source>%1: unsupported file type (expected a PNG, JPEG, TIFF or BMP image, a .npy map, a .mat experiment, or fault traces in a GIS file: .shp, .gpkg, .geojson, .kml)</source>
        <translation>%1: nicht unterstützter Dateityp (erwartet: ein PNG-, JPEG-, TIFF- oder BMP-Bild, eine .npy-Karte, ein .mat-Experiment oder Störungsspuren in einer GIS-Datei: .shp, .gpkg, .geojson, .kml)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Refused: the clipboard holds no picture</source>
        <translation>Abgelehnt: Die Zwischenablage enthält kein Bild</translation>
    </message>
    <message>
        <source>clipboard %1</source>
        <translation>Zwischenablage %1</translation>
    </message>
    <message>
        <source>Open Fault Maps</source>
        <translation>Störungskarten öffnen</translation>
    </message>
    <message>
        <source>Fault maps (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.mat *.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.fgb);;GIS fault traces (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.fgb);;All files (*)</source>
        <translation>Störungskarten (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.mat *.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.fgb);;GIS-Störungsspuren (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.fgb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Refused: %1: not a local file</source>
        <translation>Abgelehnt: %1: keine lokale Datei</translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictPage</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>A fault-map picture from the clipboard (%1)</source>
        <translation>Ein Bild einer Störungskarte aus der Zwischenablage (%1)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected input</source>
        <translation>Die gewählte Eingabe entfernen</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>The frame of the experiment to predict (from 0; the last one holds the most developed fault)</source>
        <translation>Das vorherzusagende Bild des Experiments (ab 0; das letzte zeigt die am weitesten entwickelte Störung)</translation>
    </message>
    <message>
        <source>Colour by KE</source>
        <translation>Nach KE färben</translation>
    </message>
    <message>
        <source>Colour by SD across models</source>
        <translation>Nach SD über die Modelle färben</translation>
    </message>
    <message>
        <source>With an ensemble (a repeat group), the windows can show how much the models disagree</source>
        <translation>Bei einem Ensemble (einer Wiederholungsgruppe) können die Fenster zeigen, wie stark die Modelle voneinander abweichen</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Every input and thickness with its KE summary, as CSV</source>
        <translation>Jede Eingabe und Dicke mit ihrer KE-Zusammenfassung, als CSV</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>The thickness chart (fig. 4) as PNG, SVG or PDF</source>
        <translation>Das Dickendiagramm (Abb. 4) als PNG, SVG oder PDF</translation>
    </message>
    <message>
        <source>KE Along Strike</source>
        <translation>KE entlang des Streichens</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Thickness Chart (Fig. 4)</source>
        <translation>Dickendiagramm (Abb. 4)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>%1 preprocessed and predicted in %2 ms</source>
        <translation>%1 in %2 ms vorverarbeitet und vorhergesagt</translation>
    </message>
    <message>
        <source>Fault-map images, GeoTIFF maps, .npy maps, .mat experiments, or fault traces in GIS files (shapefile, GeoPackage, GeoJSON, KML); you can also drop them on the page</source>
        <translation>Störungskarten als Bilder, GeoTIFF-Karten, .npy-Karten, .mat-Experimente oder Störungsspuren in GIS-Dateien (Shapefile, GeoPackage, GeoJSON, KML); Sie können sie auch auf die Seite ziehen</translation>
    </message>
    <message>
        <source>Export Profile…</source>
        <translation>Profil exportieren…</translation>
    </message>
    <message>
        <source>The selected input&apos;s KE along strike as CSV, or its plot as PNG, SVG or PDF</source>
        <translation>Die KE der gewählten Eingabe entlang des Streichens als CSV oder ihr Diagramm als PNG, SVG oder PDF</translation>
    </message>
    <message>
        <source>Export Windows Layer…</source>
        <translation>Fensterebene exportieren…</translation>
    </message>
    <message>
        <source>The selected fault&apos;s windows as polygons with their KE, in its own coordinate system, as GeoJSON or GeoPackage to open in QGIS</source>
        <translation>Die Fenster der gewählten Störung als Polygone mit ihrer KE, in ihrem eigenen Koordinatensystem, als GeoJSON oder GeoPackage zum Öffnen in QGIS</translation>
    </message>
    <message>
        <source>These settings are the page&apos;s: every input is preprocessed and predicted with them, and a change here predicts every input again. What the preprocessing found is said for the selected input.</source>
        <translation>Diese Einstellungen gelten für die ganze Seite: Jede Eingabe wird mit ihnen vorverarbeitet und vorhergesagt, und eine Änderung hier sagt jede Eingabe neu vorher. Was die Vorverarbeitung gefunden hat, steht für die gewählte Eingabe da.</translation>
    </message>
    <message>
        <source>Preprocessing — applies to all %1 inputs</source>
        <translation>Vorverarbeitung — gilt für alle %1 Eingaben</translation>
    </message>
    <message>
        <source>Preprocessing — applies to every input</source>
        <translation>Vorverarbeitung — gilt für jede Eingabe</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Refused: %1 needs a model to predict its faults; choose one above</source>
        <translation>Abgelehnt: %1 braucht ein Modell, um seine Störungen vorherzusagen; wählen Sie oben eines</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Vorhersage</translation>
    </message>
    <message>
        <source>Predict kinematic efficiency for new fault maps</source>
        <translation>Kinematische Effizienz für neue Störungskarten vorhersagen</translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictionDisplay</name>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>The trace thickness the map shows; KE along strike, the table and the chart take every one</source>
        <translation>Die Spurdicke, die die Karte zeigt; KE entlang des Streichens, die Tabelle und das Diagramm nehmen jede</translation>
    </message>
    <message>
        <source>%1 km of fault trace in %2; %3</source>
        <translation>%1 km Störungsspur in %2; %3</translation>
    </message>
    <message>
        <source>predicting…</source>
        <translation>wird vorhergesagt…</translation>
    </message>
    <message>
        <source>waiting for a model</source>
        <translation>wartet auf ein Modell</translation>
    </message>
    <message>
        <source>%1 km along strike in %2 (read in a %3); windows %4 km tall every %5 km</source>
        <translation>%1 km entlang des Streichens in %2 (gelesen in einer %3); Fenster %4 km hoch alle %5 km</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) to predict; %1</source>
        <translation>
            <numerusform>%n Fenster zur Vorhersage; %1</numerusform>
            <numerusform>%n Fenster zur Vorhersage; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Preprocessing…</source>
        <translation>Wird vorverarbeitet…</translation>
    </message>
    <message>
        <source>Windows coloured by the mean KE over %1</source>
        <translation>Fenster gefärbt nach dem mittleren KE über %1</translation>
    </message>
    <message>
        <source>Windows coloured by KE, traces as drawn</source>
        <translation>Fenster gefärbt nach KE, Spuren wie gezeichnet</translation>
    </message>
    <message>
        <source>Windows coloured by KE at %1</source>
        <translation>Fenster gefärbt nach KE bei %1</translation>
    </message>
    <message>
        <source>Map as read (a .npy or .mat map keeps its own traces; %1 apply to pictures)</source>
        <translation>Karte wie gelesen (eine .npy- oder .mat-Karte behält ihre eigenen Spuren; %1 gelten für Bilder)</translation>
    </message>
    <message>
        <source>Map as drawn</source>
        <translation>Karte wie gezeichnet</translation>
    </message>
    <message>
        <source>Map at %1</source>
        <translation>Karte bei %1</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>Preview as drawn</source>
        <translation>Vorschau wie gezeichnet</translation>
    </message>
    <message>
        <source>Preview at %1</source>
        <translation>Vorschau bei %1</translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictionPlot</name>
    <message>
        <source>Predicted KE</source>
        <translation>Vorhergesagte KE</translation>
    </message>
    <message>
        <source>True KE</source>
        <translation>Wahre KE</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>incorrect</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>correct (%1 %)</source>
        <translation>richtig (%1 %)</translation>
    </message>
    <message>
        <source>incorrect (%1 %)</source>
        <translation>falsch (%1 %)</translation>
    </message>
    <message>
        <source>%1 (n = %L2)</source>
        <translation>%1 (n = %L2)</translation>
    </message>
    <message>
        <source>No samples</source>
        <translation>Keine Proben</translation>
    </message>
    <message>
        <source>2SD accuracy %1 · 1SD accuracy %2
R² %3 · MAE %4 · RMSE %5</source>
        <translation>2SD-Genauigkeit %1 · 1SD-Genauigkeit %2
R² %3 · MAE %4 · RMSE %5</translation>
    </message>
</context>
<context>
    <name>faultke::gui::PredictionTableModel</name>
    <message>
        <source>A KE range you know for this fault (a field estimate), as 0.6-0.8; drawn as a grey bar in the thickness chart</source>
        <translation>Ein bekannter KE-Bereich dieser Störung (eine Feldschätzung), etwa 0.6-0.8; im Dickendiagramm als grauer Balken gezeichnet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Mean KE</source>
        <translation>Mittlere KE</translation>
    </message>
    <message>
        <source>Median KE</source>
        <translation>Median-KE</translation>
    </message>
    <message>
        <source>Min KE</source>
        <translation>Min. KE</translation>
    </message>
    <message>
        <source>Max KE</source>
        <translation>Max. KE</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Reference KE</source>
        <translation>Referenz-KE</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>.npy window</source>
        <translation>.npy-Fenster</translation>
    </message>
    <message>
        <source>.npy map</source>
        <translation>.npy-Karte</translation>
    </message>
    <message>
        <source>image %1 × %2</source>
        <translation>Bild %1 × %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Over every window kept, of every trace thickness ticked (the range fig. 4 draws as a bar)</source>
        <translation>Über alle behaltenen Fenster aller gewählten Spurdicken (der Bereich, den Abb. 4 als Balken zeichnet)</translation>
    </message>
    <message>
        <source>SD along strike</source>
        <translation>SD entlang des Streichens</translation>
    </message>
    <message>
        <source>%1 × %2 thicknesses</source>
        <translation>%1 × %2 Dicken</translation>
    </message>
    <message numerus="yes">
        <source>%n fault trace(s), %1 km</source>
        <translation>
            <numerusform>%n Störungsspur, %1 km</numerusform>
            <numerusform>%n Störungsspuren, %1 km</numerusform>
        </translation>
    </message>
    <message>
        <source>The typical window&apos;s calibrated interval (the medians of the windows&apos; lower and upper ends): the true KE of windows like the model&apos;s eval windows lies inside about this share of intervals. Empty for a model without a calibration (faultke-cli calibrate makes one)</source>
        <translation>Das kalibrierte Intervall des typischen Fensters (die Mediane der unteren und oberen Enden der Fenster): Das wahre KE von Fenstern wie den Validierungsfenstern des Modells liegt in etwa diesem Anteil der Intervalle. Leer für ein Modell ohne Kalibrierung (faultke-cli calibrate erstellt eine)</translation>
    </message>
    <message>
        <source>Typical interval</source>
        <translation>Typisches Intervall</translation>
    </message>
    <message>
        <source>%1–%2 (%3 %)</source>
        <translation>%1–%2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>faultke::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The new language is used after FaultKE restarts.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von FaultKE.</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, wenn vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>CUDA GPU (not available)</source>
        <translation>CUDA-GPU (nicht verfügbar)</translation>
    </message>
    <message>
        <source>Where training, evaluation and prediction run.</source>
        <translation>Wo Training, Auswertung und Vorhersage laufen.</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Threads used on the CPU; takes effect after FaultKE restarts.</source>
        <translation>Auf der CPU genutzte Threads; gilt nach einem Neustart von FaultKE.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Compute &amp;device:</source>
        <translation>&amp;Rechengerät:</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>CPU-&amp;Threads:</translation>
    </message>
    <message>
        <source>Default project &amp;folder:</source>
        <translation>Standard-Projekt&amp;ordner:</translation>
    </message>
    <message>
        <source>Default Project Folder</source>
        <translation>Standard-Projektordner</translation>
    </message>
</context>
<context>
    <name>faultke::gui::PreparePanel</name>
    <message>
        <source>Prepare Dataset</source>
        <translation>Datensatz vorbereiten</translation>
    </message>
    <message>
        <source>Label every kept sample of the non-excluded experiments, split them and write the dataset file (the same file as &apos;faultke-cli prepare&apos; writes)</source>
        <translation>Jede behaltene Probe der nicht ausgeschlossenen Experimente labeln, aufteilen und die Datensatzdatei schreiben (dieselbe Datei, die &apos;faultke-cli prepare&apos; schreibt)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Writes &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Schreibt &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Preparing the dataset failed: %1</source>
        <translation>Die Vorbereitung des Datensatzes ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled; the dataset file was not changed.</source>
        <translation>Abgebrochen; die Datensatzdatei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Preparing the dataset was cancelled</source>
        <translation>Die Vorbereitung des Datensatzes wurde abgebrochen</translation>
    </message>
    <message>
        <source>Open a project first</source>
        <translation>Öffnen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <source>Add experiments (not all excluded) before preparing a dataset.</source>
        <translation>Fügen Sie Experimente hinzu (nicht alle ausgeschlossen), bevor Sie einen Datensatz vorbereiten.</translation>
    </message>
    <message>
        <source>Preparing dataset</source>
        <translation>Datensatz wird vorbereitet</translation>
    </message>
    <message>
        <source>Wrote %1 samples (train %2, eval %3, test %4) to %5</source>
        <translation>%1 Proben (Training %2, Auswertung %3, Test %4) nach %5 geschrieben</translation>
    </message>
    <message>
        <source>Left out, unreadable: %1</source>
        <translation>Ausgelassen, nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Dataset written to %1</source>
        <translation>Datensatz nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Dataset out of date: %1; prepare it again.</source>
        <translation>Datensatz veraltet: %1; bereiten Sie ihn neu vor.</translation>
    </message>
</context>
<context>
    <name>faultke::gui::PreprocessPanel</name>
    <message>
        <source>Otsu (automatic)</source>
        <translation>Otsu (automatisch)</translation>
    </message>
    <message>
        <source>Gray level</source>
        <translation>Grauwert</translation>
    </message>
    <message>
        <source>Splits the picture into a light and a dark class</source>
        <translation>Teilt das Bild in eine helle und eine dunkle Klasse</translation>
    </message>
    <message>
        <source>Gray levels above this form the light class</source>
        <translation>Grauwerte darüber bilden die helle Klasse</translation>
    </message>
    <message>
        <source>Automatic (traces are the smaller class)</source>
        <translation>Automatisch (Spuren sind die kleinere Klasse)</translation>
    </message>
    <message>
        <source>Dark traces on light</source>
        <translation>Dunkle Spuren auf hell</translation>
    </message>
    <message>
        <source>Light traces on dark</source>
        <translation>Helle Spuren auf dunkel</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>wie gezeichnet</translation>
    </message>
    <message>
        <source>2 px</source>
        <translation>2 px</translation>
    </message>
    <message>
        <source>3 px</source>
        <translation>3 px</translation>
    </message>
    <message>
        <source>4 px</source>
        <translation>4 px</translation>
    </message>
    <message>
        <source>Traces are thinned to one pixel and redrawn this thick, in window pixels, as fig. 4 of the paper does at 2, 3 and 4 px; tick several to compare</source>
        <translation>Spuren werden auf ein Pixel verdünnt und in dieser Dicke (in Fensterpixeln) neu gezeichnet, wie Abb. 4 der Veröffentlichung mit 2, 3 und 4 px; mehrere ankreuzen, um zu vergleichen</translation>
    </message>
    <message>
        <source>Keep the traces as thick as the scaled picture draws them</source>
        <translation>Die Spuren so dick lassen, wie das skalierte Bild sie zeichnet</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Fit the image height</source>
        <translation>An die Bildhöhe anpassen</translation>
    </message>
    <message>
        <source>Fit the trace band</source>
        <translation>An das Spurenband anpassen</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Kartenmaßstab</translation>
    </message>
    <message>
        <source>What becomes the window height (128 rows): the whole picture, the rows holding traces with a margin, or a ground distance</source>
        <translation>Was zur Fensterhöhe (128 Zeilen) wird: das ganze Bild, die Zeilen mit Spuren samt Rand oder eine Strecke im Gelände</translation>
    </message>
    <message>
        <source> km/px</source>
        <translation> km/px</translation>
    </message>
    <message>
        <source>Ground size of one pixel of the picture</source>
        <translation>Größe eines Bildpixels im Gelände</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>What one window height stands for on the ground</source>
        <translation>Welcher Strecke im Gelände eine Fensterhöhe entspricht</translation>
    </message>
    <message>
        <source>window height</source>
        <translation>Fensterhöhe</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Columns between the starts of neighbouring windows (the original&apos;s 50)</source>
        <translation>Spalten zwischen den Anfängen benachbarter Fenster (im Original 50)</translation>
    </message>
    <message>
        <source>A window whose columns hold a trace in less than this share of them is left out: a trace that barely enters a window says nothing about the fault</source>
        <translation>Ein Fenster, bei dem weniger als dieser Anteil seiner Spalten eine Spur enthält, wird ausgelassen: Eine Spur, die kaum in ein Fenster reicht, sagt nichts über die Störung aus</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <source>Polarity:</source>
        <translation>Polarität:</translation>
    </message>
    <message>
        <source>Trace thickness:</source>
        <translation>Spurdicke:</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Drehung:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>Map scale:</source>
        <translation>Kartenmaßstab:</translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation>Schrittweite:</translation>
    </message>
    <message>
        <source>Min. coverage:</source>
        <translation>Min. Abdeckung:</translation>
    </message>
    <message>
        <source>dark traces</source>
        <translation>dunkle Spuren</translation>
    </message>
    <message>
        <source>light traces</source>
        <translation>helle Spuren</translation>
    </message>
    <message>
        <source>, rotated by %1° to run horizontally</source>
        <translation>, um %1° gedreht, damit sie waagerecht verläuft</translation>
    </message>
    <message>
        <source>; scaled ×%1</source>
        <translation>; skaliert ×%1</translation>
    </message>
    <message>
        <source>Automatic (estimated angle)</source>
        <translation>Automatisch (geschätzter Winkel)</translation>
    </message>
    <message>
        <source>Typed angle</source>
        <translation>Eingegebener Winkel</translation>
    </message>
    <message>
        <source>The traces&apos; angle in the picture, counter-clockwise from its x axis (not a map azimuth); the picture is turned by minus this</source>
        <translation>Der Winkel der Spuren im Bild, gegen den Uhrzeigersinn von seiner x-Achse (kein Kartenazimut); das Bild wird um minus diesen Winkel gedreht</translation>
    </message>
    <message>
        <source>GIS traces and GeoTIFF maps: what one window height (128 rows) stands for on the ground; fig. 4&apos;s maps were cut at about 4 km</source>
        <translation>GIS-Spuren und GeoTIFF-Karten: wofür eine Fensterhöhe (128 Zeilen) im Gelände steht; die Karten von Abb. 4 wurden bei etwa 4 km geschnitten</translation>
    </message>
    <message>
        <source>GIS traces: distance between the starts of neighbouring windows along strike</source>
        <translation>GIS-Spuren: Abstand zwischen den Anfängen benachbarter Fenster entlang des Streichens</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>GIS window:</source>
        <translation>GIS-Fenster:</translation>
    </message>
    <message>
        <source>Turns the picture so the traces run horizontally: windows are cut along its rows, as the training windows have their fault along their columns (automatic by default)</source>
        <translation>Dreht das Bild so, dass die Spuren waagerecht verlaufen: Fenster werden entlang seiner Zeilen geschnitten, so wie die Trainingsfenster ihre Störung entlang ihrer Spalten haben (standardmäßig automatisch)</translation>
    </message>
    <message>
        <source>The whole map once</source>
        <translation>Die ganze Karte einmal</translation>
    </message>
    <message>
        <source>Along the map&apos;s centreline</source>
        <translation>Entlang der Mittellinie der Karte</translation>
    </message>
    <message>
        <source>Each window on its own</source>
        <translation>Jedes Fenster für sich</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Moves the traces across strike to the middle rows, where the training windows have their fault. The whole map once (the default, which reads fig. 4 as the paper did): every window by the same rows, the middle of the band holding the map&apos;s traces to the middle row, so a stepover still shows as a step. Along the map&apos;s centreline: each window by a smooth line through the traces. Each window on its own: by the middle of its own trace rows, so a stepover reads like one trace. The map is shown as drawn</source>
        <translation>Verschiebt die Spuren quer zum Streichen in die mittleren Zeilen, wo die Trainingsfenster ihre Störung haben. Die ganze Karte einmal (Standard, liest Abb. 4 wie der Artikel): jedes Fenster um dieselben Zeilen, die Mitte des Bandes mit den Spuren der Karte auf die mittlere Zeile, sodass eine Überlappungszone (Stepover) als Versatz sichtbar bleibt. Entlang der Mittellinie der Karte: jedes Fenster um eine glatte Linie durch die Spuren. Jedes Fenster für sich: um die Mitte seiner eigenen Spurzeilen, sodass ein Stepover wie eine Spur gelesen wird. Die Karte wird wie gezeichnet gezeigt</translation>
    </message>
    <message>
        <source>Centring:</source>
        <translation>Zentrierung:</translation>
    </message>
    <message>
        <source>threshold %1, %2; traces at %3° in the picture</source>
        <translation>Schwelle %1, %2; Spuren bei %3° im Bild</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Found in %1: %2</source>
        <translation>Gefunden in %1: %2</translation>
    </message>
</context>
<context>
    <name>faultke::gui::ProjectController</name>
    <message>
        <source>Cannot create the sample project</source>
        <translation>Das Beispielprojekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Generating the sample project</source>
        <translation>Beispielprojekt wird erzeugt</translation>
    </message>
</context>
<context>
    <name>faultke::gui::RunListModel</name>
    <message>
        <source>Chosen by the rule %1</source>
        <translation>Gewählt von der Regel %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>no epoch</source>
        <translation>keine Epoche</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (Sie)</translation>
    </message>
    <message>
        <source>Tick runs to draw them on the same axes</source>
        <translation>Läufe ankreuzen, um sie in dieselben Achsen zu zeichnen</translation>
    </message>
    <message>
        <source>The run&apos;s best epoch: Evaluate and Predict use it</source>
        <translation>Die beste Epoche des Laufs: Auswertung und Vorhersage nutzen sie</translation>
    </message>
    <message>
        <source>Eval 2SD accuracy at the best epoch</source>
        <translation>2SD-Genauigkeit der Validierung in der besten Epoche</translation>
    </message>
    <message>
        <source>Eval loss at the best epoch</source>
        <translation>Validierungsverlust in der besten Epoche</translation>
    </message>
    <message>
        <source>Parameters that differ from the original&apos;s</source>
        <translation>Parameter, die vom Original abweichen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>Eval acc.</source>
        <translation>Val.-Gen.</translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Differs from the original</source>
        <translation>Abweichend vom Original</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
</context>
<context>
    <name>faultke::gui::RunsPanel</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue a stopped or interrupted run from its last completed epoch, exactly as if it had never stopped</source>
        <translation>Einen angehaltenen oder unterbrochenen Lauf ab seiner letzten vollständigen Epoche fortsetzen, genau so, als hätte er nie angehalten</translation>
    </message>
    <message>
        <source>Add Reference…</source>
        <translation>Referenz hinzufügen…</translation>
    </message>
    <message>
        <source>Draw a Keras history.json (as the original archive keeps it) or another run&apos;s history.csv dashed on the same axes</source>
        <translation>Eine Keras-history.json (wie im Archiv des Originals) oder die history.csv eines anderen Laufs gestrichelt in dieselben Achsen zeichnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write both plots as PNG, SVG and PDF and the epoch table as CSV into a folder</source>
        <translation>Beide Diagramme als PNG, SVG und PDF und die Epochentabelle als CSV in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Add Reference Curves</source>
        <translation>Referenzkurven hinzufügen</translation>
    </message>
    <message>
        <source>Training histories (*.json *.csv)</source>
        <translation>Trainingsverläufe (*.json *.csv)</translation>
    </message>
    <message>
        <source>Export Curves and Table</source>
        <translation>Kurven und Tabelle exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Läufe&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>faultke::gui::SampleInset</name>
    <message>
        <source>Hover a point to see its window; click it to open it on the Data page.</source>
        <translation>Zeigen Sie auf einen Punkt, um sein Fenster zu sehen; ein Klick öffnet es auf der Seite Daten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, frame %2, window %3&lt;br&gt;label KE %4 ± %5 (1SD)&lt;br&gt;predicted %6&lt;br&gt;difference %7: %8 (± %9)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Bild %2, Fenster %3&lt;br&gt;Label-KE %4 ± %5 (1SD)&lt;br&gt;vorhergesagt %6&lt;br&gt;Differenz %7: %8 (± %9)</translation>
    </message>
    <message>
        <source>within 2SD</source>
        <translation>innerhalb 2SD</translation>
    </message>
    <message>
        <source>outside 2SD</source>
        <translation>außerhalb 2SD</translation>
    </message>
</context>
<context>
    <name>faultke::gui::SplitPanel</name>
    <message>
        <source>Windows of each split experiment that go to evaluation</source>
        <translation>Fenster jedes aufgeteilten Experiments, die in die Auswertung gehen</translation>
    </message>
    <message>
        <source>Windows of each split experiment that go to testing</source>
        <translation>Fenster jedes aufgeteilten Experiments, die in den Test gehen</translation>
    </message>
    <message>
        <source>The same seed always gives the same split</source>
        <translation>Derselbe Startwert ergibt immer dieselbe Aufteilung</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Eval</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>KE</source>
        <translation>KE</translation>
    </message>
    <message>
        <source>Eval windows</source>
        <translation>Auswertungsfenster</translation>
    </message>
    <message>
        <source>Test windows</source>
        <translation>Testfenster</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s) still being labelled</source>
        <translation>
            <numerusform>%n Experiment wird noch gelabelt</numerusform>
            <numerusform>%n Experimente werden noch gelabelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s) in the dataset</source>
        <translation>
            <numerusform>%n Experiment im Datensatz</numerusform>
            <numerusform>%n Experimente im Datensatz</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultke::gui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>The sweep&apos;s folder under experiments/; each run is a folder inside it</source>
        <translation>Der Ordner des Sweeps unter experiments/; jeder Lauf ist ein Ordner darin</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Values (comma-separated)</source>
        <translation>Werte (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Seeds per combination: the table gives mean ± SD over them</source>
        <translation>Startwerte je Kombination: Die Tabelle gibt Mittel ± SD über sie an</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>SLURM cluster (array job)</source>
        <translation>SLURM-Cluster (Array-Job)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Repeats (seeds)</source>
        <translation>Wiederholungen (Startwerte)</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>Erster Startwert</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Ausführen auf</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Trainings at once; the CPU threads are divided between them</source>
        <translation>Gleichzeitige Trainings; die CPU-Threads werden unter ihnen aufgeteilt</translation>
    </message>
    <message>
        <source>Trainings at once</source>
        <translation>Gleichzeitige Trainings</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPUs je Task</translation>
    </message>
    <message>
        <source>Memory per task</source>
        <translation>Speicher je Task</translation>
    </message>
    <message>
        <source>GPUs per task</source>
        <translation>GPUs je Task</translation>
    </message>
    <message>
        <source>Time limit per task</source>
        <translation>Zeitlimit je Task</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Tasks at once</source>
        <translation>Gleichzeitige Tasks</translation>
    </message>
    <message>
        <source>More #SBATCH lines</source>
        <translation>Weitere #SBATCH-Zeilen</translation>
    </message>
    <message>
        <source>Setup lines</source>
        <translation>Vorbereitende Zeilen</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation>Anlegen und starten</translation>
    </message>
    <message>
        <source>Grid: every combination of these values</source>
        <translation>Raster: jede Kombination dieser Werte</translation>
    </message>
    <message>
        <source>a grid row has values but no parameter</source>
        <translation>eine Rasterzeile hat Werte, aber keinen Parameter</translation>
    </message>
    <message>
        <source>%1 has no values</source>
        <translation>%1 hat keine Werte</translation>
    </message>
    <message>
        <source>the sweep</source>
        <translation>der Sweep</translation>
    </message>
    <message>
        <source>Give the sweep a folder name.</source>
        <translation>Geben Sie dem Sweep einen Ordnernamen.</translation>
    </message>
    <message>
        <source>experiments/%1 exists already: choose another name.</source>
        <translation>experiments/%1 gibt es schon: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation>
            <numerusform>%n Kombination</numerusform>
            <numerusform>%n Kombinationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n Startwert</numerusform>
            <numerusform>%n Startwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>faultke::gui::SweepPanel</name>
    <message>
        <source>Sweep…</source>
        <translation>Sweep…</translation>
    </message>
    <message>
        <source>Sweep table…</source>
        <translation>Sweep-Tabelle…</translation>
    </message>
    <message>
        <source>Stop sweep</source>
        <translation>Sweep anhalten</translation>
    </message>
    <message>
        <source>Train a grid of parameter values, each over several seeds, here or on a SLURM cluster</source>
        <translation>Ein Raster von Parameterwerten trainieren, jeden mit mehreren Startwerten, hier oder auf einem SLURM-Cluster</translation>
    </message>
    <message>
        <source>A sweep&apos;s combinations with mean ± SD over their seeds</source>
        <translation>Die Kombinationen eines Sweeps mit Mittel ± SD über ihre Startwerte</translation>
    </message>
    <message>
        <source>Stop the trainings at their next batch; their epochs are kept and the sweep continues when run again</source>
        <translation>Die Trainings beim nächsten Batch anhalten; ihre Epochen bleiben erhalten, und der Sweep geht beim nächsten Start weiter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>%1: stopped; Sweep table… shows what finished, and running it again continues</source>
        <translation>%1: angehalten; Sweep-Tabelle… zeigt, was fertig ist, und ein neuer Start setzt fort</translation>
    </message>
    <message>
        <source>%1 ended with an error: %2</source>
        <translation>%1 endete mit einem Fehler: %2</translation>
    </message>
    <message>
        <source>A sweep runs already: stop it first.</source>
        <translation>Ein Sweep läuft schon: Halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>faultke-cli was not found beside FaultKE or on PATH: sweeps run through it.</source>
        <translation>faultke-cli wurde weder neben FaultKE noch im PATH gefunden: Sweeps laufen darüber.</translation>
    </message>
    <message>
        <source>faultke-cli did not start: %1</source>
        <translation>faultke-cli startete nicht: %1</translation>
    </message>
    <message>
        <source>%1: starting; its runs appear in the list as they train</source>
        <translation>%1: startet; seine Läufe erscheinen in der Liste, während sie trainieren</translation>
    </message>
    <message>
        <source>%1: stopping…</source>
        <translation>%1: wird angehalten…</translation>
    </message>
</context>
<context>
    <name>faultke::gui::SweepTableDialog</name>
    <message>
        <source>Sweep Table</source>
        <translation>Sweep-Tabelle</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Kombination</translation>
    </message>
    <message>
        <source>Seeds done</source>
        <translation>Fertige Startwerte</translation>
    </message>
    <message>
        <source>Eval 2SD accuracy</source>
        <translation>Validierung 2SD-Genauigkeit</translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Test 2SD accuracy</source>
        <translation>Test 2SD-Genauigkeit</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>Test R²</translation>
    </message>
    <message>
        <source>Mean ± SD over the seeds, at each run&apos;s chosen epoch; test figures are read once, for the epoch chosen without them</source>
        <translation>Mittel ± SD über die Startwerte, jeweils in der gewählten Epoche des Laufs; Testkennzahlen werden einmal gelesen, für die ohne sie gewählte Epoche</translation>
    </message>
    <message>
        <source>Draw selected on the curves</source>
        <translation>Auswahl in die Kurven zeichnen</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>No sweep in this project yet: start one with Sweep…</source>
        <translation>Noch kein Sweep in diesem Projekt: Starten Sie einen mit Sweep…</translation>
    </message>
    <message>
        <source>%1 runs: %2 finished, %3 running, %4 pending, %5 interrupted, %6 failed</source>
        <translation>%1 Läufe: %2 fertig, %3 laufen, %4 wartend, %5 unterbrochen, %6 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reported for each run&apos;s chosen epoch, never used to rank or choose</source>
        <translation>Für die gewählte Epoche jedes Laufs angegeben, nie zum Ordnen oder Auswählen verwendet</translation>
    </message>
</context>
<context>
    <name>faultke::gui::ThicknessChart</name>
    <message>
        <source>KE</source>
        <translation>KE</translation>
    </message>
    <message>
        <source>window, trace %1</source>
        <translation>Fenster, Spur %1</translation>
    </message>
    <message>
        <source>range of the windows</source>
        <translation>Bereich der Fenster</translation>
    </message>
    <message>
        <source>reference range (field estimate)</source>
        <translation>Referenzbereich (Feldschätzung)</translation>
    </message>
    <message>
        <source>Input (a column per fault map or fault)</source>
        <translation>Eingabe (eine Spalte je Störungskarte oder Störung)</translation>
    </message>
</context>
<context>
    <name>faultke::gui::TraceLayerDialog</name>
    <message>
        <source>Choose the Fault in %1</source>
        <translation>Störung in %1 wählen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line feature(s), %2)</source>
        <translation>
            <numerusform>%1 (%n Linienobjekt, %2)</numerusform>
            <numerusform>%1 (%n Linienobjekte, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>no coordinate system</source>
        <translation>kein Koordinatensystem</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The ticked features are windowed together as one fault.</source>
        <translation>Die angehakten Objekte werden zusammen als eine Störung in Fenster geschnitten.</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Which features make one fault. Each fault is windowed along its own strike; a fault database lists its faults with their KE on the Faults tab</source>
        <translation>Welche Objekte eine Störung bilden. Jede Störung wird entlang ihres eigenen Streichens in Fenster geteilt; eine Störungsdatenbank listet ihre Störungen mit ihrem KE auf dem Reiter Störungen</translation>
    </message>
    <message>
        <source>Faults:</source>
        <translation>Störungen:</translation>
    </message>
    <message>
        <source>Each ticked feature is a fault of its own, windowed and predicted on its own.</source>
        <translation>Jedes angehakte Objekt ist eine eigene Störung, die für sich in Fenster geteilt und vorhergesagt wird.</translation>
    </message>
    <message>
        <source>The ticked features sharing a value of %1 are one fault.</source>
        <translation>Die angehakten Objekte mit demselben Wert von %1 bilden eine Störung.</translation>
    </message>
    <message>
        <source>The ticked features are one fault</source>
        <translation>Die angehakten Objekte sind eine Störung</translation>
    </message>
    <message>
        <source>Each feature is a fault (a fault database)</source>
        <translation>Jedes Objekt ist eine Störung (eine Störungsdatenbank)</translation>
    </message>
    <message>
        <source>Features sharing a value of %1 are a fault</source>
        <translation>Objekte mit demselben Wert von %1 sind eine Störung</translation>
    </message>
</context>
<context>
    <name>faultke::gui::TraceMapView</name>
    <message>
        <source>Easting (km)</source>
        <translation>Ostwert (km)</translation>
    </message>
    <message>
        <source>Northing (km)</source>
        <translation>Nordwert (km)</translation>
    </message>
    <message>
        <source>KE</source>
        <translation>KE</translation>
    </message>
    <message>
        <source>SD of KE (thicknesses × models)</source>
        <translation>SD der KE (Dicken × Modelle)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>Easting (km; %1)</source>
        <translation>Ostwert (km; %1)</translation>
    </message>
</context>
<context>
    <name>faultke::gui::TrainControlPanel</name>
    <message>
        <source>The run&apos;s folder under experiments/ in the project</source>
        <translation>Der Ordner des Laufs unter experiments/ im Projekt</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Train this many runs with the same parameters and consecutive seeds, one after another (NAME-r1, NAME-r2, ...): the curves show their mean and spread</source>
        <translation>So viele Läufe mit denselben Parametern und aufeinanderfolgenden Startwerten nacheinander trainieren (NAME-r1, NAME-r2, …): die Kurven zeigen ihr Mittel und ihre Streuung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop after the current batch; every completed epoch is kept and the run can be resumed</source>
        <translation>Nach dem laufenden Batch anhalten; jede vollständige Epoche bleibt erhalten, und der Lauf lässt sich fortsetzen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Name the run</source>
        <translation>Benennen Sie den Lauf</translation>
    </message>
    <message>
        <source>Train a new run with these parameters</source>
        <translation>Einen neuen Lauf mit diesen Parametern trainieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1: loading the dataset…</source>
        <translation>%1: Datensatz wird geladen…</translation>
    </message>
    <message>
        <source>%1: epoch %2 of %3 · batch %4 of %5 · %6 samples/s · elapsed %7 · ETA %8%9</source>
        <translation>%1: Epoche %2 von %3 · Batch %4 von %5 · %6 Proben/s · vergangen %7 · Rest %8%9</translation>
    </message>
</context>
<context>
    <name>faultke::gui::TrainPage</name>
    <message>
        <source>Click an epoch to make it the run&apos;s best: Evaluate and Predict use the best epoch</source>
        <translation>Klicken Sie eine Epoche an, um sie zur besten des Laufs zu machen: Auswertung und Vorhersage nutzen die beste Epoche</translation>
    </message>
    <message>
        <source>Automatic best epoch</source>
        <translation>Beste Epoche automatisch</translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>%1 is still training. Stop it? Every completed epoch is kept, and the run can be resumed later.</source>
        <translation>%1 trainiert noch. Anhalten? Jede vollständige Epoche bleibt erhalten, und der Lauf lässt sich später fortsetzen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 stopped; its completed epochs are kept.</source>
        <translation>%1 angehalten; seine vollständigen Epochen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 fertig.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>No dataset yet: prepare one on the Data page.</source>
        <translation>Noch kein Datensatz: Bereiten Sie einen auf der Seite Daten vor.</translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation>Datensatz wird gelesen…</translation>
    </message>
    <message>
        <source>Dataset: %L1 train, %L2 eval, %L3 test samples</source>
        <translation>Datensatz: %L1 Training, %L2 Validierung, %L3 Test</translation>
    </message>
    <message>
        <source>The dataset cannot be read: %1</source>
        <translation>Der Datensatz ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Öffnen Sie ein Projekt</translation>
    </message>
    <message>
        <source>Prepare the dataset on the Data page first</source>
        <translation>Bereiten Sie zuerst den Datensatz auf der Seite Daten vor</translation>
    </message>
    <message>
        <source>A run named %1 exists already: choose another name.</source>
        <translation>Einen Lauf namens %1 gibt es schon: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is training: choose its best epoch once it has ended.</source>
        <translation>%1 trainiert: Wählen Sie seine beste Epoche, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Epoch %1 is now the best epoch of %2</source>
        <translation>Epoche %1 ist jetzt die beste Epoche von %2</translation>
    </message>
    <message>
        <source>%1 (Keras)</source>
        <translation>%1 (Keras)</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1 holds no epochs</source>
        <translation>%1 enthält keine Epochen</translation>
    </message>
    <message>
        <source>Exported the plots and the epoch table to %1</source>
        <translation>Diagramme und Epochentabelle nach %1 exportiert</translation>
    </message>
    <message>
        <source>Could not write every file into %1</source>
        <translation>Nicht jede Datei ließ sich in %1 schreiben</translation>
    </message>
    <message>
        <source>Let the preset&apos;s rule choose the best epoch again (steady: the last epoch; original: the highest eval 2SD accuracy)</source>
        <translation>Die Regel des Rezepts wählt die beste Epoche wieder (Ruhig: die letzte Epoche; Original: die höchste Eval-2SD-Genauigkeit)</translation>
    </message>
    <message>
        <source>Dataset out of date: %1; prepare it again on the Data page. The file still holds %L2 train, %L3 eval, %L4 test samples.</source>
        <translation>Datensatz veraltet: %1; bereiten Sie ihn auf der Seite Daten neu vor. Die Datei enthält noch %L2 Trainings-, %L3 Validierungs- und %L4 Testproben.</translation>
    </message>
    <message>
        <source>Dataset Out of Date</source>
        <translation>Datensatz veraltet</translation>
    </message>
    <message>
        <source>The dataset file no longer matches the project&apos;s settings: %1.

Prepare it again, or train on the old file as it is?</source>
        <translation>Die Datensatzdatei passt nicht mehr zu den Einstellungen des Projekts: %1.

Jetzt neu vorbereiten oder mit der alten Datei trainieren, wie sie ist?</translation>
    </message>
    <message>
        <source>Prepare Now</source>
        <translation>Jetzt vorbereiten</translation>
    </message>
    <message>
        <source>Train on the Old File</source>
        <translation>Mit der alten Datei trainieren</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Train the network on the prepared dataset</source>
        <translation>Das Netz auf dem vorbereiteten Datensatz trainieren</translation>
    </message>
</context>
<context>
    <name>faultke::gui::TrainingSession</name>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
</context>
<context>
    <name>faultke::gui::Translations</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FaultKE: kinematic efficiency of strike-slip faults from fault maps.</source>
        <translation>FaultKE: kinematische Effizienz von Blattverschiebungen aus Störungskarten.</translation>
    </message>
    <message>
        <source>Project folder (or its project.json) to open.</source>
        <translation>Zu öffnender Projektordner (oder seine project.json).</translation>
    </message>
    <message>
        <source>Page to show: data, train, evaluate or predict.</source>
        <translation>Anzuzeigende Seite: data, train, evaluate oder predict.</translation>
    </message>
</context>
</TS>
