#include "core/model/TrainParamTable.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <tuple>
#include <type_traits>
#include <utility>

#include "core/model/Run.h"
#include "core/util/Error.h"

// The table's words are English; the GUI translates them, and lupdate finds them by this macro.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace faultke {

using nlohmann::json;

namespace {

constexpr double kIntMax = std::numeric_limits<int>::max();

std::string formatNumber(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

// Builders of the common entries: `member` reads and writes one field of TrainParams.
template <typename Member>
TrainParamSpec number(const char* key, const char* group, const char* label, double min, double max, Member member,
                      const char* help) {
    TrainParamSpec s;
    s.key = key;
    s.group = group;
    s.label = label;
    s.type = ParamType::Number;
    s.min = min;
    s.max = max;
    s.help = help;
    s.get = [member](const TrainParams& p) { return json(double(member(const_cast<TrainParams&>(p)))); };
    s.set = [member](TrainParams& p, const json& v) { member(p) = v.get<double>(); };
    return s;
}

template <typename Member>
TrainParamSpec integer(const char* key, const char* group, const char* label, double min, double max, Member member,
                       const char* help) {
    TrainParamSpec s = number(key, group, label, min, max, member, help);
    s.type = ParamType::Integer;
    s.get = [member](const TrainParams& p) { return json(member(const_cast<TrainParams&>(p))); };
    s.set = [member](TrainParams& p, const json& v) {
        using T = std::remove_reference_t<decltype(member(p))>;
        // 64.0 is a whole number written as a float.
        member(p) = v.is_number_float() ? T(v.get<double>()) : v.get<T>();
    };
    return s;
}

template <typename Member>
TrainParamSpec flag(const char* key, const char* group, const char* label, Member member, const char* help) {
    TrainParamSpec s;
    s.key = key;
    s.group = group;
    s.label = label;
    s.type = ParamType::Flag;
    s.help = help;
    s.get = [member](const TrainParams& p) { return json(bool(member(const_cast<TrainParams&>(p)))); };
    s.set = [member](TrainParams& p, const json& v) { member(p) = v.get<bool>(); };
    return s;
}

// A choice: of an enum's values (`choices` in the enum's order), or of strings.
template <typename Member>
TrainParamSpec choice(const char* key, const char* group, const char* label, std::vector<ParamChoice> choices,
                      Member member, const char* help) {
    TrainParamSpec s;
    s.key = key;
    s.group = group;
    s.label = label;
    s.type = ParamType::Choice;
    s.choices = choices;
    s.help = help;
    using T = std::remove_reference_t<decltype(member(std::declval<TrainParams&>()))>;
    if constexpr (std::is_same_v<T, std::string>) {
        s.get = [member](const TrainParams& p) { return json(member(const_cast<TrainParams&>(p))); };
        s.set = [member](TrainParams& p, const json& v) { member(p) = v.get<std::string>(); };
    } else {
        s.get = [member, choices](const TrainParams& p) {
            return json(choices[size_t(member(const_cast<TrainParams&>(p)))].value);
        };
        s.set = [member, choices](TrainParams& p, const json& v) {
            for (size_t i = 0; i < choices.size(); ++i)
                if (choices[i].value == v.get<std::string>()) member(p) = T(i);
        };
    }
    return s;
}

TrainParamSpec& activeWhen(TrainParamSpec& s, const char* key, json value) {
    s.activeWhen = {key, std::move(value)};
    return s;
}

std::vector<TrainParamSpec> makeTable() {
    const char* const recipe = QT_TRANSLATE_NOOP("faultke::TrainParameters", "Recipe");
    const char* const optimisation = QT_TRANSLATE_NOOP("faultke::TrainParameters", "Optimisation");
    const char* const network = QT_TRANSLATE_NOOP("faultke::TrainParameters", "Network");
    const char* const augmentation = QT_TRANSLATE_NOOP("faultke::TrainParameters", "Augmentation");
    const char* const loss = QT_TRANSLATE_NOOP("faultke::TrainParameters", "Loss and labels");
    const char* const seed = QT_TRANSLATE_NOOP("faultke::TrainParameters", "Device and seed");
    const char* const stopping = QT_TRANSLATE_NOOP("faultke::TrainParameters", "Early stopping");
    const char* const start = QT_TRANSLATE_NOOP("faultke::TrainParameters", "Starting point");
    std::vector<TrainParamSpec> t;
    auto add = [&t](TrainParamSpec s) -> TrainParamSpec& { return t.emplace_back(std::move(s)); };

    // The original's keys first, in its order (use_random_flip among the augmentation's).
    TrainParamSpec& rate = add(number(
        "learning_rate", optimisation, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Learning rate"), 0, 10,
        [](TrainParams& p) -> double& { return p.learningRate; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "Adam's step size. Above 10 Adam only diverges")));
    rate.minExcluded = true;
    rate.typed = true;
    rate.sweepable = true;
    add(integer(
            "batch_size", optimisation, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Batch size"), 1, 65536,
            [](TrainParams& p) -> int& { return p.batchSize; },
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Windows per training step")))
        .sweepable = true;
    add(integer(
            "num_epochs", optimisation, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Epochs"), 1, 100000,
            [](TrainParams& p) -> int& { return p.numEpochs; },
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Passes over the training windows")))
        .sweepable = true;
    add(integer(
            "num_channels", network, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Channels"), 1, 256,
            [](TrainParams& p) -> int& { return p.network.baseChannels; },
            QT_TRANSLATE_NOOP("faultke::TrainParameters",
                              "Filters of the first block; each further block doubles them")))
        .sweepable = true;
    add(flag(
            "use_batch_norm", network, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Batch normalisation"),
            [](TrainParams& p) -> bool& { return p.network.batchNorm; },
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Normalise each block's output")))
        .sweepable = true;
    TrainParamSpec& momentum = add(number(
        "bn_momentum", network, QT_TRANSLATE_NOOP("faultke::TrainParameters", "BN momentum"), 0, 1,
        [](TrainParams& p) -> double& { return p.network.bnMomentum; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters",
                          "Keras-style momentum of the batch-norm running statistics: running = momentum × running + "
                          "(1 − momentum) × batch")));
    // 1 freezes the running statistics (Keras' sense): a value some runs use.
    momentum.step = 0.05;
    momentum.decimals = 4;
    momentum.sweepable = true;
    activeWhen(momentum, "use_batch_norm", true);
    // Kept for the original's files; nothing reads them.
    add(integer(
        "num_parallel_calls", "", "", -1, kIntMax, [](TrainParams& p) -> int& { return p.numParallelCalls; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "The original's input pipeline threads; kept, unused")));
    add(integer(
        "save_summary_steps", "", "", 0, kIntMax, [](TrainParams& p) -> int& { return p.saveSummarySteps; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "The original's summary interval; kept, unused")));

    // FaultKE's keys.
    TrainParamSpec& preset = add(choice(
        "preset", recipe, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Preset"),
        {{"original", QT_TRANSLATE_NOOP("faultke::TrainParameters", "Original (the published recipe)")},
         {"steady", QT_TRANSLATE_NOOP("faultke::TrainParameters", "Steady (FaultKE's default)")},
         {"fine-tune", QT_TRANSLATE_NOOP("faultke::TrainParameters", "Fine-tune (from a trained model)")}},
        [](TrainParams& p) -> Preset& { return p.preset; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters",
                          "The recipe the keys it sets start from: steady learns at least as well "
                          "as the original and swings less from epoch to epoch "
                          "(docs/training.md); fine-tune is steady with a fifth of the learning rate "
                          "and 20 epochs, for a run that starts from a trained model. Read before "
                          "the other keys")));
    preset.recipe = true;
    add(choice(
            "loss", loss, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Loss"), {{"original", ""}, {"per-sample", ""}},
            [](TrainParams& p) -> LossKind& { return p.loss; },
            QT_TRANSLATE_NOOP(
                "faultke::TrainParameters",
                "original: what the original code computes (batch MSE times the batch mean of 1/(SD² + 1e-5)); "
                "per-sample: the paper's Eq. 1, mean((KE − prediction)² / (SD² + 1e-5))")))
        .sweepable = true;
    TrainParamSpec& epsilon = add(number(
        "adam_epsilon", optimisation, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Adam ε"), 0, 1,
        [](TrainParams& p) -> double& { return p.adamEpsilon; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "Adam's epsilon (torch's is 1e-8)")));
    epsilon.minExcluded = true;
    epsilon.typed = true;
    epsilon.sweepable = true;
    for (auto [key, label, member] : {std::tuple{"adam_beta1", QT_TRANSLATE_NOOP("faultke::TrainParameters", "Adam β₁"),
                                                 +[](TrainParams& p) -> double& { return p.adamBeta1; }},
                                      std::tuple{"adam_beta2", QT_TRANSLATE_NOOP("faultke::TrainParameters", "Adam β₂"),
                                                 +[](TrainParams& p) -> double& { return p.adamBeta2; }}}) {
        TrainParamSpec& beta =
            add(number(key, optimisation, label, 0, 1, member,
                       QT_TRANSLATE_NOOP("faultke::TrainParameters", "Adam's decay rate of its moment estimate")));
        beta.maxExcluded = true;
        beta.step = 0.01;
        beta.decimals = 4;
    }
    TrainParamSpec& dropout = add(number(
        "dropout", network, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Dropout"), 0, 0.95,
        [](TrainParams& p) -> double& { return p.network.dropout; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "Share of dense units dropped while training")));
    dropout.step = 0.05;
    dropout.decimals = 2;
    dropout.recipe = true;
    dropout.sweepable = true;
    TrainParamSpec& dense = add(integer(
        "dense_width", network, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Dense units"), 0, 4096,
        [](TrainParams& p) -> int& { return p.network.denseWidth; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "Units of the dense layer")));
    dense.zeroMeans = QT_TRANSLATE_NOOP("faultke::TrainParameters", "original (2 × channels)");
    dense.sweepable = true;
    TrainParamSpec& denseRelu = add(flag(
        "dense_relu", network, QT_TRANSLATE_NOOP("faultke::TrainParameters", "ReLU after the dense layer"),
        [](TrainParams& p) -> bool& { return p.network.denseRelu; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters",
                          "A ReLU between the dense layer (and its batch norm) and the output; the original "
                          "has none, so it reads a window as the sum of what its parts add. A run from a "
                          "trained model keeps its model's setting")));
    denseRelu.sweepable = true;
    activeWhen(denseRelu, "start_from", "");
    add(integer(
            "num_blocks", network, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Blocks"), 1, 6,
            [](TrainParams& p) -> int& { return p.network.blocks; },
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Convolution blocks, each halving the window")))
        .sweepable = true;
    add(integer(
            "dilation", network, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Dilation"), 1, 8,
            [](TrainParams& p) -> int& { return p.network.dilation; },
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Dilation of each block's second convolution")))
        .sweepable = true;
    add(flag(
        "augment", augmentation, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Augment training windows"),
        [](TrainParams& p) -> bool& { return p.augmentation.enabled; },
        QT_TRANSLATE_NOOP(
            "faultke::TrainParameters",
            "Random zoom, shift, flips and thickness changes of each training window, drawn anew each epoch")));
    TrainParamSpec& zoom = add(number(
        "zoom_range", augmentation, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Zoom"), 0, 1,
        [](TrainParams& p) -> double& { return p.augmentation.zoomRange; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "Zoom rows and columns by up to ± this share")));
    zoom.maxExcluded = true;
    zoom.step = 0.01;
    zoom.decimals = 3;
    zoom.sweepable = true;
    activeWhen(zoom, "augment", true);
    TrainParamSpec& thickness = add(integer(
        "thickness_range", augmentation, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Thickness change (rows)"), 0, 3,
        [](TrainParams& p) -> int& { return p.augmentation.thicknessSteps; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters",
                          "Traces grow or shrink by up to this many rows, so a mapped trace's width says nothing "
                          "about its slip")));
    thickness.sweepable = true;
    activeWhen(thickness, "augment", true);
    for (auto [key, label, help, member] :
         {std::tuple{
              "shift_range.rows", QT_TRANSLATE_NOOP("faultke::TrainParameters", "Shift rows"),
              QT_TRANSLATE_NOOP("faultke::TrainParameters", "Shift up or down by up to this share of the height"),
              +[](TrainParams& p) -> double& { return p.augmentation.shiftRows; }},
          std::tuple{
              "shift_range.cols", QT_TRANSLATE_NOOP("faultke::TrainParameters", "Shift columns"),
              QT_TRANSLATE_NOOP("faultke::TrainParameters", "Shift left or right by up to this share of the width"),
              +[](TrainParams& p) -> double& { return p.augmentation.shiftCols; }}}) {
        TrainParamSpec& shift = add(number(key, augmentation, label, 0, 1, member, help));
        shift.step = 0.05;
        shift.decimals = 3;
        shift.sweepable = true;
        activeWhen(shift, "augment", true);
    }
    // Read as in the original (one key, both flips), shown after the augmentation it belongs to.
    TrainParamSpec& flips = add(flag(
        "use_random_flip", augmentation, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Random flips"),
        [](TrainParams& p) -> bool& { return p.augmentation.flipVertical; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "Flip windows up-down and left-right at random")));
    flips.set = [](TrainParams& p, const json& v) {
        p.augmentation.flipVertical = p.augmentation.flipHorizontal = v.get<bool>();
    };
    flips.get = [](const TrainParams& p) { return json(p.augmentation.flipVertical || p.augmentation.flipHorizontal); };
    activeWhen(flips, "augment", true);
    add(choice(
        "label_precision", loss, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Labels"),
        {{"two_decimals", ""}, {"full", ""}}, [](TrainParams& p) -> LabelPrecision& { return p.labelPrecision; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters",
                          "Train on KE and SD rounded to two decimals, as the original's file names stored them, or at "
                          "full precision")));
    TrainParamSpec& seedSpec = add(integer(
        "seed", seed, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Seed"), 0,
        double(std::numeric_limits<uint64_t>::max()), [](TrainParams& p) -> uint64_t& { return p.seed; },
        QT_TRANSLATE_NOOP(
            "faultke::TrainParameters",
            "Seed of the initial weights, shuffling, augmentation and dropout: the same seed and data give "
            "the same run on the CPU")));
    seedSpec.set = [](TrainParams& p, const json& v) {
        p.seed = v.is_number_float() ? uint64_t(v.get<double>()) : v.get<uint64_t>();
    };
    add(flag(
        "early_stopping.enabled", stopping, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Stop early"),
        [](TrainParams& p) -> bool& { return p.earlyStopping.enabled; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "Stop when the metric has not improved for `patience` epochs")));
    std::vector<ParamChoice> metrics;
    for (const std::string& c : historyColumns())
        if (c.rfind("eval_", 0) == 0 || c.rfind("train_", 0) == 0) metrics.push_back({c, ""});
    TrainParamSpec& metric = add(choice(
        "early_stopping.metric", stopping, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Metric"), metrics,
        [](TrainParams& p) -> std::string& { return p.earlyStopping.metric; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "The history column early stopping watches")));
    activeWhen(metric, "early_stopping.enabled", true);
    activeWhen(add(integer(
                   "early_stopping.patience", stopping, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Patience"), 1,
                   10000, [](TrainParams& p) -> int& { return p.earlyStopping.patience; },
                   QT_TRANSLATE_NOOP("faultke::TrainParameters", "Epochs without improvement before stopping"))),
               "early_stopping.enabled", true);
    add(choice(
            "best_epoch_rule", recipe, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Best epoch"),
            {{"max-eval-accuracy", ""}, {"min-eval-loss", ""}, {"last-epoch", ""}, {"user", ""}},
            [](TrainParams& p) -> BestEpochRule& { return p.bestEpochRule; },
            QT_TRANSLATE_NOOP(
                "faultke::TrainParameters",
                "Which epoch is the run's result: the highest eval 2SD accuracy (ties: lower eval loss), the "
                "lowest eval loss, the last epoch (the weight average at the end of the schedule), or the epoch "
                "you name. Evaluate and Predict use it")))
        .recipe = true;
    activeWhen(add(integer(
                   "best_epoch", recipe, QT_TRANSLATE_NOOP("faultke::TrainParameters", "User's epoch"), 0, 100000,
                   [](TrainParams& p) -> int& { return p.bestEpoch; },
                   QT_TRANSLATE_NOOP("faultke::TrainParameters", "The epoch the rule \"user\" takes"))),
               "best_epoch_rule", "user");
    add(choice(
            "init", recipe, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Initial weights"),
            {{"keras", ""}, {"torch", ""}}, [](TrainParams& p) -> WeightInit& { return p.init; },
            QT_TRANSLATE_NOOP(
                "faultke::TrainParameters",
                "How the weights start: Keras' Glorot-uniform kernels and zero biases, or libtorch's defaults")))
        .recipe = true;
    add(choice(
            "lr_schedule", recipe, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Learning rate schedule"),
            {{"constant", ""}, {"warmup_cosine", ""}},
            [](TrainParams& p) -> LearningRateSchedule& { return p.learningRateSchedule; },
            QT_TRANSLATE_NOOP(
                "faultke::TrainParameters",
                "The learning rate over training: constant, or a linear warm-up followed by a cosine decay to 0")))
        .recipe = true;
    TrainParamSpec& warmup = add(number(
        "warmup_epochs", recipe, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Warm-up epochs"), 0, 1000,
        [](TrainParams& p) -> double& { return p.warmupEpochs; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters", "Epochs of linear warm-up before the cosine decay")));
    warmup.decimals = 1;
    warmup.recipe = true;
    activeWhen(warmup, "lr_schedule", "warmup_cosine");
    add(flag(
            "bn_recalibration", recipe,
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Recompute batch-norm statistics each epoch"),
            [](TrainParams& p) -> bool& { return p.bnRecalibration; },
            QT_TRANSLATE_NOOP(
                "faultke::TrainParameters",
                "At the end of every epoch, the batch-norm statistics are computed again over the training windows "
                "as evaluation sees them (no augmentation, dropout off)")))
        .recipe = true;
    TrainParamSpec& floor = add(number(
        "sd_floor", recipe, QT_TRANSLATE_NOOP("faultke::TrainParameters", "SD floor"), 0, 1,
        [](TrainParams& p) -> double& { return p.sdFloor; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters",
                          "SD labels below this count as it in the training loss, so windows of "
                          "almost constant KE do not dominate its 1/SD² weight (0: off)")));
    floor.maxExcluded = true;
    floor.step = 0.01;
    floor.decimals = 3;
    floor.recipe = true;
    TrainParamSpec& ema = add(number(
        "ema_epochs", recipe, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Weight average (epochs)"), 0, 1000,
        [](TrainParams& p) -> double& { return p.emaEpochs; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters",
                          "Evaluation, checkpoints and predictions use a moving average of the weights "
                          "over about this many epochs, instead of the weights after the last batch "
                          "(0: off)")));
    ema.step = 0.5;
    ema.decimals = 1;
    ema.recipe = true;
    add(flag(
            "start_at_mean_ke", recipe,
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Start the output at the mean KE"),
            [](TrainParams& p) -> bool& { return p.startAtMeanKe; },
            QT_TRANSLATE_NOOP(
                "faultke::TrainParameters",
                "The output layer starts with zero weights and the mean KE of the training windows as its bias, so no "
                "window starts where the output ReLU is flat and teaches nothing")))
        .recipe = true;
    TrainParamSpec& from = add(flag(
        "start_from", start, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Start from"),
        [](TrainParams& p) -> bool& { return p.startAtMeanKe; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters",
                          "The trained model the weights start from instead of random ones: the bundled model, a run "
                          "(its chosen epoch or RUN:N), a checkpoint, a TorchScript export or a Keras .hdf5 of the "
                          "same network shape. Empty: random weights")));
    from.type = ParamType::Text;
    from.get = [](const TrainParams& p) { return json(p.startFrom); };
    from.set = [](TrainParams& p, const json& v) { p.startFrom = v.get<std::string>(); };
    add(choice(
        "freeze", start, QT_TRANSLATE_NOOP("faultke::TrainParameters", "Freeze"),
        {{"none", ""}, {"convs", ""}, {"all-but-head", ""}}, [](TrainParams& p) -> Freeze& { return p.freeze; },
        QT_TRANSLATE_NOOP("faultke::TrainParameters",
                          "Which starting weights stay as they are: none, the convolution blocks (with their batch "
                          "norms), or every layer but the output one")));
    return t;
}

}  // namespace

const std::vector<TrainParamSpec>& trainParamTable() {
    static const std::vector<TrainParamSpec> table = makeTable();
    return table;
}

const TrainParamSpec* findTrainParam(const std::string& key) {
    for (const TrainParamSpec& spec : trainParamTable())
        if (spec.key == key) return &spec;
    return nullptr;
}

std::vector<std::string> trainParamGroups() {
    return {QT_TRANSLATE_NOOP("faultke::TrainParameters", "Starting point"),
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Recipe"),
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Optimisation"),
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Network"),
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Augmentation"),
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Loss and labels"),
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Device and seed"),
            QT_TRANSLATE_NOOP("faultke::TrainParameters", "Early stopping")};
}

std::string trainParamRange(const TrainParamSpec& spec) {
    switch (spec.type) {
    case ParamType::Flag: return "true | false";
    case ParamType::Text: return "text";
    case ParamType::Choice: {
        std::string out;
        for (const ParamChoice& c : spec.choices) out += (out.empty() ? "" : " | ") + c.value;
        return out;
    }
    case ParamType::Number:
    case ParamType::Integer:
        if (spec.max >= kIntMax) return ">= " + formatNumber(spec.min);
        return (spec.minExcluded ? "(" : "[") + formatNumber(spec.min) + ", " + formatNumber(spec.max) +
               (spec.maxExcluded ? ")" : "]");
    }
    return {};
}

void checkTrainParamValue(const TrainParamSpec& spec, const json& value) {
    const std::string name = "\"" + spec.key + "\"";
    auto wrongType = [&](const char* expected) {
        throw Error(name + " has the wrong type (" + value.type_name() + "): expected " + expected);
    };
    switch (spec.type) {
    case ParamType::Flag:
        if (!value.is_boolean()) wrongType("true or false");
        return;
    case ParamType::Text:
        if (!value.is_string()) wrongType("a string");
        return;
    case ParamType::Choice: {
        if (!value.is_string()) wrongType("a string");
        const std::string text = value.get<std::string>();
        std::string expected;
        for (size_t i = 0; i < spec.choices.size(); ++i) {
            if (spec.choices[i].value == text) return;
            expected += (i == 0 ? "" : i + 1 == spec.choices.size() ? " or " : ", ") + spec.choices[i].value;
        }
        throw Error("unknown " + name + " '" + text + "': expected " + expected);
    }
    case ParamType::Number:
    case ParamType::Integer: {
        if (!value.is_number()) wrongType("a number");
        const double v = value.get<double>();
        // 7.9 is no batch size: said, not truncated.
        if (spec.type == ParamType::Integer && value.is_number_float() && v != std::floor(v))
            throw Error(name + " must be a whole number, not " + value.dump());
        const bool below = spec.minExcluded ? !(v > spec.min) : !(v >= spec.min);
        const bool above = spec.maxExcluded ? !(v < spec.max) : !(v <= spec.max);
        if (below || above)
            throw Error(name + " is out of range: must be in " + trainParamRange(spec) + ", not " + value.dump());
        return;
    }
    }
}

json trainParamDefault(const TrainParamSpec& spec, Preset preset) { return spec.get(TrainParams::forPreset(preset)); }

const json* findJsonValue(const json& object, const std::string& key) {
    const json* at = &object;
    size_t start = 0;
    while (true) {
        const size_t dot = key.find('.', start);
        if (!at->is_object()) return nullptr;
        auto it = at->find(key.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (it == at->end() || it->is_null()) return nullptr;
        at = &*it;
        if (dot == std::string::npos) return at;
        start = dot + 1;
    }
}

std::string describeTrainParam(const TrainParamSpec& spec) {
    const char* type = spec.type == ParamType::Number    ? "number"
                       : spec.type == ParamType::Integer ? "integer"
                       : spec.type == ParamType::Flag    ? "flag"
                       : spec.type == ParamType::Text    ? "text"
                                                         : "choice";
    return spec.key + "  (" + type + ", " + trainParamRange(spec) + ")\n" +
           "    original: " + trainParamDefault(spec, Preset::Original).dump() +
           ", steady: " + trainParamDefault(spec, Preset::Steady).dump() +
           (spec.zeroMeans.empty() ? "" : "; 0: " + spec.zeroMeans) + "\n" + "    " + spec.help + "\n";
}

std::string trainParamReference() {
    std::string out =
        "The keys of params.json (a run's parameters). A file with \"preset\" starts from that preset's values "
        "(without one, from the original's); missing keys keep them; keys not listed here are kept as they are.\n";
    for (const TrainParamSpec& spec : trainParamTable()) out += "\n" + describeTrainParam(spec);
    return out;
}

}  // namespace faultke
