// faultke-cli train / evaluate / bench, run as a user runs them on a small dataset file of
// 32 x 16 windows written at test time: per-epoch lines, the run folder, resume, exit codes.
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/Dataset.h"
#include "support/TestDatasets.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

using test::CliResult;

// Tiny networks: one thread is fastest on a busy machine.
CliResult runCli(const QStringList& args) {
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("FAULTKE_THREADS", "1");
    return test::runCli(args, {}, env);
}

// Windows of 32 x 16 with a vertical fault of thickness 1..4; KE = 0.2 * thickness. Samples 3
// and 4 of every five are eval and test.
void writeTinyDataset(const std::string& path, int count) { test::lineDataset(count, 5).save(path); }

int lineCount(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    return f.readAll().count('\n');
}

}  // namespace

class TestCliTrain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void trainWritesARunAndOneLinePerEpoch();
    void evaluatePrintsSplitsAndWritesPredictions();
    void resumeExtendsTheRun();
    void errorsAreOneLine();
    void benchPrintsSpeeds();
    void paramsListsTheKeysOfParamsJson();
    void trainsFromATrainedModel();

private:
    QTemporaryDir dir_;
    QString data_, run_, params_;
};

void TestCliTrain::initTestCase() {
    QVERIFY(dir_.isValid());
    data_ = dir_.filePath("tiny.mat");
    writeTinyDataset(data_.toStdString(), 60);
    run_ = dir_.filePath("run");
    params_ = dir_.filePath("params.json");
    QFile f(params_);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"learning_rate": 5e-3, "batch_size": 16, "num_epochs": 2, "num_channels": 4, "seed": 3})");
}

void TestCliTrain::trainWritesARunAndOneLinePerEpoch() {
    const CliResult r = runCli({"train", "--data", data_, "--params", params_, "-o", run_, "--device", "cpu"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("epoch   1/2"), qPrintable(r.out));
    QVERIFY(r.out.contains("epoch   2/2"));
    QVERIFY(r.out.contains("samples/s"));
    QVERIFY(r.out.contains("best epoch"));
    QVERIFY(!r.err.contains("\r"));  // no progress bar when stderr is not a terminal
    // The original's params.json (no "preset") trains with the original recipe, and says so.
    QVERIFY2(r.out.contains(": original recipe, 2 epochs, batch 16"), qPrintable(r.out));
    // The test set is shown once, for the chosen epoch, never epoch by epoch.
    QCOMPARE(r.out.count("test 2SD accuracy of epoch"), 1);
    QVERIFY(!r.out.contains("test acc"));
    QFile log(run_ + "/log.txt");
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(log.readAll()).contains("test acc"));
    QCOMPARE(lineCount(run_ + "/history.csv"), 3);
    QVERIFY(QFile::exists(run_ + "/checkpoints/epoch-001.pt"));
    QVERIFY(QFile::exists(run_ + "/checkpoints/epoch-002.pt"));
    QVERIFY(QFile::exists(run_ + "/best.json"));
    QVERIFY(QFile::exists(run_ + "/log.txt"));
    QVERIFY(QFile::exists(run_ + "/params.json"));
}

void TestCliTrain::evaluatePrintsSplitsAndWritesPredictions() {
    const QString csv = dir_.filePath("pred.csv");
    const CliResult r = runCli({"evaluate", run_, "--data", data_, "--epoch", "2", "-o", csv, "--device", "cpu"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QRegularExpression("train\\s+36\\s")), qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression("eval\\s+12\\s")));
    QVERIFY(r.out.contains(QRegularExpression("test\\s+12\\s")));
    QCOMPARE(lineCount(csv), 61);
    const CliResult best = runCli({"evaluate", run_, "--data", data_});
    QVERIFY2(best.exitCode == 0, qPrintable(best.err));
    QVERIFY(best.out.contains("epoch "));
}

void TestCliTrain::resumeExtendsTheRun() {
    const CliResult r = runCli({"train", "--data", data_, "-o", run_, "--resume", "--epochs", "3", "--device", "cpu"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("epoch   3/3"), qPrintable(r.out));
    QVERIFY(!r.out.contains("epoch   1/3"));
    QCOMPARE(lineCount(run_ + "/history.csv"), 4);
    QVERIFY(QFile::exists(run_ + "/checkpoints/epoch-003.pt"));
}

void TestCliTrain::errorsAreOneLine() {
    // An existing run is not overwritten.
    CliResult r = runCli({"train", "--data", data_, "--params", params_, "-o", run_, "--device", "cpu"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("faultke-cli: ") && r.err.count('\n') == 1, qPrintable(r.err));
    // A broken params.json names the file.
    const QString broken = dir_.filePath("broken.json");
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"batch_size\": }");
    f.close();
    r = runCli({"train", "--data", data_, "--params", broken, "-o", dir_.filePath("other"), "--device", "cpu"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("broken.json") && r.err.count('\n') == 1, qPrintable(r.err));
    // A missing dataset, an epoch without a checkpoint, a folder that is no run.
    r = runCli({"train", "--data", dir_.filePath("none.mat"), "-o", dir_.filePath("other")});
    QCOMPARE(r.exitCode, 1);
    r = runCli({"evaluate", run_, "--data", data_, "--epoch", "9"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("epoch-009.pt"));
    r = runCli({"evaluate", dir_.filePath("nothing"), "--data", data_});
    QCOMPARE(r.exitCode, 1);
}

void TestCliTrain::benchPrintsSpeeds() {
    QTemporaryDir data;
    const CliResult r = runCli({"bench", "all", "--short", "--frames", "12", "--experiments", "2", "--samples", "64",
                                "--batch", "32", "--threads", "1", "--device", "cpu", "--data-dir", data.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char* line : {"prepare one experiment ", "faultke-cli prepare 2 experiments, peak",
                             "faultke-cli --version (starting the program)", "train on CPU, augmented",
                             "train on CPU, no augmentation, one epoch", "predict one window", "predict in bulk",
                             "dataset of 1260 samples, heap in use", "predict a 135 x 313 px map",
                             "the default (steady) recipe", "2 different experiments, after a warm-up run"})
        QVERIFY2(r.out.contains(line), qPrintable("no '" + QString(line) + "' in:\n" + r.out));
    // Every figure has a number and a unit.
    QVERIFY2(QRegularExpression("predict one window +[0-9.]+ ms").match(r.out).hasMatch(), qPrintable(r.out));
    // The experiments stay for the next run.
    const QStringList experiments = QDir(data.path()).entryList({"*.mat"});
    QCOMPARE(experiments.size(), 2);
    // Two experiments, not one file twice.
    QFile a(data.filePath(experiments[0])), b(data.filePath(experiments[1]));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() != b.readAll());
    const CliResult bad = runCli({"bench", "everything"});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains("everything"), qPrintable(bad.err));
    // The model commands come from their module; the help lists them beside the data commands.
    const CliResult help = runCli({"--help"});
    for (const char* command : {"prepare", "train", "predict", "bench"})
        QVERIFY2(help.out.contains(QString("  ") + command + " "), qPrintable(help.out));
}

// `faultke-cli params`: the table of training parameters, every key with its range and the two
// presets' values; one key alone; a misspelt key answered with the nearest one.
void TestCliTrain::paramsListsTheKeysOfParamsJson() {
    const CliResult all = runCli({"params"});
    QCOMPARE(all.exitCode, 0);
    for (const char* key : {"learning_rate", "thickness_range", "shift_range.rows", "early_stopping.patience",
                            "start_at_mean_ke", "preset"})
        QVERIFY2(all.out.contains(QString("\n") + key + "  ("), key);
    QVERIFY(all.out.contains("learning_rate  (number, (0, 10])\n    original: 0.005, steady: 0.005"));
    const CliResult one = runCli({"params", "ema_epochs"});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.startsWith("ema_epochs  (number, [0, 1000])\n    original: 0.0, steady: 3.0"));
    const CliResult wrong = runCli({"params", "ema_epoch"});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("did you mean 'ema_epochs'?"), qPrintable(wrong.err));
}

// --start-from and --freeze: the run starts from the model named (the fine-tune preset without
// --params), says so and records it; a model of another shape is one line naming the layer.
void TestCliTrain::trainsFromATrainedModel() {
    const QString from = dir_.filePath("from-run");
    const CliResult r = runCli({"train", "--data", data_, "--params", params_, "-o", from, "--device", "cpu",
                                "--start-from", run_ + ":1", "--freeze", "convs"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("starting from run " + run_ + ", epoch 1"), qPrintable(r.out));
    QVERIFY(r.out.contains("frozen: convolution blocks"));
    QVERIFY(QFile::exists(from + "/start.json"));
    // Without --params: the fine-tune preset.
    const CliResult f = runCli({"train", "--data", data_, "-o", dir_.filePath("tuned"), "--device", "cpu", "--epochs",
                                "1", "--start-from", run_});
    QVERIFY2(f.exitCode == 0, qPrintable(f.err));
    QVERIFY2(f.out.contains(": fine-tune recipe (changed), 1 epoch, batch 256, learning rate 0.001"),
             qPrintable(f.out));
    // A network of 2 channels cannot start from one of 4.
    const QString narrow = dir_.filePath("narrow.json");
    test::writeFile(narrow, R"({"batch_size": 16, "num_epochs": 1, "num_channels": 2})");
    const QString misfit = dir_.filePath("misfit");
    const CliResult m =
        runCli({"train", "--data", data_, "--params", narrow, "-o", misfit, "--device", "cpu", "--start-from", run_});
    QCOMPARE(m.exitCode, 1);
    QCOMPARE(m.err.trimmed().count('\n'), 0);
    QVERIFY2(m.err.contains("layer 'block0_conv0.weight' is [4, 1, 3, 3] there and [2, 1, 3, 3] here"),
             qPrintable(m.err));
    QVERIFY(!QFile::exists(misfit));  // refused before its folder was made
    const CliResult frozen = runCli({"train", "--data", data_, "--params", params_, "-o", dir_.filePath("frozen"),
                                     "--device", "cpu", "--freeze", "convs"});
    QCOMPARE(frozen.exitCode, 1);
    QVERIFY2(frozen.err.contains("needs a trained model in \"start_from\""), qPrintable(frozen.err));
}

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
