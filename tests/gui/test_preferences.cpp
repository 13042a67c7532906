// Preferences: defaults, persistence, the dialog, and the splitter-state helper.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QtTest>

#include <thread>

#include "gui/app/Preferences.h"
#include "gui/app/PreferencesDialog.h"
#include "gui/app/Translations.h"
#include "gui/app/UiState.h"

using faultke::DeviceChoice;
using faultke::gui::Preferences;
using faultke::gui::PreferencesDialog;

class TestPreferences : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void defaultsUseEveryThreadAndAutomaticDevice();
    void saveAndLoadRoundTrip();
    void unknownDeviceFallsBackToAutomatic();
    void dialogShowsAndReturnsTheChoices();
    void dialogSaysWhenARestartIsNeeded();
    void languagesOfferGerman();
    void splitterSizesAreRemembered();
    void everyLabelHasAFieldForItsMnemonic();
};

void TestPreferences::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FaultKE-test"));
    QCoreApplication::setApplicationName(QStringLiteral("FaultKE-test-preferences"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestPreferences::init() { QSettings().clear(); }

void TestPreferences::defaultsUseEveryThreadAndAutomaticDevice() {
    const Preferences p = Preferences::load();
    QCOMPARE(p.language, QStringLiteral("system"));
    QCOMPARE(p.device, DeviceChoice::Auto);
    QCOMPARE(p.cpuThreads, 0);
    QCOMPARE(p.effectiveCpuThreads(), std::max(1, static_cast<int>(std::thread::hardware_concurrency())));
    QVERIFY(!p.effectiveProjectFolder().isEmpty());
}

void TestPreferences::saveAndLoadRoundTrip() {
    Preferences p;
    p.language = QStringLiteral("de");
    p.device = DeviceChoice::Cpu;
    p.cpuThreads = 3;
    p.projectFolder = QDir::tempPath();
    p.save();
    const Preferences q = Preferences::load();
    QCOMPARE(q.language, QStringLiteral("de"));
    QCOMPARE(q.device, DeviceChoice::Cpu);
    QCOMPARE(q.cpuThreads, 3);
    QCOMPARE(q.effectiveCpuThreads(), 3);
    QCOMPARE(q.projectFolder, QDir::tempPath());
    QCOMPARE(q.effectiveProjectFolder(), QDir::tempPath());
    QCOMPARE(QSettings().value(QStringLiteral("preferences/device")).toString(), QStringLiteral("cpu"));
}

void TestPreferences::unknownDeviceFallsBackToAutomatic() {
    QSettings().setValue(QStringLiteral("preferences/device"), QStringLiteral("quantum"));
    QSettings().setValue(QStringLiteral("preferences/cpuThreads"), -4);
    const Preferences p = Preferences::load();
    QCOMPARE(p.device, DeviceChoice::Auto);
    QCOMPARE(p.cpuThreads, 0);
}

void TestPreferences::dialogShowsAndReturnsTheChoices() {
    Preferences p;
    p.language = QStringLiteral("de");
    p.device = DeviceChoice::Cpu;
    p.cpuThreads = 2;
    p.projectFolder = QStringLiteral("/somewhere/projects");
    PreferencesDialog dialog(p);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(dialog.deviceBox()->currentData().toString(), QStringLiteral("cpu"));
    QCOMPARE(dialog.threadsBox()->value(), 2);
    QCOMPARE(dialog.projectFolderEdit()->text(), QStringLiteral("/somewhere/projects"));

    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.deviceBox()->setCurrentIndex(dialog.deviceBox()->findData(QStringLiteral("auto")));
    dialog.threadsBox()->setValue(0);
    dialog.projectFolderEdit()->setText(QStringLiteral("  /elsewhere  "));
    const Preferences q = dialog.preferences();
    QCOMPARE(q.language, QStringLiteral("en"));
    QCOMPARE(q.device, DeviceChoice::Auto);
    QCOMPARE(q.cpuThreads, 0);
    QCOMPARE(q.projectFolder, QStringLiteral("/elsewhere"));
    // 0 threads reads as "All (N)".
    QVERIFY(dialog.threadsBox()->text().startsWith(QStringLiteral("All")));
}

void TestPreferences::dialogSaysWhenARestartIsNeeded() {
    PreferencesDialog dialog(Preferences{});
    dialog.show();
    QLabel* note = nullptr;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("restarts"))) note = label;
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    QVERIFY(note->isVisible());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("system")));
    QVERIFY(!note->isVisible());
}

void TestPreferences::languagesOfferGerman() {
    QStringList codes;
    for (const auto& l : faultke::gui::availableLanguages()) codes << l.code;
    QCOMPARE(codes, (QStringList{"system", "en", "de"}));
    // A language without a translation falls back to English.
    QCOMPARE(faultke::gui::installTranslations(qApp, QStringLiteral("xx")), QStringLiteral("en"));
}

void TestPreferences::splitterSizesAreRemembered() {
    QSplitter first;
    first.addWidget(new QWidget);
    first.addWidget(new QWidget);
    first.resize(600, 300);
    first.show();
    QVERIFY(!faultke::gui::restoreSplitter(&first, QStringLiteral("test/main")));  // nothing saved yet
    first.setSizes({150, 450});
    const QList<int> saved = first.sizes();
    faultke::gui::saveSplitter(&first, QStringLiteral("test/main"));

    QSplitter second;
    second.addWidget(new QWidget);
    second.addWidget(new QWidget);
    second.resize(600, 300);
    second.show();
    QVERIFY(faultke::gui::restoreSplitter(&second, QStringLiteral("test/main")));
    QCOMPARE(second.sizes(), saved);
    QVERIFY(second.sizes() != (QList<int>{300, 300}));
}

// A label whose '&' has no buddy shows the '&' itself.
void TestPreferences::everyLabelHasAFieldForItsMnemonic() {
    PreferencesDialog dialog(Preferences{});
    int withMnemonic = 0;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->text().contains('&')) continue;
        ++withMnemonic;
        QVERIFY2(label->buddy() != nullptr, qPrintable(label->text()));
    }
    QCOMPARE(withMnemonic, 4);
}

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"
