#include "gui/widgets/BreakableText.h"

#include <QFont>
#include <QStringList>
#include <QTextLayout>
#include <QTextOption>

namespace faultke::gui {

QString wrapToWidth(const QString& text, const QFont& font, int width) {
    if (width <= 0) return text;  // not laid out yet: wrapped at the first layout
    QStringList lines;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.isEmpty()) {
            lines << QString();
            continue;
        }
        const QString withBreaks = breakable(paragraph);
        QTextLayout layout(withBreaks, font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << withBreaks.mid(line.textStart(), line.textLength()).remove(QChar(0x200B)).trimmed();
        }
        layout.endLayout();
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace faultke::gui
