// The KE network: the published architecture from the default configuration, stable layer
// names, configuration checks, and checkpoint errors. (Checkpoint round trips with outputs are
// covered by test_trainer through the evaluation API.)
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/model/NetworkSummary.h"
#include "core/util/Error.h"

using namespace faultke;

class TestNetwork : public QObject {
    Q_OBJECT
private slots:
    void defaultIsThePublishedArchitecture();
    void layersHaveStableNames();
    void withoutBatchNormHasNoNormLayers();
    void widerConfigurationScales();
    void invalidConfigurationIsAnError();
    void configurationSurvivesJson();
    void brokenCheckpointIsAnErrorNamingTheFile();
};

void TestNetwork::defaultIsThePublishedArchitecture() {
    const NetworkSummary s = summarizeNetwork(NetworkConfig());
    // conv 40 + 148, bn 8, conv 296 + 584, bn 16, dense 32776, bn 16, head 9
    QCOMPARE(s.trainableParameters, int64_t(33893));
    QCOMPARE(s.flatFeatures, int64_t(4096));
    QCOMPARE(s.layer("block0_conv0")->shapes[0], std::vector<int64_t>({4, 1, 3, 3}));
    QCOMPARE(s.layer("block0_conv1")->shapes[0], std::vector<int64_t>({4, 4, 3, 3}));
    QCOMPARE(s.layer("block1_conv1")->shapes[0], std::vector<int64_t>({8, 8, 3, 3}));
    QCOMPARE(s.layer("dense0")->shapes[0], std::vector<int64_t>({8, 4096}));
    QCOMPARE(s.layer("head")->shapes[0], std::vector<int64_t>({1, 8}));
    QCOMPARE(s.layer("dense_bn")->kind, std::string("BatchNorm1d"));
    QCOMPARE(s.layer("block1_bn")->kind, std::string("BatchNorm2d"));
}

void TestNetwork::layersHaveStableNames() {
    const NetworkSummary s = summarizeNetwork(NetworkConfig());
    std::vector<std::string> names;
    for (const auto& l : s.layers) names.push_back(l.name);
    const std::vector<std::string> expected{"block0_conv0", "block0_conv1", "block0_bn", "block1_conv0", "block1_conv1",
                                            "block1_bn",    "dense0",       "dropout",   "dense_bn",     "head"};
    QCOMPARE(names, expected);
}

void TestNetwork::withoutBatchNormHasNoNormLayers() {
    NetworkConfig cfg;
    cfg.batchNorm = false;
    const NetworkSummary s = summarizeNetwork(cfg);
    QVERIFY(!s.layer("dense_bn"));
    QVERIFY(!s.layer("block0_bn"));
    QCOMPARE(s.trainableParameters, int64_t(33893 - 8 - 16 - 16));
}

void TestNetwork::widerConfigurationScales() {
    NetworkConfig cfg;
    cfg.baseChannels = 8;
    cfg.blocks = 3;
    cfg.denseWidth = 32;
    const NetworkSummary s = summarizeNetwork(cfg);
    QCOMPARE(s.flatFeatures, int64_t(16 * 8 * 32));
    QCOMPARE(s.layer("block2_conv1")->shapes[0], std::vector<int64_t>({32, 32, 3, 3}));
    QCOMPARE(s.layer("dense0")->shapes[0], std::vector<int64_t>({32, 16 * 8 * 32}));
}

void TestNetwork::invalidConfigurationIsAnError() {
    NetworkConfig cfg;
    cfg.inputWidth = 62;
    QVERIFY_THROWS_EXCEPTION(Error, summarizeNetwork(cfg));
    cfg = NetworkConfig();
    cfg.dropout = 1.0;
    QVERIFY_THROWS_EXCEPTION(Error, summarizeNetwork(cfg));
    cfg = NetworkConfig();
    cfg.baseChannels = 0;
    QVERIFY_THROWS_EXCEPTION(Error, summarizeNetwork(cfg));
}

void TestNetwork::configurationSurvivesJson() {
    NetworkConfig cfg;
    cfg.baseChannels = 6;
    cfg.batchNorm = false;
    cfg.bnMomentum = 0.95;
    cfg.dropout = 0.3;
    cfg.denseRelu = true;
    const NetworkConfig back = networkConfigFromJson(networkConfigToJson(cfg));
    QCOMPARE(back.baseChannels, 6);
    QCOMPARE(back.batchNorm, false);
    QCOMPARE(back.bnMomentum, 0.95);
    QCOMPARE(back.dropout, 0.3);
    QCOMPARE(back.denseRelu, true);
    QCOMPARE(networkConfigFromJson("{}").denseRelu, false);  // the original's head, as older files have it
    QVERIFY_THROWS_EXCEPTION(Error, networkConfigFromJson("{\"num_channels\": \"four\"}"));
}

void TestNetwork::brokenCheckpointIsAnErrorNamingTheFile() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("broken.pt").toStdString();
    std::ofstream(path) << "not a checkpoint";
    try {
        summarizeCheckpoint(path);
        QFAIL("expected an Error");
    } catch (const Error& e) {
        QVERIFY(std::string(e.what()).find("broken.pt") != std::string::npos);
    }
    QVERIFY_THROWS_EXCEPTION(Error, summarizeCheckpoint(dir.filePath("missing.pt").toStdString()));
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "test_network.moc"
