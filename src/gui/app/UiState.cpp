#include "gui/app/UiState.h"

#include <QSettings>
#include <QSplitter>

namespace faultke::gui {

namespace {
QString splitterKey(const QString& name) { return QStringLiteral("splitters/") + name; }
}  // namespace

void saveSplitter(const QSplitter* splitter, const QString& name) {
    if (!splitter) return;
    QSettings().setValue(splitterKey(name), splitter->saveState());
}

bool restoreSplitter(QSplitter* splitter, const QString& name) {
    if (!splitter) return false;
    const QByteArray state = QSettings().value(splitterKey(name)).toByteArray();
    return !state.isEmpty() && splitter->restoreState(state);
}

void keepSplitter(QSplitter* splitter, const QString& name) {
    restoreSplitter(splitter, name);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, name] { saveSplitter(splitter, name); });
}

}  // namespace faultke::gui
