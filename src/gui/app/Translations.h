#pragma once
// FaultKE's user-interface languages: the German translation (and any other) is compiled into
// the binary's resources as .qm files; Qt's own strings come from Qt's translations.
#include <QList>
#include <QString>

class QCoreApplication;

namespace faultke::gui {

struct Language {
    QString code;        // "system", "en", "de"
    QString nativeName;  // as shown in Preferences: "Deutsch"
};

// The choices Preferences offers, "system" first.
QList<Language> availableLanguages();

// Installs the translators for `language` on the application, replacing any installed before.
// "system" follows the user's locale. Returns the language in effect ("en" when the requested
// one has no translation).
QString installTranslations(QCoreApplication* app, const QString& language);
// The language installed last ("en" before any).
QString currentLanguage();

// A help page from the resources (:/help/NAME.html) in the current language where it has one
// (:/help/NAME.de.html); empty when there is no such page.
QString helpPage(const QString& name);

}  // namespace faultke::gui
