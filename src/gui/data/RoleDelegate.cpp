#include "gui/data/RoleDelegate.h"

#include <QComboBox>

#include "gui/data/ExperimentListModel.h"

namespace faultke::gui {

QWidget* RoleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->setObjectName("roleEditor");
    for (ExperimentRole role : {ExperimentRole::Split, ExperimentRole::TrainOnly, ExperimentRole::Excluded})
        combo->addItem(ExperimentListModel::roleText(role), static_cast<int>(role));
    // Commit as soon as a role is picked, not only when the editor loses focus.
    auto* self = const_cast<RoleDelegate*>(this);  // createEditor() is const; the signals are not
    connect(combo, QOverload<int>::of(&QComboBox::activated), self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void RoleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    const int i = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void RoleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

}  // namespace faultke::gui
