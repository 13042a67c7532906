#pragma once
// Long paths and file names hold no spaces, so a word-wrapping QLabel cannot break them and cuts
// them off instead. breakable() lets a label break after each '/', '\', '_' and '.' (zero-width
// spaces), so a long path or error message wraps inside a narrow panel.
#include <QString>

class QFont;

namespace faultke::gui {

inline QString breakable(const QString& text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        out += c;
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            out += QChar(0x200B);
    }
    return out;
}

// `text` in lines no wider than `width` pixels in `font`, broken at spaces and where breakable()
// allows, joined by '\n': for plot text items, which never wrap and so cut long messages off.
// A width <= 0 (not laid out yet) leaves the text as it is.
QString wrapToWidth(const QString& text, const QFont& font, int width);

}  // namespace faultke::gui
