#include "gui/predict/ModelChooser.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

#include <map>

#include "core/model/BundledModel.h"
#include "core/model/Predictor.h"
#include "core/util/Error.h"

namespace faultke::gui {
namespace {

// Item data: the paths; a second role: how many epochs a single run has (0 otherwise).
constexpr int kPathsRole = Qt::UserRole;
constexpr int kEpochsRole = Qt::UserRole + 1;

}  // namespace

ModelChooser::ModelChooser(Use use, QWidget* parent) : QWidget(parent), use_(use) {
    model_ = new QComboBox;
    model_->setObjectName("predictModel");
    model_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    model_->setMinimumContentsLength(28);
    model_->setToolTip(
        tr("The model that predicts: a run's chosen epoch, a repeat group as an ensemble (mean and SD "
           "across its runs), a model file, or the bundled model"));
    epoch_ = new QComboBox;
    epoch_->setObjectName("predictEpoch");
    epoch_->setToolTip(tr("For one run: its best epoch or any other"));
    browse_ = new QPushButton(tr("Model File…"));
    browse_->setToolTip(tr("A checkpoint (.pt), a TorchScript export (.pt) or a Keras model (.hdf5, .h5)"));
    card_ = new QPushButton(tr("About This Model…"));
    card_->setToolTip(tr("The bundled model's card: what it was trained on and how well it did"));
    inUse_ = new QLabel;
    inUse_->setObjectName("modelInUse");
    inUse_->setWordWrap(true);
    inUse_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (use_ == Use::StartFrom) {
        // In the form beside its label; what is in use shows once training starts.
        model_->setObjectName("startFromModel");
        model_->setMinimumContentsLength(16);
        model_->setToolTip(
            tr("The trained model the weights start from: the bundled model, a run's chosen or any "
               "epoch, or a model file of the same network shape; or random weights"));
        epoch_->setObjectName("startFromEpoch");
        browse_->setText(tr("File…"));
        inUse_->hide();
    } else {
        layout->addWidget(new QLabel(tr("Model:")));
    }
    layout->addWidget(model_);
    layout->addWidget(epoch_);
    layout->addWidget(browse_);
    layout->addWidget(card_);
    layout->addWidget(inUse_, 1);

    setRuns({});
    connect(model_, &QComboBox::currentIndexChanged, this, [this] {
        fillEpochs();
        emit choiceChanged();
    });
    connect(epoch_, &QComboBox::currentIndexChanged, this, &ModelChooser::choiceChanged);
    connect(browse_, &QPushButton::clicked, this, &ModelChooser::browse);
    connect(card_, &QPushButton::clicked, this, &ModelChooser::showCard);
}

void ModelChooser::setRuns(const std::vector<RunSummary>& runs) {
    // The Train page hands the list over at every change of any run (each epoch, each sweep
    // tick): the items are built again only when what they list, runs and their epochs, changed.
    std::vector<std::pair<std::string, int>> listed;
    for (const RunSummary& run : runs) listed.emplace_back(run.dir, run.epochs());
    if (model_->count() && listed == listed_) return;
    listed_ = std::move(listed);
    const ModelChoice before = model_->count() ? choice() : ModelChoice();
    const QSignalBlocker blocker(model_);
    // Model files chosen before stay listed.
    std::vector<std::pair<QString, QStringList>> files;
    for (int i = 0; i < model_->count(); ++i)
        if (model_->itemData(i, kEpochsRole).toInt() < 0)
            files.emplace_back(model_->itemText(i), model_->itemData(i).toStringList());
    model_->clear();
    if (use_ == Use::StartFrom) {
        model_->addItem(tr("Random weights (from scratch)"), QStringList{});
        model_->setItemData(0, 0, kEpochsRole);
    }
    model_->addItem(tr("Bundled model (synthetic experiments)"), QStringList{QString::fromUtf8(kBundledModel)});
    model_->setItemData(model_->count() - 1, 0, kEpochsRole);
    std::map<std::string, QStringList> groups;
    QStringList every;
    for (const RunSummary& run : runs) {
        if (run.epochs() == 0) continue;
        const QString dir = QString::fromStdString(run.dir);
        model_->addItem(tr("Run %1").arg(QString::fromStdString(run.name)), QStringList{dir});
        model_->setItemData(model_->count() - 1, run.epochs(), kEpochsRole);
        groups[run.group()].push_back(dir);
        every.push_back(dir);
    }
    // One model starts a training: no ensembles.
    if (use_ == Use::StartFrom) groups.clear(), every.clear();
    for (const auto& [group, dirs] : groups) {
        if (dirs.size() < 2) continue;
        model_->addItem(tr("Ensemble: %1 (%n repeat(s))", nullptr, dirs.size()).arg(QString::fromStdString(group)),
                        dirs);
        model_->setItemData(model_->count() - 1, 0, kEpochsRole);
    }
    if (every.size() >= 2 && groups.size() > 1) {  // with one group, that group is every run
        model_->addItem(tr("Ensemble: every run (%n)", nullptr, every.size()), every);
        model_->setItemData(model_->count() - 1, 0, kEpochsRole);
    }
    for (const auto& [text, paths] : files) {
        model_->addItem(text, paths);
        model_->setItemData(model_->count() - 1, -1, kEpochsRole);
    }
    int keep = 0;
    for (int i = 0; i < model_->count(); ++i)
        if (model_->itemData(i).toStringList() == before.paths) keep = i;
    model_->setCurrentIndex(keep);
    fillEpochs();
    if (!(choice() == before)) emit choiceChanged();
}

void ModelChooser::chooseFile(const QString& path) {
    for (int i = 0; i < model_->count(); ++i)
        if (model_->itemData(i).toStringList() == QStringList{path}) {
            model_->setCurrentIndex(i);
            return;
        }
    model_->addItem(tr("File %1").arg(QFileInfo(path).fileName()), QStringList{path});
    model_->setItemData(model_->count() - 1, -1, kEpochsRole);
    model_->setItemData(model_->count() - 1, path, Qt::ToolTipRole);
    model_->setCurrentIndex(model_->count() - 1);
}

void ModelChooser::fillEpochs() {
    const QSignalBlocker blocker(epoch_);
    epoch_->clear();
    const int epochs = model_->currentData(kEpochsRole).toInt();
    epoch_->addItem(tr("best epoch"), QStringLiteral("best"));
    for (int e = 1; e <= epochs; ++e) epoch_->addItem(tr("epoch %1").arg(e), QString::number(e));
    epoch_->setVisible(epochs > 0);
    card_->setVisible(model_->currentData().toStringList() == QStringList{QString::fromUtf8(kBundledModel)});
}

ModelChoice ModelChooser::choice() const {
    ModelChoice c;
    c.paths = model_->currentData().toStringList();
    c.epoch = epoch_->currentData().toString();
    if (c.epoch.isEmpty()) c.epoch = QStringLiteral("best");
    c.label = model_->currentText();
    return c;
}

QString ModelChooser::startFrom() const {
    const ModelChoice c = choice();
    if (c.paths.isEmpty()) return {};
    const bool run = model_->currentData(kEpochsRole).toInt() > 0;
    return run && c.epoch != QLatin1String("best") ? c.paths.front() + QLatin1Char(':') + c.epoch : c.paths.front();
}

void ModelChooser::setStartFrom(const QString& startFrom) {
    // "RUN:N" names epoch N of a listed run.
    QString path = startFrom, epoch = QStringLiteral("best");
    const int colon = startFrom.lastIndexOf(QLatin1Char(':'));
    bool number = false;
    if (colon > 0) startFrom.mid(colon + 1).toInt(&number);
    if (number && startFrom.left(colon) != QString::fromUtf8(kBundledModel)) {
        path = startFrom.left(colon);
        epoch = startFrom.mid(colon + 1);
    }
    const QStringList paths = path.isEmpty() ? QStringList{} : QStringList{path};
    int index = -1;
    for (int i = 0; i < model_->count() && index < 0; ++i)
        if (model_->itemData(i).toStringList() == paths) index = i;
    if (index < 0) {
        chooseFile(startFrom);  // a model file, or a run not in this project
        return;
    }
    model_->setCurrentIndex(index);
    const int e = epoch_->findData(epoch);
    if (e >= 0) epoch_->setCurrentIndex(e);
}

void ModelChooser::setInUse(const QString& description, bool bundled) {
    inUse_->setStyleSheet({});
    inUse_->setText(bundled ? tr("In use: the bundled model, trained on FaultKE's synthetic experiments (not on "
                                 "laboratory or field data)")
                            : tr("In use: %1").arg(description));
    inUse_->setToolTip(description);
}

void ModelChooser::setLoading() {
    inUse_->setStyleSheet({});
    inUse_->setText(tr("Loading the model…"));
}

void ModelChooser::setFailed(const QString& message) {
    inUse_->setStyleSheet(QStringLiteral("color: #a00000"));
    inUse_->setText(tr("No model in use: %1").arg(message));
    inUse_->setToolTip(message);
}

void ModelChooser::browse() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a Model"), {}, tr("Models (*.pt *.hdf5 *.h5);;All files (*)"));
    if (!path.isEmpty()) chooseFile(path);
}

void ModelChooser::showCard() {
    try {
        const ModelCard card = readBundledModelCard();
        QMessageBox::information(this, tr("The Bundled Model"), QString::fromStdString(formatModelCard(card)));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("The Bundled Model"), QString::fromStdString(e.what()));
    }
}

}  // namespace faultke::gui
