// BandedForward (the CPU's forward pass, computed where windows have ink) against libtorch's
// forward of the same network: the bundled model's members, the published Keras model, and
// networks of other shapes, on windows empty, traced at the edges, in separate strands, and full.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

#include "core/model/BundledModel.h"
#include "core/model/Predictor.h"
#include "support/TestSupport.h"
#include "support/TinyTraining.h"

using namespace faultke;

namespace {

constexpr int kRows = 128, kCols = 64;

void drawLine(std::vector<float>& w, double row, double slope, int thickness, int from = 0, int to = kCols) {
    for (int x = from; x < to; ++x)
        for (int t = 0; t < thickness; ++t) {
            const int y = int(std::floor(row + slope * x)) + t;
            if (y >= 0 && y < kRows) w[size_t(y) * kCols + x] = 1.f;
        }
}

// Windows of every kind the band must get right, one after another.
std::vector<float> windows(size_t& count) {
    std::vector<std::vector<float>> all;
    auto blank = [] { return std::vector<float>(size_t(kRows) * kCols, 0.f); };
    all.push_back(blank());  // empty: the empty window's own KE
    for (double row : {0.0, 1.0, 40.0, 62.5, 100.0, 125.0, 127.0})
        for (int thickness : {1, 3, 5}) {
            auto w = blank();
            drawLine(w, row, 0.0, thickness);
            all.push_back(w);
        }
    {
        auto w = blank();  // two strands far apart: the band spans both
        drawLine(w, 10, 0.05, 3);
        drawLine(w, 110, -0.05, 2, 20, 50);
        all.push_back(w);
    }
    {
        auto w = blank();  // steep: ink in every row
        drawLine(w, -30, 3.0, 2);
        all.push_back(w);
    }
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> unit(0.f, 1.f);
    for (int k = 0; k < 3; ++k) {  // grey values everywhere, and a few isolated dots
        auto w = blank();
        if (k == 0)
            for (auto& v : w) v = unit(rng);
        else
            for (int d = 0; d < 4 * k; ++d) w[size_t(rng() % (kRows * kCols))] = unit(rng) + 0.5f;
        all.push_back(w);
    }
    for (int k = 0; k < 40; ++k) {  // slanted traces of every thickness, as windows along strike
        auto w = blank();
        drawLine(w, 20 + 2.1 * k, (k % 7 - 3) * 0.04, 1 + k % 5);
        all.push_back(w);
    }
    count = all.size();
    std::vector<float> flat;
    for (const auto& w : all) flat.insert(flat.end(), w.begin(), w.end());
    return flat;
}

// The largest difference between the two forwards on windows() (QVERIFY2s the counts first).
double largestDifference(const std::string& model) {
    const Predictor banded = Predictor::load(model, "best", DeviceChoice::Cpu, CpuForward::Banded);
    const Predictor torch = Predictor::load(model, "best", DeviceChoice::Cpu, CpuForward::Libtorch);
    size_t count = 0;
    const std::vector<float> w = windows(count);
    // Batches of 7 and 64: batches split across threads and batches smaller than a thread's share.
    const std::vector<double> a = banded.predictWindows(w.data(), count, 7);
    const std::vector<double> b = torch.predictWindows(w.data(), count, 64);
    if (a.size() != count || b.size() != count) return INFINITY;
    double largest = 0;
    for (size_t i = 0; i < count; ++i) largest = std::max(largest, std::abs(a[i] - b[i]));
    return largest;
}

}  // namespace

class TestBandedForward : public QObject {
    Q_OBJECT
private slots:
    void bundledMembersGiveLibtorchsNumbers();
    void publishedModelGivesLibtorchsNumbers();
    void otherShapesGiveLibtorchsNumbers_data();
    void otherShapesGiveLibtorchsNumbers();
};

void TestBandedForward::bundledMembersGiveLibtorchsNumbers() {
    const std::vector<std::string> members = bundledModelPaths();
    QVERIFY(!members.empty());
    for (const auto& member : members) {
        // Float sums in another order: up to 1.4e-5 on a member of the bundled model now.
        const double difference = largestDifference(member);
        QVERIFY2(difference < 3e-5, qPrintable(QString::fromStdString(member) + ": " + QString::number(difference)));
    }
}

void TestBandedForward::publishedModelGivesLibtorchsNumbers() {
    const QString keras = test::sharedFile("reference/keras-archive/weights-improvement-41-0.97.hdf5");
    if (keras.isEmpty()) QSKIP("../shared/reference/keras-archive is not here");
    const double difference = largestDifference(keras.toStdString());
    QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
}

void TestBandedForward::otherShapesGiveLibtorchsNumbers_data() {
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("blocks");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<bool>("batchNorm");
    QTest::addColumn<int>("denseWidth");
    QTest::addColumn<bool>("denseRelu");
    QTest::newRow("published") << 4 << 2 << 2 << true << 0 << false;
    QTest::newRow("three channels, three blocks") << 3 << 3 << 2 << true << 0 << false;
    QTest::newRow("no batch norm, dilation 1") << 4 << 2 << 1 << false << 0 << false;
    QTest::newRow("dilation 3, dense 5") << 5 << 2 << 3 << true << 5 << false;
    QTest::newRow("six blocks (4 x 2 px at the end)") << 2 << 6 << 2 << true << 0 << false;
    QTest::newRow("ReLU after the dense layer") << 4 << 2 << 2 << true << 0 << true;
    QTest::newRow("ReLU after the dense layer, no batch norm") << 4 << 2 << 2 << false << 0 << true;
}

void TestBandedForward::otherShapesGiveLibtorchsNumbers() {
    QFETCH(int, channels);
    QFETCH(int, blocks);
    QFETCH(int, dilation);
    QFETCH(bool, batchNorm);
    QFETCH(int, denseWidth);
    QFETCH(bool, denseRelu);
    NetworkConfig network;
    network.baseChannels = channels;
    network.blocks = blocks;
    network.dilation = dilation;
    network.batchNorm = batchNorm;
    network.denseWidth = denseWidth;
    network.denseRelu = denseRelu;
    QTemporaryDir dir;
    const std::string run = test::trainShapeRun((dir.path() + "/run").toStdString(), network, 1);
    const double difference = largestDifference(run);
    QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
}

QTEST_GUILESS_MAIN(TestBandedForward)
#include "test_banded_forward.moc"
