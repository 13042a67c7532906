// The original's slice_npy / split_master layout: names parsed by fields, export and import
// round trips, full-precision channels from the raw files, and clear errors.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <fstream>
#include <random>

#include "core/data/LegacyLayout.h"
#include "core/data/Prepare.h"
#include "core/io/Npy.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

// Labels with two decimals, negative ones, "-0.00", and values of 10 and more.
Dataset makeDataset() {
    Dataset d;
    d.experiments = {"EB_025_1", "PP_100_2_extra"};
    d.height = 16;
    d.width = 8;
    d.crop = CropSpec{0, 50, 16, 8};
    const double ke[] = {0.32, -0.05, -0.0, 12.5, 1.0, 0.99};
    const double sd[] = {0.05, 0.0, 10.25, 0.12, 100.0, 0.01};
    std::mt19937 gen(9);
    for (int i = 0; i < 6; ++i) {
        Sample s;
        s.experiment = i % 2;
        s.window = i / 2;
        s.frame = i * 7 + (i == 5 ? 1000 : 0);
        s.ke = ke[i] + 0.001;  // full precision is not in the names
        s.keLabel = ke[i];
        s.sd = sd[i];
        s.sdLabel = sd[i];
        s.split = Split(i % 3);
        d.samples.push_back(s);
    }
    d.windows.resize(d.samples.size() * 16 * 8);
    for (uint8_t& v : d.windows) v = gen() % 5 == 0;
    return d;
}

std::vector<std::string> readLines(const QString& path) {
    std::vector<std::string> lines;
    std::ifstream in(path.toStdString());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The imported dataset is ordered by experiment, window, frame: find a sample by its key.
const Sample* findSample(const Dataset& d, const std::string& experiment, int window, int frame) {
    for (const Sample& s : d.samples)
        if (d.experiments[size_t(s.experiment)] == experiment && s.window == window && s.frame == frame) return &s;
    return nullptr;
}

void expectError(const std::function<void()>& f, const QString& fragment) {
    try {
        f();
        QFAIL("no error");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains(fragment), e.what());
    }
}

}  // namespace

class TestLegacy : public QObject {
    Q_OBJECT

private slots:
    void fileNames() {
        QCOMPARE(legacySliceFileName(0.32, 0.05, 2, 7, "EB_025_1"),
                 std::string("0.32_0.05_win_2_t_007_EB_025_1_cfuv.npy"));
        QCOMPARE(legacySliceFileName(-0.05, 12.3, 0, 1234, "PP_150_1"),
                 std::string("-0.05_12.30_win_0_t_1234_PP_150_1_cfuv.npy"));
        QCOMPARE(legacySliceFileName(-0.0, 0.0, 4, 0, "X"), std::string("-0.00_0.00_win_4_t_000_X_cfuv.npy"));
    }

    void namesParseByFields() {
        LegacySliceName n = parseLegacySliceName("-0.05_12.30_win_3_t_045_PP_150_1_cfuv.npy");
        QCOMPARE(n.keText, std::string("-0.05"));
        QCOMPARE(n.sdText, std::string("12.30"));
        QCOMPARE(n.ke, -0.05);
        QCOMPARE(n.sd, 12.3);
        QCOMPARE(n.window, 3);
        QCOMPARE(n.frame, 45);
        QCOMPARE(n.experiment, std::string("PP_150_1"));

        n = parseLegacySliceName("10.00_0.00_win_12_t_1001_my_long_exp_name_cfuv.npy");
        QCOMPARE(n.ke, 10.0);
        QCOMPARE(n.window, 12);
        QCOMPARE(n.frame, 1001);
        QCOMPARE(n.experiment, std::string("my_long_exp_name"));

        n = parseLegacySliceName("-0.00_0.01_win_0_t_000_E_cfuv.npy");
        QVERIFY(std::signbit(n.ke));

        for (const char* bad :
             {"0.32_0.05_win_2_t_007_EB_025_1.npy", "0.32_0.05_win_2_t_007_cfuv.npy", "abc_0.05_win_2_t_007_E_cfuv.npy",
              "0.32_0.05_w_2_t_007_E_cfuv.npy", "0.32_0.05_win_-2_t_007_E_cfuv.npy", "0.32_0.05_win_2_t_7x_E_cfuv.npy",
              "0.3.2_0.05_win_2_t_007_E_cfuv.npy", "0.32_0.05_win_2_t__E_cfuv.npy"})
            QVERIFY_THROWS_EXCEPTION(Error, parseLegacySliceName(bad));
    }

    void exportImportRoundTrip() {
        QTemporaryDir dir;
        const Dataset d = makeDataset();
        const LegacyExportSummary summary = exportLegacy(d, dir.path().toStdString());
        QCOMPARE(summary.files, size_t(6));
        QVERIFY(!summary.allChannels);

        // The files: names from the labels, H x W x 4 float64, fault in channel 1, zeros elsewhere.
        const QString slice = dir.filePath("slice_npy/PP_100_2_extra/-0.05_0.00_win_0_t_007_PP_100_2_extra_cfuv.npy");
        QVERIFY2(QFile::exists(slice), qPrintable(slice));
        const NpyArray a = readNpy(slice.toStdString());
        QCOMPARE(a.shape, (std::vector<size_t>{16, 8, 4}));
        QCOMPARE(a.dtype, NpyDtype::Float64);
        for (size_t p = 0; p < 16 * 8; ++p) {
            QCOMPARE(a.data[p * 4 + 1], double(d.window(1)[p]));
            QCOMPARE(a.data[p * 4 + 0], 0.0);
            QCOMPARE(a.data[p * 4 + 2], 0.0);
            QCOMPARE(a.data[p * 4 + 3], 0.0);
        }
        QVERIFY(QFile::exists(dir.filePath("slice_npy/EB_025_1/-0.00_10.25_win_1_t_014_EB_025_1_cfuv.npy")));
        QVERIFY(QFile::exists(dir.filePath("slice_npy/PP_100_2_extra/0.99_0.01_win_2_t_1035_PP_100_2_extra_cfuv.npy")));

        const auto train = readLines(dir.filePath("split_master/train_master.txt"));
        QCOMPARE(int(train.size()), 2);
        QCOMPARE(train[0], std::string("slice_npy/EB_025_1/0.32_0.05_win_0_t_000_EB_025_1_cfuv.npy"));
        QCOMPARE(int(readLines(dir.filePath("split_master/eval_master.txt")).size()), 2);
        QCOMPARE(int(readLines(dir.filePath("split_master/test_master.txt")).size()), 2);
        const auto stat = readLines(dir.filePath("data_stat.txt"));
        QVERIFY(std::find(stat.begin(), stat.end(), "total: 6") != stat.end());
        QVERIFY(std::find(stat.begin(), stat.end(), "eval: 2") != stat.end());

        const Dataset back = importLegacy(dir.path().toStdString());
        QCOMPARE(back.experiments, d.experiments);
        QCOMPARE(back.height, 16);
        QCOMPARE(back.width, 8);
        QCOMPARE(back.crop.height, 16);
        QCOMPARE(back.crop.width, 8);
        QCOMPARE(back.size(), d.size());
        for (size_t i = 0; i < d.size(); ++i) {
            const Sample& s = d.samples[i];
            const Sample* b = findSample(back, d.experiments[size_t(s.experiment)], s.window, s.frame);
            QVERIFY(b);
            QCOMPARE(b->split, s.split);
            QCOMPARE(b->keLabel, s.keLabel);
            QCOMPARE(b->sdLabel, s.sdLabel);
            QCOMPARE(std::signbit(b->keLabel), std::signbit(s.keLabel));
            QCOMPARE(b->ke, s.keLabel);  // names hold two decimals only
            const size_t j = size_t(b - back.samples.data());
            QVERIFY(std::equal(d.window(i), d.window(i) + 128, back.window(j)));
        }
        // The dataset it makes is valid: it saves and loads.
        back.save(dir.filePath("imported.mat").toStdString());
        QCOMPARE(Dataset::load(dir.filePath("imported.mat").toStdString()).size(), size_t(6));

        // A second export into the same folder would mix stale files in: refused.
        expectError([&] { exportLegacy(d, dir.path().toStdString()); }, "already holds a legacy layout");
    }

    void importWithoutMastersIsAllTraining() {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath("slice_npy/E_1");
        // A fault-only H x W file of another dtype: non-zero values (2, -1) are fault.
        const std::vector<double> fault{0, 2, -1, 0, 0, 1};
        writeNpy(dir.filePath("slice_npy/E_1/0.50_0.10_win_1_t_002_E_1_cfuv.npy").toStdString(), {3, 2}, fault.data(),
                 {NpyDtype::Int32});
        writeNpy(dir.filePath("slice_npy/E_1/0.40_0.10_win_0_t_009_E_1_cfuv.npy").toStdString(), {3, 2}, fault.data(),
                 {NpyDtype::Uint8});
        QFile(dir.filePath("slice_npy/E_1/README.txt")).open(QIODevice::WriteOnly);
        const Dataset d = importLegacy(dir.path().toStdString());
        QCOMPARE(d.size(), size_t(2));
        QCOMPARE(d.samples[0].window, 0);  // ordered by window, then frame
        QCOMPARE(d.samples[0].keLabel, 0.4);
        QCOMPARE(d.counts().samples[0], 2);
        QCOMPARE(std::vector<uint8_t>(d.window(1), d.window(1) + 6), (std::vector<uint8_t>{0, 1, 1, 0, 0, 1}));
    }

    void importErrors() {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        expectError([&] { importLegacy(root); }, "not a legacy layout");
        expectError([&] { importLegacy(root + "/nowhere"); }, "no such folder");

        const Dataset d = makeDataset();
        exportLegacy(d, root);
        const QString master = dir.filePath("split_master/test_master.txt");
        auto rewriteMaster = [&](const std::string& content) {
            QFile f(master);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content.c_str());
        };
        const auto original = readLines(master);

        rewriteMaster(original[0] + "\n" + original[0] + "\n");
        expectError([&] { importLegacy(root); }, "listed twice");

        rewriteMaster("slice_npy/EB_025_1/0.11_0.22_win_9_t_001_EB_025_1_cfuv.npy\n");
        expectError([&] { importLegacy(root); }, "not found");

        rewriteMaster("\n" + original[0] + "\nslice_npy/EB_025_1/garbage.npy\n");
        expectError([&] { importLegacy(root); }, "test_master.txt: line 3");

        // A window of another size among the others.
        const std::vector<double> small(4 * 4 * 4, 1.0);
        writeNpy(dir.filePath("slice_npy/EB_025_1/0.11_0.22_win_9_t_001_EB_025_1_cfuv.npy").toStdString(), {4, 4, 4},
                 small.data());
        rewriteMaster("slice_npy/EB_025_1/0.11_0.22_win_9_t_001_EB_025_1_cfuv.npy\n");
        expectError([&] { importLegacy(root); }, "the files before it are 16 x 8");

        // A file that is not an array of windows.
        writeNpy(dir.filePath("slice_npy/EB_025_1/0.11_0.22_win_9_t_001_EB_025_1_cfuv.npy").toStdString(), {5},
                 small.data());
        expectError([&] { importLegacy(root); }, "expected a height x width x 4");
    }

    void exportWithRawChannels() {
        QTemporaryDir raw, out, other;
        const std::string file = test::writeSyntheticExperiment(raw.path(), "EB_050_2", 4, 21);
        PrepareOptions options;
        options.split.seed = 3;
        const Dataset d = prepareDataset({file}, options);
        QVERIFY(d.size() > 0);

        const LegacyExportSummary summary = exportLegacy(d, out.path().toStdString(), {raw.path().toStdString(), {}});
        QVERIFY(summary.allChannels);
        QCOMPARE(summary.files, d.size());

        const Experiment exp = Experiment::load(file);
        const Sample& s = d.samples[d.size() / 2];
        const QString name =
            QString::fromStdString(legacySliceFileName(s.keLabel, s.sdLabel, s.window, s.frame, "EB_050_2"));
        const NpyArray a = readNpy(out.filePath("slice_npy/EB_050_2/" + name).toStdString());
        QCOMPARE(a.shape, (std::vector<size_t>{128, 64, 4}));
        const WindowRect rect = d.crop.window(s.window);
        for (int r = 0; r < 128; r += 9)
            for (int c = 0; c < 64; c += 5) {
                const double* px = a.data.data() + (size_t(r) * 64 + size_t(c)) * 4;
                for (Channel ch : {Channel::Curl, Channel::Fault, Channel::U, Channel::V})
                    QCOMPARE(px[int(ch)], exp.value(ch, s.frame, rect.row + r, rect.col + c));  // bit-exact
            }

        // Another experiment under the same name is noticed.
        test::writeSyntheticExperiment(other.path(), "EB_050_2", 4, 99);
        QTemporaryDir out2;
        expectError([&] { exportLegacy(d, out2.path().toStdString(), {other.path().toStdString(), {}}); }, "differs");
        QTemporaryDir out3;
        expectError(
            [&] {
                exportLegacy(d, out3.path().toStdString(), {out3.path().toStdString(), {}});
            },
            "raw experiment file not found");
        // A failed export leaves nothing behind, so the same folder takes the next try.
        QCOMPARE(QDir(out2.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});
        QCOMPARE(QDir(out3.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});
        QCOMPARE(exportLegacy(d, out3.path().toStdString(), {raw.path().toStdString(), {}}).files, d.size());
        QTemporaryDir missingRaw;
        expectError(
            [&] {
                exportLegacy(d, missingRaw.path().toStdString(), {missingRaw.filePath("nowhere").toStdString(), {}});
            },
            "raw experiment folder not found");
        QCOMPARE(QDir(missingRaw.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestLegacy)
#include "test_legacy.moc"
