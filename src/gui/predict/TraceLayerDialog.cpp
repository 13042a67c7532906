#include "gui/predict/TraceLayerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace faultke::gui {

bool needsTraceChoice(const std::vector<TraceLayerInfo>& layers) {
    int lineLayers = 0;
    long long features = 0;
    for (const TraceLayerInfo& l : layers)
        if (l.lineFeatures > 0) {
            ++lineLayers;
            features = l.lineFeatures;
        }
    return lineLayers > 1 || features > 1;
}

TraceLayerDialog::TraceLayerDialog(const QString& path, std::vector<TraceLayerInfo> layers, QWidget* parent)
    : QDialog(parent), layers_(std::move(layers)) {
    setObjectName("traceLayerDialog");
    setWindowTitle(tr("Choose the Fault in %1").arg(QFileInfo(path).fileName()));
    layer_ = new QComboBox;
    for (const TraceLayerInfo& l : layers_)
        if (l.lineFeatures > 0)
            layer_->addItem(
                tr("%1 (%n line feature(s), %2)", nullptr, int(l.lineFeatures))
                    .arg(QString::fromStdString(l.name),
                         l.crsName.empty() ? tr("no coordinate system") : QString::fromStdString(l.crsName)),
                QString::fromStdString(l.name));
    grouping_ = new QComboBox;
    grouping_->setObjectName("faultGrouping");
    grouping_->setToolTip(
        tr("Which features make one fault. Each fault is windowed along its own strike; a "
           "fault database lists its faults with their KE on the Faults tab"));
    features_ = new QListWidget;
    features_->setObjectName("traceFeatures");
    auto* all = new QPushButton(tr("All"));
    auto* none = new QPushButton(tr("None"));
    auto* hint = new QLabel;
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout;
    form->addRow(tr("Layer:"), layer_);
    form->addRow(tr("Faults:"), grouping_);
    auto* pick = new QHBoxLayout;
    pick->addWidget(all);
    pick->addWidget(none);
    pick->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(features_, 1);
    layout->addLayout(pick);
    layout->addWidget(buttons);
    connect(layer_, &QComboBox::currentIndexChanged, this, &TraceLayerDialog::showLayer);
    auto explain = [this, hint] {
        const FaultGroupingChoice g = grouping();
        hint->setText(g.kind == FaultGrouping::All ? tr("The ticked features are windowed together as one fault.")
                      : g.kind == FaultGrouping::Feature
                          ? tr("Each ticked feature is a fault of its own, windowed and predicted on its own.")
                          : tr("The ticked features sharing a value of %1 are one fault.")
                                .arg(QString::fromStdString(g.attribute)));
    };
    connect(grouping_, &QComboBox::currentIndexChanged, this, explain);
    auto updateOk = [this, buttons] {
        bool any = false;
        for (int i = 0; i < features_->count() && !any; ++i) any = features_->item(i)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    };
    auto tickAll = [this, updateOk](Qt::CheckState state) {
        {
            // One change for the whole list, not one per feature (each re-checking every other): the
            // model is quiet while the ticks change, then says every row changed and the list repaints.
            QAbstractItemModel* model = features_->model();
            const QSignalBlocker blocker(model);
            for (int i = 0; i < features_->count(); ++i) features_->item(i)->setCheckState(state);
        }
        if (features_->count() > 0)
            emit features_->model()->dataChanged(features_->model()->index(0, 0),
                                                 features_->model()->index(features_->count() - 1, 0),
                                                 {Qt::CheckStateRole});
        features_->viewport()->update();
        updateOk();
    };
    connect(all, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Unchecked); });
    connect(features_, &QListWidget::itemChanged, this, updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showLayer(0);
    explain();
    resize(460, 380);
}

void TraceLayerDialog::showLayer(int index) {
    features_->clear();
    const QString name = layer_->itemData(index).toString();
    for (const TraceLayerInfo& l : layers_) {
        if (QString::fromStdString(l.name) != name) continue;
        {
            const QSignalBlocker blocker(grouping_);
            grouping_->clear();
            grouping_->addItem(tr("The ticked features are one fault"), QStringLiteral("all"));
            grouping_->addItem(tr("Each feature is a fault (a fault database)"), QStringLiteral("feature"));
            for (const std::string& field : l.fields)
                grouping_->addItem(tr("Features sharing a value of %1 are a fault").arg(QString::fromStdString(field)),
                                   QStringLiteral("attribute:") + QString::fromStdString(field));
            grouping_->setCurrentIndex(l.lineFeatures > 20 ? 1 : 0);
        }
        emit grouping_->currentIndexChanged(grouping_->currentIndex());
        for (const auto& [fid, label] : l.labels) {
            auto* item = new QListWidgetItem(QString::fromStdString(label), features_);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(fid));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

FaultGroupingChoice TraceLayerDialog::grouping() const {
    const QString value = grouping_->currentData().toString();
    if (value.startsWith(QStringLiteral("attribute:")))
        return {FaultGrouping::Attribute, value.mid(10).toStdString()};  // even a field called "all"
    return {value == QStringLiteral("feature") ? FaultGrouping::Feature : FaultGrouping::All, ""};
}

TraceQuery TraceLayerDialog::query() const {
    TraceQuery query;
    query.layer = layer_->currentData().toString().toStdString();
    for (int i = 0; i < features_->count(); ++i)
        if (features_->item(i)->checkState() == Qt::Checked)
            query.fids.push_back(features_->item(i)->data(Qt::UserRole).toLongLong());
    // Every feature ticked: no list, so the choice reads as "the whole layer".
    if (static_cast<int>(query.fids.size()) == features_->count()) query.fids.clear();
    return query;
}

}  // namespace faultke::gui
