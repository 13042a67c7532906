#include "gui/train/ParamsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/model/NetworkSummary.h"
#include "core/model/Run.h"

namespace faultke::gui {

namespace {

QString number(double v) { return QString::number(v, 'g', 6); }

}  // namespace

ParamsForm::ParamsForm(QWidget* parent) : QWidget(parent) {
    const TrainParams o;  // the original's values, for the tooltips
    auto spin = [this](int lo, int hi, const QString& tip) {
        auto* s = new QSpinBox;
        s->setRange(lo, hi);
        s->setToolTip(tip);
        connect(s, QOverload<int>::of(&QSpinBox::valueChanged), this, &ParamsForm::validate);
        return s;
    };
    auto real = [this](double lo, double hi, double step, int decimals, const QString& tip) {
        auto* s = new QDoubleSpinBox;
        s->setRange(lo, hi);
        s->setSingleStep(step);
        s->setDecimals(decimals);
        s->setToolTip(tip);
        connect(s, QOverload<double>::of(&QDoubleSpinBox::valueChanged), this, &ParamsForm::validate);
        return s;
    };
    auto check = [this](const QString& text, const QString& tip) {
        auto* c = new QCheckBox(text);
        c->setToolTip(tip);
        connect(c, &QCheckBox::toggled, this, &ParamsForm::validate);
        return c;
    };
    auto edit = [this](const QString& tip) {
        auto* e = new QLineEdit;
        e->setToolTip(tip);
        connect(e, &QLineEdit::textChanged, this, &ParamsForm::validate);
        return e;
    };
    auto combo = [this](const QStringList& items, const QString& tip) {
        auto* c = new QComboBox;
        c->addItems(items);
        c->setToolTip(tip);
        connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ParamsForm::validate);
        return c;
    };

    learningRate_ = edit(tr("Adam's step size, > 0 (learning_rate). The original: %1").arg(number(o.learningRate)));
    batch_ = spin(1, 65536, tr("Windows per training step (batch_size). The original: %1").arg(o.batchSize));
    epochs_ = spin(1, 100000, tr("Passes over the training windows (num_epochs). The original: %1").arg(o.numEpochs));
    adamEpsilon_ = edit(tr("Adam's epsilon, > 0. The original (Keras): %1").arg(number(o.adamEpsilon)));
    beta1_ = real(0, 0.9999, 0.01, 4, tr("Adam's beta 1, in [0, 1). The original: %1").arg(o.adamBeta1));
    beta2_ = real(0, 0.9999, 0.001, 4, tr("Adam's beta 2, in [0, 1). The original: %1").arg(o.adamBeta2));

    channels_ = spin(1, 256,
                     tr("Filters of the first block; each further block doubles them (num_channels). The original: %1")
                         .arg(o.network.baseChannels));
    blocks_ = spin(
        1, 5, tr("Convolution blocks, each halving the window (num_blocks). The original: %1").arg(o.network.blocks));
    dilation_ = spin(1, 8, tr("Dilation of each block's second convolution. The original: %1").arg(o.network.dilation));
    batchNorm_ =
        check(tr("Batch normalisation"), tr("Normalise each block's output (use_batch_norm). The original: on"));
    bnMomentum_ = real(0, 0.9999, 0.05, 4,
                       tr("Keras-style momentum of the batch-norm running statistics, in [0, 1). The original: %1")
                           .arg(o.network.bnMomentum));
    dropout_ = real(0, 0.95, 0.05, 2,
                    tr("Share of dense units dropped while training. The original: %1").arg(o.network.dropout));
    denseWidth_ = spin(0, 4096, tr("Units of the dense layer; 0: the original's choice, twice num_channels"));
    denseWidth_->setSpecialValueText(tr("original (2 × channels)"));

    augment_ =
        check(tr("Augment training windows"),
              tr("Random zoom, shift and flips of each training window, drawn anew each epoch. The original: on"));
    zoom_ = real(
        0, 0.99, 0.01, 3,
        tr("Zoom rows and columns by up to ± this share, in [0, 1). The original: %1").arg(o.augmentation.zoomRange));
    shiftRows_ =
        real(0, 1, 0.05, 3,
             tr("Shift up or down by up to this share of the height. The original: %1").arg(o.augmentation.shiftRows));
    shiftCols_ = real(
        0, 1, 0.05, 3,
        tr("Shift left or right by up to this share of the width. The original: %1").arg(o.augmentation.shiftCols));
    flips_ = check(tr("Random flips"),
                   tr("Flip windows up-down and left-right at random (use_random_flip). The original: on"));

    loss_ = combo({QStringLiteral("original"), QStringLiteral("per-sample")},
                  tr("original: what the original code computes (batch MSE times the batch mean of 1/(SD² + 1e-5));\n"
                     "per-sample: the paper's Eq. 1, mean((KE − prediction)² / (SD² + 1e-5)). The original: original"));
    labelPrecision_ = combo({QStringLiteral("two_decimals"), QStringLiteral("full")},
                            tr("Train on KE and SD rounded to two decimals, as the original's file names stored them, "
                               "or at full precision. The original: two_decimals"));
    seed_ = spin(0, 2147483647,
                 tr("Seed of the initial weights, shuffling, augmentation and dropout: the same seed "
                    "and data give the same run on the CPU"));
    earlyStopping_ = check(tr("Stop early"), tr("Stop when the metric has not improved for `patience` epochs. "
                                                "The original: off"));
    QStringList metrics;
    for (const std::string& c : historyColumns())
        if (c.rfind("eval_", 0) == 0 || c.rfind("train_", 0) == 0) metrics << QString::fromStdString(c);
    earlyMetric_ = combo(metrics, tr("The history column early stopping watches"));
    patience_ = spin(1, 10000, tr("Epochs without improvement before stopping"));
    bestRule_ = combo({QStringLiteral("max-eval-accuracy"), QStringLiteral("min-eval-loss"),
                       QStringLiteral("last-epoch"), QStringLiteral("user")},
                      tr("Which epoch is the run's result: the highest eval 2SD accuracy (ties: lower eval loss), "
                         "the lowest eval loss, the last epoch (the weight average at the end of the schedule), "
                         "or the epoch you name. Evaluate and Predict use it"));
    bestEpoch_ = spin(0, 100000, tr("The epoch the rule \"user\" takes"));
    // The recipe: a preset, and the keys in which the presets differ.
    preset_ = new QComboBox;
    preset_->setObjectName("presetBox");
    preset_->addItem(tr("Steady (FaultKE's default)"), QStringLiteral("steady"));
    preset_->addItem(tr("Original (the published recipe)"), QStringLiteral("original"));
    preset_->setToolTip(
        tr("Steady learns at least as well as the original and swings less from epoch to epoch "
           "(docs/training.md). Choosing one sets the fields below; the other fields stay"));
    connect(preset_, QOverload<int>::of(&QComboBox::activated), this, [this] {
        TrainParams p = params();
        p.adoptRecipe(preset_->currentData().toString() == "steady" ? Preset::Steady : Preset::Original);
        setParams(p);
    });
    init_ = combo({QStringLiteral("keras"), QStringLiteral("torch")},
                  tr("How the weights start: Keras' Glorot-uniform kernels and zero biases, or libtorch's "
                     "defaults. The original: keras"));
    schedule_ = combo({QStringLiteral("constant"), QStringLiteral("warmup_cosine")},
                      tr("The learning rate over training: constant, or a linear warm-up followed by a cosine "
                         "decay to 0. The original: constant"));
    warmup_ = real(0, 1000, 1, 1, tr("Epochs of linear warm-up before the cosine decay"));
    bnRecalibration_ = check(tr("Recompute batch-norm statistics each epoch"),
                             tr("At the end of every epoch, the batch-norm statistics are computed again over the "
                                "training windows as evaluation sees them (no augmentation, dropout off). The "
                                "original: off"));
    sdFloor_ = real(0, 0.99, 0.01, 3,
                    tr("SD labels below this count as it in the training loss, so windows of almost constant KE "
                       "do not dominate its 1/SD² weight (0: off, the original)"));
    ema_ = real(0, 1000, 0.5, 1,
                tr("Evaluation, checkpoints and predictions use a moving average of the weights over about this "
                   "many epochs, instead of the weights after the last batch (0: off, the original)"));
    startAtMeanKe_ = check(tr("Start the output at the mean KE"),
                           tr("The output layer starts with zero weights and the mean KE of the training windows as "
                              "its bias, so no window starts where the output ReLU is flat and teaches nothing. The "
                              "original: off"));
    presetState_ = new QLabel;
    presetState_->setObjectName("presetState");
    presetState_->setWordWrap(true);

    device_ = new QComboBox;
    device_->addItem(tr("Automatic (GPU when available)"), QStringLiteral("auto"));
    device_->addItem(tr("CPU"), QStringLiteral("cpu"));
    device_->addItem(cudaAvailable() ? tr("CUDA GPU") : tr("CUDA GPU (not available)"), QStringLiteral("cuda"));
    device_->setToolTip(tr("Where the network trains"));
    connect(device_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ParamsForm::validate);

    auto group = [](const QString& title) {
        auto* box = new QGroupBox(title);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return std::make_pair(box, form);
    };
    auto [recipeBox, recipe] = group(tr("Recipe"));
    recipe->addRow(tr("Preset"), preset_);
    recipe->addRow(presetState_);
    recipe->addRow(tr("Initial weights"), init_);
    recipe->addRow(tr("Learning rate schedule"), schedule_);
    recipe->addRow(tr("Warm-up epochs"), warmup_);
    recipe->addRow(bnRecalibration_);
    recipe->addRow(tr("SD floor"), sdFloor_);
    recipe->addRow(tr("Weight average (epochs)"), ema_);
    recipe->addRow(startAtMeanKe_);
    // The preset sets which epoch is the run's result, so the rule is shown with the recipe.
    recipe->addRow(tr("Best epoch"), bestRule_);
    recipe->addRow(tr("User's epoch"), bestEpoch_);
    auto [optBox, opt] = group(tr("Optimisation"));
    opt->addRow(tr("Learning rate"), learningRate_);
    opt->addRow(tr("Batch size"), batch_);
    opt->addRow(tr("Epochs"), epochs_);
    opt->addRow(tr("Adam ε"), adamEpsilon_);
    opt->addRow(tr("Adam β₁"), beta1_);
    opt->addRow(tr("Adam β₂"), beta2_);
    auto [netBox, net] = group(tr("Network"));
    net->addRow(tr("Channels"), channels_);
    net->addRow(tr("Blocks"), blocks_);
    net->addRow(tr("Dilation"), dilation_);
    net->addRow(batchNorm_);
    net->addRow(tr("BN momentum"), bnMomentum_);
    net->addRow(tr("Dropout"), dropout_);
    net->addRow(tr("Dense units"), denseWidth_);
    parameterCount_ = new QLabel;
    parameterCount_->setObjectName("parameterCount");
    net->addRow(parameterCount_);
    auto [augBox, aug] = group(tr("Augmentation"));
    aug->addRow(augment_);
    aug->addRow(tr("Zoom"), zoom_);
    aug->addRow(tr("Shift rows"), shiftRows_);
    aug->addRow(tr("Shift columns"), shiftCols_);
    aug->addRow(flips_);
    auto [lossBox, lossForm] = group(tr("Loss and labels"));
    lossForm->addRow(tr("Loss"), loss_);
    lossForm->addRow(tr("Labels"), labelPrecision_);
    auto [runBox, runForm] = group(tr("Device and seed"));
    runForm->addRow(tr("Device"), device_);
    runForm->addRow(tr("Seed"), seed_);
    auto [stopBox, stopForm] = group(tr("Early stopping"));
    stopForm->addRow(earlyStopping_);
    stopForm->addRow(tr("Metric"), earlyMetric_);
    stopForm->addRow(tr("Patience"), patience_);

    errorLabel_ = new QLabel;
    errorLabel_->setObjectName("paramsError");
    errorLabel_->setWordWrap(true);
    errorLabel_->setStyleSheet("color: #b41414;");
    auto* load = new QPushButton(tr("Load…"));
    load->setToolTip(tr("Read a params.json: the original's, or one FaultKE wrote into a run"));
    auto* save = new QPushButton(tr("Save…"));
    auto* reset = new QPushButton(tr("Original"));
    reset->setObjectName("resetParamsButton");
    reset->setToolTip(tr("Reset every field to the original's values and recipe"));
    connect(load, &QPushButton::clicked, this, &ParamsForm::loadDialog);
    connect(save, &QPushButton::clicked, this, &ParamsForm::saveDialog);
    connect(reset, &QPushButton::clicked, this, &ParamsForm::resetToOriginal);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addWidget(reset);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(errorLabel_);
    for (QGroupBox* box : {recipeBox, optBox, netBox, augBox, lossBox, runBox, stopBox}) layout->addWidget(box);
    layout->addStretch();
    setParams(TrainParams::defaults());
}

void ParamsForm::setParams(const TrainParams& p) {
    loaded_ = p;
    {
        // One validate() after all fields are set, not one per field.
        std::vector<std::unique_ptr<QSignalBlocker>> blockers;
        for (QWidget* w : findChildren<QWidget*>()) blockers.push_back(std::make_unique<QSignalBlocker>(w));
        learningRate_->setText(number(p.learningRate));
        batch_->setValue(p.batchSize);
        epochs_->setValue(p.numEpochs);
        adamEpsilon_->setText(number(p.adamEpsilon));
        beta1_->setValue(p.adamBeta1);
        beta2_->setValue(p.adamBeta2);
        channels_->setValue(p.network.baseChannels);
        blocks_->setValue(p.network.blocks);
        dilation_->setValue(p.network.dilation);
        batchNorm_->setChecked(p.network.batchNorm);
        bnMomentum_->setValue(p.network.bnMomentum);
        dropout_->setValue(p.network.dropout);
        denseWidth_->setValue(p.network.denseWidth);
        augment_->setChecked(p.augmentation.enabled);
        zoom_->setValue(p.augmentation.zoomRange);
        shiftRows_->setValue(p.augmentation.shiftRows);
        shiftCols_->setValue(p.augmentation.shiftCols);
        flips_->setChecked(p.augmentation.flipVertical || p.augmentation.flipHorizontal);
        loss_->setCurrentText(QString::fromLatin1(lossKindName(p.loss)));
        labelPrecision_->setCurrentIndex(p.labelPrecision == LabelPrecision::Full ? 1 : 0);
        seed_->setValue(static_cast<int>(std::min<uint64_t>(p.seed, 2147483647u)));
        earlyStopping_->setChecked(p.earlyStopping.enabled);
        earlyMetric_->setCurrentText(QString::fromStdString(p.earlyStopping.metric));
        patience_->setValue(p.earlyStopping.patience);
        bestRule_->setCurrentText(QString::fromLatin1(bestEpochRuleName(p.bestEpochRule)));
        bestEpoch_->setValue(p.bestEpoch);
        preset_->setCurrentIndex(p.preset == Preset::Steady ? 0 : 1);
        init_->setCurrentIndex(p.init == WeightInit::Torch ? 1 : 0);
        schedule_->setCurrentIndex(p.learningRateSchedule == LearningRateSchedule::WarmupCosine ? 1 : 0);
        warmup_->setValue(p.warmupEpochs);
        bnRecalibration_->setChecked(p.bnRecalibration);
        sdFloor_->setValue(p.sdFloor);
        ema_->setValue(p.emaEpochs);
        startAtMeanKe_->setChecked(p.startAtMeanKe);
    }
    validate();
}

TrainParams ParamsForm::params() const {
    TrainParams p = loaded_;
    bool ok = false;
    p.learningRate = QLocale::c().toDouble(learningRate_->text().trimmed(), &ok);
    if (!ok) p.learningRate = -1;  // validate() names it
    p.adamEpsilon = QLocale::c().toDouble(adamEpsilon_->text().trimmed(), &ok);
    if (!ok) p.adamEpsilon = -1;
    p.batchSize = batch_->value();
    p.numEpochs = epochs_->value();
    p.adamBeta1 = beta1_->value();
    p.adamBeta2 = beta2_->value();
    p.network.baseChannels = channels_->value();
    p.network.blocks = blocks_->value();
    p.network.dilation = dilation_->value();
    p.network.batchNorm = batchNorm_->isChecked();
    p.network.bnMomentum = bnMomentum_->value();
    p.network.dropout = dropout_->value();
    p.network.denseWidth = denseWidth_->value();
    p.augmentation.enabled = augment_->isChecked();
    p.augmentation.zoomRange = zoom_->value();
    p.augmentation.shiftRows = shiftRows_->value();
    p.augmentation.shiftCols = shiftCols_->value();
    p.augmentation.flipVertical = p.augmentation.flipHorizontal = flips_->isChecked();
    p.loss = loss_->currentIndex() == 1 ? LossKind::PerSample : LossKind::Original;
    p.labelPrecision = labelPrecision_->currentIndex() == 1 ? LabelPrecision::Full : LabelPrecision::TwoDecimals;
    p.seed = static_cast<uint64_t>(seed_->value());
    p.earlyStopping.enabled = earlyStopping_->isChecked();
    p.earlyStopping.metric = earlyMetric_->currentText().toStdString();
    p.earlyStopping.patience = patience_->value();
    const BestEpochRule rules[] = {BestEpochRule::MaxEvalAccuracy, BestEpochRule::MinEvalLoss, BestEpochRule::LastEpoch,
                                   BestEpochRule::User};
    p.bestEpochRule = rules[std::clamp(bestRule_->currentIndex(), 0, 3)];
    p.bestEpoch = bestEpoch_->value();
    p.preset = preset_->currentIndex() == 0 ? Preset::Steady : Preset::Original;
    p.init = init_->currentIndex() == 1 ? WeightInit::Torch : WeightInit::Keras;
    p.learningRateSchedule =
        schedule_->currentIndex() == 1 ? LearningRateSchedule::WarmupCosine : LearningRateSchedule::Constant;
    p.warmupEpochs = warmup_->value();
    p.bnRecalibration = bnRecalibration_->isChecked();
    p.sdFloor = sdFloor_->value();
    p.emaEpochs = ema_->value();
    p.startAtMeanKe = startAtMeanKe_->isChecked();
    return p;
}

DeviceChoice ParamsForm::device() const {
    const QString choice = device_->currentData().toString();
    return choice == QLatin1String("cpu") ? DeviceChoice::Cpu
                                          : (choice == QLatin1String("cuda") ? DeviceChoice::Cuda : DeviceChoice::Auto);
}

void ParamsForm::validate() {
    const TrainParams p = params();
    error_.clear();
    bool ok = false;
    QLocale::c().toDouble(learningRate_->text().trimmed(), &ok);
    if (!ok) error_ = tr("Learning rate: '%1' is not a number").arg(learningRate_->text());
    QLocale::c().toDouble(adamEpsilon_->text().trimmed(), &ok);
    if (error_.isEmpty() && !ok) error_ = tr("Adam ε: '%1' is not a number").arg(adamEpsilon_->text());
    if (error_.isEmpty()) {
        try {
            p.validate();
        } catch (const std::exception& e) {
            error_ = QString::fromStdString(e.what());
        }
    }
    try {
        const NetworkSummary net = summarizeNetwork(p.network);
        parameterCount_->setText(tr("%L1 trainable parameters").arg(net.trainableParameters));
    } catch (const std::exception& e) {
        parameterCount_->setText({});
        if (error_.isEmpty()) error_ = tr("Network: %1").arg(QString::fromStdString(e.what()));
    }
    for (QWidget* w : {static_cast<QWidget*>(zoom_), static_cast<QWidget*>(shiftRows_),
                       static_cast<QWidget*>(shiftCols_), static_cast<QWidget*>(flips_)})
        w->setEnabled(augment_->isChecked());
    bnMomentum_->setEnabled(batchNorm_->isChecked());
    earlyMetric_->setEnabled(earlyStopping_->isChecked());
    patience_->setEnabled(earlyStopping_->isChecked());
    bestEpoch_->setEnabled(bestRule_->currentText() == QLatin1String("user"));
    warmup_->setEnabled(schedule_->currentIndex() == 1);
    // Which recipe is in force, in words.
    const bool steady = p.preset == Preset::Steady;
    presetState_->setText(p.recipeIs(p.preset)
                              ? (steady ? tr("In force: the steady recipe.") : tr("In force: the original recipe."))
                              : (steady ? tr("In force: the steady recipe, changed below.")
                                        : tr("In force: the original recipe, changed below.")));
    errorLabel_->setText(error_);
    errorLabel_->setVisible(!error_.isEmpty());
    emit changed();
}

void ParamsForm::resetToOriginal() { setParams(TrainParams::forPreset(Preset::Original)); }

bool ParamsForm::loadFile(const QString& path) {
    try {
        setParams(TrainParams::load(path.toStdString()));
        return true;
    } catch (const std::exception& e) {
        errorLabel_->setText(QString::fromStdString(e.what()));
        errorLabel_->setVisible(true);
        return false;
    }
}

bool ParamsForm::saveFile(const QString& path) {
    try {
        params().save(path.toStdString());
        return true;
    } catch (const std::exception& e) {
        errorLabel_->setText(QString::fromStdString(e.what()));
        errorLabel_->setVisible(true);
        return false;
    }
}

void ParamsForm::loadDialog() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Load Parameters"), folder_, tr("Parameters (*.json);;All files (*)"));
    if (!file.isEmpty()) loadFile(file);
}

void ParamsForm::saveDialog() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save Parameters"), folder_ + "/params.json", tr("Parameters (*.json)"));
    if (!file.isEmpty()) saveFile(file);
}

}  // namespace faultke::gui
