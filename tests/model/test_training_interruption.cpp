// Training killed with SIGKILL at random moments, 20 times, and resumed each time: the run
// folder always opens, resumes, and ends with the history an uninterrupted run writes (every
// figure but the timings), because checkpoints and history are written atomically, checkpoint
// first, and each epoch draws from its own seed.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <random>

#include "core/model/Run.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

constexpr int kKills = 20;

QProcessEnvironment oneThread() {
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("FAULTKE_THREADS", "1");  // the same figures on every run
    return env;
}

// history.csv without the two timing columns.
QStringList figures(const QString& run) {
    QFile f(run + "/history.csv");
    if (!f.open(QIODevice::ReadOnly)) return {};
    QStringList out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.isEmpty()) continue;
        QList<QByteArray> fields = line.split(',');
        fields.resize(fields.size() - 2);
        out << QString::fromUtf8(fields.join(','));
    }
    return out;
}

int epochLines(const QByteArray& out) {
    static const QRegularExpression line("epoch +[0-9]+/[0-9]+");
    int n = 0;
    for (auto it = line.globalMatch(QString::fromUtf8(out)); it.hasNext(); it.next()) ++n;
    return n;
}

QStringList trainArguments(const QString& data, const QString& params, const QString& run, bool resume) {
    QStringList args{"train", "--data", data, "--params", params, "-o", run, "--device", "cpu"};
    if (resume) args << "--resume";
    return args;
}

}  // namespace

class TestTrainingInterruption : public QObject {
    Q_OBJECT

private slots:
    void killedTrainingResumesToTheSameHistory() {
        QTemporaryDir dir;
        const QString data = dir.filePath("tiny.mat"), params = dir.filePath("params.json");
        test::lineDataset(200, 5).save(data.toStdString());
        {
            QFile f(params);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"batch_size": 16, "num_epochs": 60, "num_channels": 4, "seed": 3})");
        }
        const QString reference = dir.filePath("reference");
        const test::CliResult whole = test::runCli(trainArguments(data, params, reference, false), {}, oneThread());
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        const QStringList expected = figures(reference);
        QCOMPARE(expected.size(), 61);  // header and 60 epochs

        const QString run = dir.filePath("run");
        std::mt19937 rng(2026);
        std::uniform_int_distribution<int> epochsBeforeKill(0, 2);
        std::uniform_int_distribution<int> moment(0, 40);  // ms
        int kills = 0, advanced = 0, lastEpoch = 0;        // kills that landed after some epochs were saved
        for (int attempt = 0; attempt < 200 && kills < kKills; ++attempt) {
            // The run folder opens after every kill: its history reads, and resume takes it.
            const bool started = QFile::exists(run + "/params.json");
            if (started) RunFolder(run.toStdString()).readHistory();  // throws (failing the test) when damaged
            QProcess process;
            process.setProcessEnvironment(oneThread());
            process.start(test::cliPath(), trainArguments(data, params, run, started));
            QVERIFY(process.waitForStarted());
            // Kill after 0, 1 or 2 more epochs were reported, and a random moment into the next
            // one (which may be the checkpoint's or the history's writing).
            const int wanted = epochsBeforeKill(rng);
            QByteArray out;
            while (epochLines(out) < wanted && process.state() == QProcess::Running)
                if (process.waitForReadyRead(30000)) out += process.readAllStandardOutput();
            QThread::msleep(unsigned(moment(rng)));
            if (process.state() != QProcess::Running) {
                process.waitForFinished();
                QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
                if (figures(run).size() == expected.size()) break;  // finished before the kill
                continue;
            }
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
            ++kills;
            const int epoch = RunFolder(run.toStdString()).lastCompleteEpoch();
            QVERIFY(epoch >= lastEpoch);  // a kill never takes saved epochs away
            advanced += epoch > lastEpoch;
            lastEpoch = epoch;
        }
        QVERIFY2(kills == kKills, qPrintable(QString("only %1 kills landed before the run ended").arg(kills)));
        QVERIFY2(advanced >= 5, qPrintable(QString("only %1 kills landed mid-training").arg(advanced)));
        // Resume to the end, however far the kills let it get.
        if (figures(run).size() < expected.size()) {
            const test::CliResult rest =
                test::runCli(trainArguments(data, params, run, QFile::exists(run + "/params.json")), {}, oneThread());
            QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        }
        QCOMPARE(figures(run), expected);
        // No temporary file survives a kill once the run is complete.
        for (const QString& folder : {run, run + "/checkpoints"})
            QCOMPARE(QDir(folder).entryList({"*.tmp*", ".*tmp*"}, QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTrainingInterruption)
#include "test_training_interruption.moc"
