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
    features_ = new QListWidget;
    features_->setObjectName("traceFeatures");
    auto* all = new QPushButton(tr("All"));
    auto* none = new QPushButton(tr("None"));
    auto* hint = new QLabel(tr("The ticked features are windowed together as one fault."));
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout;
    form->addRow(tr("Layer:"), layer_);
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
    resize(420, 360);
}

void TraceLayerDialog::showLayer(int index) {
    features_->clear();
    const QString name = layer_->itemData(index).toString();
    for (const TraceLayerInfo& l : layers_) {
        if (QString::fromStdString(l.name) != name) continue;
        for (const auto& [fid, label] : l.labels) {
            auto* item = new QListWidgetItem(QString::fromStdString(label), features_);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(fid));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
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
