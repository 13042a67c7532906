// faultke: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTimer>

#include <cstdio>

#include "MainWindow.h"
#include "app/Preferences.h"
#include "app/ProjectController.h"
#include "app/Translations.h"

namespace {

// --screenshot FILE: once the window is ready (the project is open), grab it, save it and quit.
// For documentation and for looking at the window on machines without a screen.
void scheduleScreenshot(faultke::gui::MainWindow& window, const QString& file) {
    auto grab = [&window, file] {
        // Let the layout and the first paint settle before grabbing.
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            std::fprintf(saved ? stdout : stderr, saved ? "faultke: screenshot saved to %s\n"
                                                        : "faultke: cannot write screenshot %s\n",
                         qPrintable(QDir::toNativeSeparators(file)));
            QApplication::exit(saved ? 0 : 1);
        });
    };
    if (window.isStartupFinished())
        grab();
    else
        QObject::connect(&window, &faultke::gui::MainWindow::startupFinished, &window, grab);
}

}  // namespace

int main(int argc, char** argv) {
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
    parser.setApplicationDescription(QApplication::translate(
        "main", "FaultKE: kinematic efficiency of strike-slip faults from fault maps."));
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
    parser.addOption(pageOption);
    parser.addOption(screenshotOption);
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

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) window.projectController()->openProject(positional.constFirst());
    QMetaObject::invokeMethod(&window, [&window] { window.startUp(); }, Qt::QueuedConnection);
    if (parser.isSet(screenshotOption)) scheduleScreenshot(window, parser.value(screenshotOption));
    return QApplication::exec();
}
