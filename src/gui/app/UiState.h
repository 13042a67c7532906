#pragma once
// Remembering the layout between runs (QSettings): splitter positions by name, for any page.
//
//   restoreSplitter(splitter, "data/main");      // after building the page
//   saveSplitter(splitter, "data/main");         // when it moves or the page closes
//   keepSplitter(splitter, "data/main");         // both: restores now, saves on every move
#include <QString>

class QSplitter;

namespace faultke::gui {

void saveSplitter(const QSplitter* splitter, const QString& name);
// Returns false (and leaves the splitter as it is) when nothing was saved under `name`.
bool restoreSplitter(QSplitter* splitter, const QString& name);
void keepSplitter(QSplitter* splitter, const QString& name);

}  // namespace faultke::gui
