// The dataset: prepare (windows, labels and splits from real .mat experiments), and its file, a
// MATLAB v7.3 (HDF5) round trip of every field with clear errors for files that are not datasets.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "core/data/Dataset.h"
#include "core/data/Labels.h"
#include "core/data/Prepare.h"
#include "core/io/MatFile.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

// A dataset with awkward values: negative KE, a "-0.00" label, labels of 10 and more, and
// windows that differ from sample to sample.
Dataset makeDataset(size_t n) {
    Dataset d;
    d.experiments = {"EB_025_1", "PP_100_2", "PP_050_10"};
    d.crop = CropSpec{3, 40, 32, 16};
    d.height = 32;
    d.width = 16;
    d.dx = 1.25;
    d.split.seed = (uint64_t(1) << 60) + 3;  // not exact as a double
    d.split.evalWindows = 3;
    d.split.testWindows = 2;
    d.split.trainOnly = {"EB_025_1"};
    d.split.excluded = {"PP_150_1", "PP_200_1"};
    d.centreTracesWithin = 7;
    std::mt19937 gen(5);
    d.windows.resize(n * 32 * 16);
    for (uint8_t& v : d.windows) v = gen() % 7 == 0;
    for (size_t i = 0; i < n; ++i) {
        Sample s;
        s.experiment = int(i % 3);
        s.window = int(i % 5);
        s.frame = int(i * 7 % 300);
        s.ke = 0.123456789 * double(i) - 3.0;
        s.sd = 1e-9 * double(i) + 0.001;
        s.keLabel = i == 1 ? -0.0 : std::round(s.ke * 100) / 100;
        s.sdLabel = 10.25 + double(i);
        s.split = Split(i % 3);
        d.samples.push_back(s);
    }
    return d;
}

void compareDatasets(const Dataset& a, const Dataset& b) {
    QCOMPARE(b.experiments, a.experiments);
    QCOMPARE(b.height, a.height);
    QCOMPARE(b.width, a.width);
    QCOMPARE(b.crop, a.crop);
    QCOMPARE(b.dx, a.dx);
    QCOMPARE(b.split.seed, a.split.seed);
    QCOMPARE(b.split.evalWindows, a.split.evalWindows);
    QCOMPARE(b.split.testWindows, a.split.testWindows);
    QCOMPARE(b.split.trainOnly, a.split.trainOnly);
    QCOMPARE(b.split.excluded, a.split.excluded);
    QCOMPARE(b.centreTracesWithin, a.centreTracesWithin);
    QCOMPARE(b.size(), a.size());
    QVERIFY(b.windows == a.windows);
    for (size_t i = 0; i < a.size(); ++i) {
        const Sample &x = a.samples[i], &y = b.samples[i];
        QCOMPARE(y.experiment, x.experiment);
        QCOMPARE(y.window, x.window);
        QCOMPARE(y.frame, x.frame);
        QCOMPARE(y.split, x.split);
        for (LabelPrecision p : {LabelPrecision::TwoDecimals, LabelPrecision::Full}) {
            QCOMPARE(y.targetKe(p), x.targetKe(p));  // bit-exact: doubles are stored as doubles
            QCOMPARE(y.targetSd(p), x.targetSd(p));
        }
        QCOMPARE(std::signbit(y.keLabel), std::signbit(x.keLabel));
    }
}

// Writes a dataset file variable by variable; `change` may replace or drop any variable
// (return true when it handled the name).
using Change = std::function<bool(MatWriter&, const std::string&)>;
void writeDatasetFile(const std::string& path, size_t n, const Change& change) {
    const Dataset d = makeDataset(n);
    const std::string tmp = path + ".valid.mat";
    d.save(tmp);
    const MatReader valid(tmp);
    MatWriter w(path, MatVersion::V73);
    for (const MatVariableInfo& v : valid.variables()) {
        if (change(w, v.name)) continue;
        if (v.className == "cell") {
            w.writeStrings(v.name, valid.readStrings(v.name));
        } else if (v.className == "char") {
            w.writeText(v.name, valid.readText(v.name));
        } else {
            const std::vector<double> values = valid.readDouble(v.name);
            w.writeDouble(v.name, values.data(), v.dims);
        }
    }
    w.commit();
    QFile::remove(QString::fromStdString(tmp));
}

void expectLoadError(const std::string& path, const QString& fragment) {
    try {
        Dataset::load(path);
        QFAIL("no error");
    } catch (const Error& e) {
        const QString message = e.what();
        QVERIFY2(message.startsWith(QString::fromStdString(path) + ": "), qPrintable(message));
        QVERIFY2(message.contains(fragment), qPrintable(message));
    }
}

}  // namespace

class TestDataset : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QTemporaryDir experimentsDir_;
    std::vector<std::string> experimentFiles_;  // three small synthetic experiments, sorted by name
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

    PrepareOptions options() const {
        PrepareOptions o;
        o.split.seed = 11;
        o.split.evalWindows = 2;
        o.split.testWindows = 1;
        o.split.trainOnly = {"EB_025_1"};
        return o;
    }

private slots:
    void initTestCase() {
        const uint64_t seeds[] = {3, 4, 5};
        const char* names[] = {"EB_025_1", "EB_100_2", "PP_050_3"};
        for (int i = 0; i < 3; ++i)
            experimentFiles_.push_back(test::writeSyntheticExperiment(experimentsDir_.path(), names[i], 8, seeds[i]));
    }

    void expandsFoldersAndKeepsFiles() {
        QTemporaryDir mixed;
        for (const char* name : {"b.mat", "a.MAT", "notes.txt", "c.mat"})
            QFile(mixed.filePath(name)).open(QIODevice::WriteOnly);
        QDir(mixed.path()).mkdir("sub.mat");
        const std::string folder = mixed.path().toStdString();
        const auto files = expandExperimentInputs({folder, experimentFiles_[0]});
        QCOMPARE(files, (std::vector<std::string>{folder + "/a.MAT", folder + "/b.mat", folder + "/c.mat",
                                                  experimentFiles_[0]}));
        try {
            expandExperimentInputs({folder + "/missing.mat"});
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).startsWith(QString::fromStdString(folder + "/missing.mat: ")));
        }
        QTemporaryDir empty;
        QVERIFY_THROWS_EXCEPTION(Error, expandExperimentInputs({empty.path().toStdString()}));
    }

    void windowsAndLabelsMatchTheExperiments() {
        PrepareReport report;
        const Dataset d = prepareDataset(experimentFiles_, options(), nullptr, &report);
        QCOMPARE(d.experiments, (std::vector<std::string>{"EB_025_1", "EB_100_2", "PP_050_3"}));
        QCOMPARE(int(report.experiments.size()), 3);
        QCOMPARE(d.windows.size(), d.size() * 128 * 64);
        QVERIFY(d.size() > 0);

        size_t next = 0;
        for (size_t e = 0; e < experimentFiles_.size(); ++e) {
            const Experiment exp = Experiment::load(experimentFiles_[e], {}, Experiment::Content::LabelsOnly);
            const LabelTable table = labelExperiment(exp, d.crop, d.dx);
            QCOMPARE(report.experiments[e].samples, int(table.kept.size()));
            QCOMPARE(report.experiments[e].emptySkipped, table.emptySkipped);
            QCOMPARE(report.experiments[e].windows, 5);
            QCOMPARE(report.experiments[e].frames, 8);
            for (const WindowLabel& kept : table.kept) {
                const Sample& s = d.samples[next];
                QCOMPARE(s.experiment, int(e));
                QCOMPARE(s.window, kept.window);
                QCOMPARE(s.frame, kept.frame);
                QCOMPARE(s.ke, kept.label.ke);
                QCOMPARE(s.sd, kept.label.sd);
                QCOMPARE(s.keLabel, kept.label.keLabel);
                QCOMPARE(s.sdLabel, kept.label.sdLabel);
                // The window is the fault map's region, row by row.
                const WindowRect rect = d.crop.window(s.window);
                const uint8_t* frame = exp.faultFrame(s.frame);
                const uint8_t* window = d.window(next);
                for (int r = 0; r < rect.height; ++r)
                    for (int c = 0; c < rect.width; ++c)
                        if (window[r * rect.width + c] != frame[(rect.row + r) * exp.cols() + rect.col + c])
                            QFAIL(qPrintable(QString("window %1 differs at %2, %3").arg(next).arg(r).arg(c)));
                ++next;
            }
        }
        QCOMPARE(next, d.size());
    }

    // Centred windows hold the same traces moved across strike (their middle on the middle row,
    // or within the rows asked), with the same labels; the dataset records how they were moved.
    void centredWindowsMoveTracesAndKeepLabels() {
        const Dataset asCut = prepareDataset(experimentFiles_, options());
        QCOMPARE(asCut.centreTracesWithin, -1);
        for (int within : {0, 10}) {
            PrepareOptions o = options();
            o.centreTracesWithin = within;
            const Dataset centred = prepareDataset(experimentFiles_, o);
            QCOMPARE(centred.centreTracesWithin, within);
            QCOMPARE(centred.size(), asCut.size());
            int moved = 0;
            for (size_t i = 0; i < asCut.size(); ++i) {
                const Sample &a = asCut.samples[i], &b = centred.samples[i];
                QCOMPARE(b.window, a.window);
                QCOMPARE(b.frame, a.frame);
                QCOMPARE(b.ke, a.ke);
                QCOMPARE(b.split, a.split);
                // Trace rows (first, last) of a window, and its pixels.
                auto band = [](const uint8_t* w, int& first, int& last, int& count) {
                    first = last = -1;
                    count = 0;
                    for (int r = 0; r < 128; ++r) {
                        const int n = int(std::count(w + r * 64, w + (r + 1) * 64, uint8_t{1}));
                        count += n;
                        if (n == 0) continue;
                        if (first < 0) first = r;
                        last = r;
                    }
                };
                int f0, l0, n0, f1, l1, n1;
                band(asCut.window(i), f0, l0, n0);
                band(centred.window(i), f1, l1, n1);
                QCOMPARE(n1, n0);            // the synthetic bands fit: nothing moved past an edge
                QCOMPARE(l1 - f1, l0 - f0);  // moved, not reshaped
                const int shift = f1 - f0;
                for (int r = f0; r <= l0; ++r)
                    QVERIFY(std::equal(asCut.window(i) + r * 64, asCut.window(i) + (r + 1) * 64,
                                       centred.window(i) + (r + shift) * 64));
                const double before = (f0 + l0) / 2.0 - 63.5, after = (f1 + l1) / 2.0 - 63.5;
                if (within == 0) QVERIFY2(after == 0 || after == 0.5, qPrintable(QString("middle %1").arg(after)));
                if (std::abs(before) <= within) QCOMPARE(shift, 0);
                QVERIFY(std::abs(after) <= within + 0.5);
                moved += shift != 0;
            }
            QVERIFY(moved > 0);
        }
    }

    void splitsGoByTrueWindowIndex() {
        PrepareOptions o = options();
        o.split.excluded = {"PP_050_3"};
        PrepareReport report;
        const Dataset d = prepareDataset(experimentFiles_, o, nullptr, &report);
        QCOMPARE(d.experiments, (std::vector<std::string>{"EB_025_1", "EB_100_2"}));
        QCOMPARE(report.experiments[2].role, ExperimentRole::Excluded);
        QCOMPARE(report.experiments[2].samples, 0);
        QCOMPARE(report.experiments[0].role, ExperimentRole::TrainOnly);
        for (const Sample& s : d.samples) {
            const std::string& name = d.experiments[size_t(s.experiment)];
            QCOMPARE(s.split, assignWindows(o.split, name, 5)[size_t(s.window)]);
            if (name == "EB_025_1") QCOMPARE(s.split, Split::Train);
        }
        // Every sample of a window shares its split, so the eval windows of the split experiment
        // are exactly two and its test window one (when the windows hold samples).
        std::map<int, std::set<Split>> splitsOfWindow;
        for (const Sample& s : d.samples)
            if (s.experiment == 1) splitsOfWindow[s.window].insert(s.split);
        int evalWindows = 0, testWindows = 0;
        for (const auto& [window, splits] : splitsOfWindow) {
            QCOMPARE(int(splits.size()), 1);
            evalWindows += *splits.begin() == Split::Eval;
            testWindows += *splits.begin() == Split::Test;
        }
        QCOMPARE(int(splitsOfWindow.size()), 5);  // the synthetic faults cross every window
        QCOMPARE(evalWindows, 2);
        QCOMPARE(testWindows, 1);
    }

    void resultDoesNotDependOnScheduling() {
        // Preparing all at once (two loader threads) equals preparing one by one, concatenated.
        const Dataset all = prepareDataset(experimentFiles_, options());
        Dataset joined;
        for (const std::string& file : experimentFiles_) {
            Dataset one = prepareDataset({file}, options());
            for (Sample& s : one.samples) s.experiment += int(joined.experiments.size());
            joined.experiments.insert(joined.experiments.end(), one.experiments.begin(), one.experiments.end());
            joined.samples.insert(joined.samples.end(), one.samples.begin(), one.samples.end());
            joined.windows.insert(joined.windows.end(), one.windows.begin(), one.windows.end());
        }
        QCOMPARE(all.experiments, joined.experiments);
        QVERIFY(all.windows == joined.windows);
        QCOMPARE(all.size(), joined.size());
        for (size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all.samples[i].experiment, joined.samples[i].experiment);
            QCOMPARE(all.samples[i].frame, joined.samples[i].frame);
            QCOMPARE(all.samples[i].split, joined.samples[i].split);
        }
    }

    void preparedDatasetRoundTrips() {
        const Dataset d = prepareDataset(experimentFiles_, options());
        d.save(path("prepared.mat"));
        compareDatasets(d, Dataset::load(path("prepared.mat")));
        // The counts alone, without the windows.
        QCOMPARE(Dataset::readCounts(path("prepared.mat")).samples, d.counts().samples);
        QVERIFY(test::errorOf([&] { Dataset::readCounts(experimentFiles_[0]); }).contains("not a FaultKE dataset"));
    }

    void warnsAboutUnknownNamesAndRejectsDuplicates() {
        PrepareOptions o = options();
        o.split.excluded = {"NOT_THERE"};
        std::vector<std::string> warnings;
        Progress progress;
        progress.warn = [&](const std::string& w) { warnings.push_back(w); };
        prepareDataset({experimentFiles_[0]}, o, &progress);
        QVERIFY(std::any_of(warnings.begin(), warnings.end(),
                            [](const std::string& w) { return w.find("'NOT_THERE'") != std::string::npos; }));

        QTemporaryDir other;
        const std::string copy = other.filePath("EB_025_1.mat").toStdString();
        QVERIFY(QFile::copy(QString::fromStdString(experimentFiles_[0]), QString::fromStdString(copy)));
        QVERIFY_THROWS_EXCEPTION(Error, prepareDataset({experimentFiles_[0], copy}, o));
    }

    void corruptExperimentNamesItsFile() {
        QTemporaryDir bad;
        const std::string broken = bad.filePath("EB_999_1.mat").toStdString();
        std::ofstream(broken) << "not a MAT file";
        const std::vector<std::string> files{experimentFiles_[0], broken, experimentFiles_[1], experimentFiles_[2]};
        try {
            prepareDataset(files, options());
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(QString::fromStdString(broken)), e.what());
        }
    }

    void cancelStopsAndLeavesNoFile() {
        std::atomic<bool> cancel{false};
        Progress progress;
        progress.cancel = &cancel;
        int reports = 0;
        progress.report = [&](double, const std::string&) {
            if (++reports == 2) cancel = true;  // after the work has started
        };
        const std::string output = path("cancelled.mat");
        QVERIFY_THROWS_EXCEPTION(Cancelled, prepareDataset(experimentFiles_, options(), &progress).save(output));
        QVERIFY(!QFile::exists(QString::fromStdString(output)));

        cancel = true;  // already set before the start
        QVERIFY_THROWS_EXCEPTION(Cancelled, prepareDataset(experimentFiles_, options(), &progress));
    }

    void reportsProgressOnTheCallingThread() {
        Progress progress;
        double last = -1;
        bool monotonic = true, sameThread = true;
        const auto caller = std::this_thread::get_id();
        progress.report = [&](double f, const std::string&) {
            monotonic = monotonic && f >= last - 1e-12;
            sameThread = sameThread && std::this_thread::get_id() == caller;
            last = f;
        };
        progress.warn = [&](const std::string&) { sameThread = sameThread && std::this_thread::get_id() == caller; };
        prepareDataset(experimentFiles_, options(), &progress);
        QVERIFY(sameThread);
        QVERIFY(monotonic);
        QCOMPARE(last, 1.0);
    }

    void countsAndIndices() {
        const Dataset d = makeDataset(10);
        const SplitCounts c = d.counts();
        QCOMPARE(c.samples[0], 4);
        QCOMPARE(c.samples[1], 3);
        QCOMPARE(c.samples[2], 3);
        QCOMPARE(c.total(), 10);
        QCOMPARE(c.ratio(Split::Train), 0.4);
        QCOMPARE(d.indicesOf(Split::Test), (std::vector<size_t>{2, 5, 8}));
        QCOMPARE(int(d.window(2)[0]), int(d.windows[2 * 32 * 16]));
    }

    void roundTrip() {
        const Dataset d = makeDataset(50);
        d.save(path("round.mat"));
        compareDatasets(d, Dataset::load(path("round.mat")));
    }

    void roundTripOneAndNoSamples() {
        Dataset one = makeDataset(1);
        one.split.trainOnly.clear();
        one.split.excluded.clear();
        one.save(path("one.mat"));
        compareDatasets(one, Dataset::load(path("one.mat")));

        Dataset none = makeDataset(0);
        none.save(path("none.mat"));
        compareDatasets(none, Dataset::load(path("none.mat")));
    }

    void isMatlab73Hdf5AndCompressed() {
        Dataset d = makeDataset(0);
        // 3000 sparse windows of 128 x 64: 24 MB raw, a small fraction of it compressed.
        d.crop = CropSpec{};
        d.height = 128;
        d.width = 64;
        for (int i = 0; i < 3000; ++i) {
            Sample s;
            s.frame = i;
            d.samples.push_back(s);
        }
        d.windows.assign(d.samples.size() * 128 * 64, 0);
        for (size_t i = 0; i < d.samples.size(); ++i)
            for (int r = 0; r < 128; ++r) d.windows[i * 8192 + size_t(r) * 64 + (i + size_t(r) / 4) % 64] = 1;
        d.save(path("big.mat"));

        QFile f(dir_.filePath("big.mat"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(520);
        QVERIFY(head.startsWith("MATLAB 7.3 MAT-file"));
        QCOMPARE(head.mid(512, 8), QByteArray("\x89HDF\r\n\x1a\n", 8));
        QVERIFY2(f.size() < 4 * 1024 * 1024, qPrintable(QString::number(f.size())));
        QCOMPARE(QString::fromStdString(MatReader(path("big.mat")).formatName()).left(8), QString("MAT v7.3"));

        const MatReader r(path("big.mat"));
        QCOMPARE(r.info("fault_windows").className, std::string("uint8"));
        QCOMPARE(r.info("fault_windows").dims, (std::vector<size_t>{128, 64, 3000}));
        QCOMPARE(r.info("experiment_index").className, std::string("int32"));
        QCOMPARE(r.info("split").className, std::string("uint8"));
        QCOMPARE(r.readStrings("split_names"), (std::vector<std::string>{"train", "eval", "test"}));
        QCOMPARE(r.readScalar("format_version"), 1.0);
        // MATLAB order: fault_windows(r, c, k) at r + 128 * (c + 64 * k).
        const std::vector<uint8_t> stored = r.readUint8("fault_windows");
        QCOMPARE(int(stored[size_t(8 + 128 * (((7 + 8 / 4) % 64) + 64 * 7))]), 1);
        QCOMPARE(int(stored[size_t(8 + 128 * (((7 + 8 / 4 + 1) % 64) + 64 * 7))]), 0);
    }

    void experimentIndexIsOneBased() {
        const Dataset d = makeDataset(6);
        d.save(path("index.mat"));
        const std::vector<int32_t> index = MatReader(path("index.mat")).readInt32("experiment_index");
        QCOMPARE(index, (std::vector<int32_t>{1, 2, 3, 1, 2, 3}));
    }

    void saveIsAtomic() {
        const Dataset good = makeDataset(4);
        good.save(path("atomic.mat"));
        Dataset bad = makeDataset(4);
        bad.windows.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, bad.save(path("atomic.mat")));
        bad = makeDataset(4);
        bad.samples[2].experiment = 3;
        QVERIFY_THROWS_EXCEPTION(Error, bad.save(path("atomic.mat")));
        compareDatasets(good, Dataset::load(path("atomic.mat")));
        QVERIFY(QDir(dir_.path()).entryList({".atomic*"}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void rejectsFilesThatAreNotDatasets() {
        { std::ofstream(path("text.mat")) << "just some text, not a MAT file\n"; }
        expectLoadError(path("text.mat"), "");
        expectLoadError(path("does-not-exist.mat"), "");

        makeDataset(20).save(path("whole.mat"));
        QFile whole(dir_.filePath("whole.mat"));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QFile cut(dir_.filePath("truncated.mat"));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        expectLoadError(path("truncated.mat"), "");

        MatWriter other(path("other.mat"), MatVersion::V73);
        other.writeScalar("x", 1);
        other.commit();
        expectLoadError(path("other.mat"), "missing variable 'format_version'");
    }

    void rejectsInconsistentFiles() {
        const size_t n = 12;
        auto check = [&](const char* file, const Change& change, const QString& fragment) {
            writeDatasetFile(path(file), n, change);
            expectLoadError(path(file), fragment);
        };
        check(
            "no-ke.mat", [](MatWriter&, const std::string& name) { return name == "ke"; }, "missing variable 'ke'");
        check(
            "no-windows.mat", [](MatWriter&, const std::string& name) { return name == "fault_windows"; },
            "missing variable 'fault_windows'");
        check(
            "short-sd.mat",
            [](MatWriter& w, const std::string& name) {
                if (name != "sd_label") return false;
                const std::vector<double> v(11, 0.5);
                w.writeDouble(name, v.data(), {11, 1});
                return true;
            },
            "'sd_label' has 11 elements, expected 12");
        check(
            "split-3.mat",
            [](MatWriter& w, const std::string& name) {
                if (name != "split") return false;
                std::vector<uint8_t> v(12, 0);
                v[4] = 3;
                w.writeUint8(name, v.data(), {12, 1});
                return true;
            },
            "'split', sample 5");
        check(
            "index-0.mat",
            [](MatWriter& w, const std::string& name) {
                if (name != "experiment_index") return false;
                std::vector<int32_t> v(12, 1);
                v[0] = 0;
                w.writeInt32(name, v.data(), {12, 1});
                return true;
            },
            "'experiment_index', sample 1");
        check(
            "index-4.mat",
            [](MatWriter& w, const std::string& name) {
                if (name != "experiment_index") return false;
                std::vector<int32_t> v(12, 3);
                v[11] = 4;
                w.writeInt32(name, v.data(), {12, 1});
                return true;
            },
            "'experiment_index', sample 12");
        check(
            "windows-short.mat",
            [](MatWriter& w, const std::string& name) {
                if (name != "fault_windows") return false;
                const std::vector<uint8_t> v(32 * 16 * 11, 0);
                w.writeUint8(name, v.data(), {32, 16, 11});
                return true;
            },
            "fault_windows must be height x width x 12");
        check(
            "crop-mismatch.mat",
            [](MatWriter& w, const std::string& name) {
                if (name != "crop") return false;
                const double c[4] = {0, 50, 128, 64};
                w.writeDouble(name, c, {1, 4});
                return true;
            },
            "does not match");
        check(
            "version-2.mat",
            [](MatWriter& w, const std::string& name) {
                if (name != "format_version") return false;
                w.writeScalar(name, 2);
                return true;
            },
            "format_version");
        check(
            "names-not-cell.mat",
            [](MatWriter& w, const std::string& name) {
                if (name != "experiment_names") return false;
                w.writeText(name, "EB_025_1");
                return true;
            },
            "experiment_names");
        check(
            "centre-half-row.mat",
            [](MatWriter& w, const std::string& name) {
                if (name != "centre_traces_within") return false;
                w.writeScalar(name, 2.5);
                return true;
            },
            "centre_traces_within must be a whole number");
    }

    void acceptsWindowsResavedAsDouble() {
        const Dataset d = makeDataset(5);
        writeDatasetFile(path("double-windows.mat"), 5, [](MatWriter&, const std::string&) { return false; });
        // writeDatasetFile rewrote every numeric variable as double, fault_windows included.
        QCOMPARE(MatReader(path("double-windows.mat")).info("fault_windows").className, std::string("double"));
        compareDatasets(d, Dataset::load(path("double-windows.mat")));
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "test_dataset.moc"
