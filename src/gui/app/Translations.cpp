#include "gui/app/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace faultke::gui {

namespace {

// The translators installed last, so that a new choice replaces them.
QList<QPointer<QTranslator>>& installed() {
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString& current() {
    static QString code = QStringLiteral("en");
    return code;
}

QString resolveCode(const QString& language) {
    if (language != QLatin1String("system")) return language;
    const QStringList uiLanguages = QLocale().uiLanguages();
    for (const QString& name : uiLanguages) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        for (const Language& l : availableLanguages())
            if (l.code == code) return code;
    }
    return QStringLiteral("en");
}

}  // namespace

QList<Language> availableLanguages() {
    return {
        {QStringLiteral("system"), QCoreApplication::translate("faultke::gui::Translations", "System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
}

QString installTranslations(QCoreApplication* app, const QString& language) {
    for (const QPointer<QTranslator>& t : installed()) {
        if (!t) continue;
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();

    const QString code = resolveCode(language);
    current() = QStringLiteral("en");

    // English needs its file too, for plural forms ("1 window", "5 windows").
    auto* own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/faultke_") + code)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    installed().append(own);
    current() = code;
    if (code == QLatin1String("en")) return code;

    // Qt's own dialogs and buttons (OK, Cancel, ...); absent translations are no error.
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    return code;
}

QString currentLanguage() { return current(); }

QString helpPage(const QString& name) {
    for (const QString& path :
         {QStringLiteral(":/help/%1.%2.html").arg(name, current()), QStringLiteral(":/help/%1.html").arg(name)}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) return QString::fromUtf8(file.readAll());
    }
    return {};
}

}  // namespace faultke::gui
