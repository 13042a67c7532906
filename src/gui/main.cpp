// faultke: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTimer>

#include <cstdio>

#include "core/util/Measurement.h"
#include "gui/MainWindow.h"
#include "gui/app/Preferences.h"
#include "gui/app/ProjectController.h"
#include "gui/app/Translations.h"

namespace {

// --screenshot FILE: once the window is ready (the project open, its experiments read), grab
// it, save it and quit. For documentation and for looking at the window without a screen.
void grabWhenIdle(faultke::gui::MainWindow& window, const QString& file, int attemptsLeft) {
    if (window.isBusy() && attemptsLeft > 0) {
        QTimer::singleShot(200, &window,
                           [&window, file, attemptsLeft] { grabWhenIdle(window, file, attemptsLeft - 1); });
        return;
    }
    // Let the layout and the last paint settle before grabbing.
    QTimer::singleShot(500, &window, [&window, file] {
        const bool saved = window.grab().save(file);
        std::fprintf(saved ? stdout : stderr,
                     saved ? "faultke: screenshot saved to %s\n" : "faultke: cannot write screenshot %s\n",
                     qPrintable(QDir::toNativeSeparators(file)));
        QApplication::exit(saved ? 0 : 1);
    });
}

void scheduleScreenshot(faultke::gui::MainWindow& window, const QString& file) {
    constexpr int kMaxWaits = 5 * 60 * 5;  // five minutes of 200 ms
    if (window.isStartupFinished())
        grabWhenIdle(window, file, kMaxWaits);
    else
        QObject::connect(&window, &faultke::gui::MainWindow::startupFinished, &window,
                         [&window, file] { grabWhenIdle(window, file, kMaxWaits); });
}

}  // namespace

int main(int argc, char** argv) {
    faultke::reportPeakMemoryAtExit();  // for measurements: FAULTKE_PEAK_MEMORY_FILE names where
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FaultKE"));
    QApplication::setOrganizationName(QStringLiteral("FaultKE"));
    QApplication::setApplicationVersion(QStringLiteral(FAULTKE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("faultke"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/faultke.svg")));

    const faultke::gui::Preferences preferences = faultke::gui::Preferences::load();
    faultke::gui::installTranslations(&app, preferences.language);
    // The core reads the thread count once, when it first runs the network.
    if (!qEnvironmentVariableIsSet("FAULTKE_THREADS"))
        qputenv("FAULTKE_THREADS", QByteArray::number(preferences.effectiveCpuThreads()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "FaultKE: kinematic efficiency of strike-slip faults from fault maps."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "Project folder (or its project.json) to open."),
                                 QStringLiteral("[project]"));
    QCommandLineOption pageOption(QStringLiteral("page"),
                                  QApplication::translate("main", "Page to show: data, train, evaluate or predict."),
                                  QStringLiteral("page"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window once it is ready, then quit."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Window size in pixels, for screenshots of a known size ("1600x1000").
    QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, WIDTHxHEIGHT."),
                                  QStringLiteral("size"));
    sizeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(pageOption);
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.process(app);

    faultke::gui::MainWindow window;
    if (parser.isSet(pageOption)) {
        faultke::gui::MainWindow::Page page;
        if (!faultke::gui::MainWindow::parsePage(parser.value(pageOption), page)) {
            std::fprintf(stderr, "faultke: unknown page '%s' (expected data, train, evaluate or predict)\n",
                         qPrintable(parser.value(pageOption)));
            return 2;
        }
        window.showPage(page);
    }
    window.show();
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
            window.setGeometry(0, 0, parts[0].toInt(), parts[1].toInt());
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) window.projectController()->openProject(positional.constFirst());
    QMetaObject::invokeMethod(
        &window, [&window] { window.startUp(); }, Qt::QueuedConnection);
    if (parser.isSet(screenshotOption)) scheduleScreenshot(window, parser.value(screenshotOption));
    return QApplication::exec();
}
