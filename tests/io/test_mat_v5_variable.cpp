// MatV5Variable: a MAT v5 variable read front to back in pieces of any size, every stored type
// converted to double, and the sizes a damaged file declares refused before anything is allocated.
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/io/MatFile.h"
#include "core/io/MatV5Layout.h"
#include "core/io/MatV5Variable.h"
#include "core/util/Error.h"
#include "support/HandMadeMat.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

constexpr size_t kRows = 9, kCols = 11, kFrames = 5;
constexpr size_t kCount = kRows * kCols * kFrames;

double valueAt(size_t i) { return double((i * 37 + 11) % 251); }

std::vector<double> readInPieces(const std::string& path, const std::string& name, size_t piece) {
    const MatV5Layout layout = scanMatV5(path);
    const MatV5Element* element = findMatV5Variable(layout, name);
    if (!element) throw Error(path, "no element " + name);
    MatV5Variable variable(path, layout, *element);
    std::vector<double> out(variable.elements());
    for (size_t done = 0; done < out.size(); done += piece)
        variable.read(out.data() + done, std::min(piece, out.size() - done));
    variable.finish();
    return out;
}

}  // namespace

class TestMatV5Variable : public QObject {
    Q_OBJECT

private slots:
    void readsEveryStoredTypeInAnyPieces_data() {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("piece");
        for (MatVersion v : {MatVersion::V5, MatVersion::V5Compressed})
            for (int piece : {1, 7, int(kRows * kCols), int(kCount)})
                QTest::newRow(qPrintable(test::matVersionName(v) + " piece " + QString::number(piece)))
                    << int(v) << piece;
    }
    void readsEveryStoredTypeInAnyPieces() {
        QFETCH(int, version);
        QFETCH(int, piece);
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/types.mat").toStdString();
        std::vector<double> d(kCount);
        std::vector<float> f(kCount);
        std::vector<uint8_t> b(kCount);
        std::vector<int32_t> i32(kCount);
        for (size_t i = 0; i < kCount; ++i) {
            d[i] = valueAt(i) + 0.25;
            f[i] = float(valueAt(i)) - 0.5f;
            b[i] = uint8_t(valueAt(i));
            i32[i] = int32_t(valueAt(i)) - 100;
        }
        const std::vector<size_t> dims{kRows, kCols, kFrames};
        MatWriter writer(path, MatVersion(version));
        writer.writeDouble("d", d.data(), dims);
        writer.writeSingle("f", f.data(), dims);
        writer.writeUint8("b", b.data(), dims);
        writer.writeLogical("l", b.data(), dims);
        writer.writeInt32("i", i32.data(), dims);
        writer.commit();

        const auto rd = readInPieces(path, "d", size_t(piece));
        const auto rf = readInPieces(path, "f", size_t(piece));
        const auto rb = readInPieces(path, "b", size_t(piece));
        const auto rl = readInPieces(path, "l", size_t(piece));
        const auto ri = readInPieces(path, "i", size_t(piece));
        QCOMPARE(rd.size(), kCount);
        for (size_t i = 0; i < kCount; ++i) {
            QCOMPARE(rd[i], d[i]);
            QCOMPARE(rf[i], double(f[i]));
            QCOMPARE(rb[i], double(b[i]));
            QCOMPARE(rl[i], double(b[i]));  // stored as written; logical is a flag
            QCOMPARE(ri[i], double(i32[i]));
        }
    }

    void reportsShapeAndClass() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/shape.mat").toStdString();
        std::vector<double> d(kCount, 1.0);
        MatWriter writer(path, MatVersion::V5Compressed);
        writer.writeDouble("curl_map", d.data(), {kRows, kCols, kFrames});
        writer.commit();
        const MatV5Layout layout = scanMatV5(path);
        MatV5Variable variable(path, layout, *findMatV5Variable(layout, "curl_map"));
        QCOMPARE(variable.info().className, std::string("double"));
        QCOMPARE(variable.info().dims, (std::vector<size_t>{kRows, kCols, kFrames}));
        QCOMPARE(variable.elements(), kCount);
        double one = 0;
        variable.read(&one, 1);
        QCOMPARE(variable.remaining(), kCount - 1);
        // Asking for more than is left is an error, not a read past the end.
        std::vector<double> rest(kCount);
        const QString message = test::errorOf([&] { variable.read(rest.data(), kCount); });
        QVERIFY2(message.contains("values left"), qPrintable(message));
    }

    void refusesSizesTheFileCannotHold() {
        QTemporaryDir dir;
        // 20000 x 20000 bytes declared (and claimed by the data tag), 8 stored.
        const std::string big = test::handMadeMatFile(dir.path(), 20000, 20000, 400000000u, 8);
        const QString message = test::errorOf([&] { readInPieces(big, "x", 1 << 16); });
        QVERIFY2(message.startsWith(QString::fromStdString(big) + ": "), qPrintable(message));
        QVERIFY2(message.contains("more than the file can hold"), qPrintable(message));

        // The dimensions and the data tag disagree.
        const std::string odd = test::handMadeMatFile(dir.path(), 4, 4, 8, 8);
        const QString mismatch = test::errorOf([&] { readInPieces(odd, "x", 4); });
        QVERIFY2(mismatch.contains("declares 16 values but stores 8"), qPrintable(mismatch));

        // A well-formed hand-made file reads.
        const std::string good = test::handMadeMatFile(dir.path(), 2, 4, 8, 8);
        QCOMPARE(readInPieces(good, "x", 3), std::vector<double>(8, 3.0));
    }

    void complexVariablesAreCalledComplex() {
        QTemporaryDir dir;
        const std::string path = test::handMadeMatFile(dir.path(), 2, 4, 8, 8, true);
        QCOMPARE(MatReader(path).info("x").description(), std::string("complex uint8"));
        const QString message = test::errorOf([&] { readInPieces(path, "x", 4); });
        QVERIFY2(message.contains("'x' is complex uint8, not a real numeric array"), qPrintable(message));
    }

    void damagedCompressedDataNameTheVariable() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/damaged.mat").toStdString();
        std::vector<double> d(kCount);
        for (size_t i = 0; i < kCount; ++i) d[i] = valueAt(i) * 1.37;
        MatWriter writer(path, MatVersion::V5Compressed);
        writer.writeDouble("curl_map", d.data(), {kRows, kCols, kFrames});
        writer.commit();
        // Flip one byte near the end of the compressed stream: only the checksum can tell.
        const auto size = std::filesystem::file_size(path);
        {
            std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
            f.seekg(static_cast<std::streamoff>(size - 6));
            char c = 0;
            f.read(&c, 1);
            c = char(c ^ 0x5A);
            f.seekp(static_cast<std::streamoff>(size - 6));
            f.write(&c, 1);
        }
        const QString message = test::errorOf([&] { readInPieces(path, "curl_map", 100); });
        QVERIFY2(message.contains("variable 'curl_map'"), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestMatV5Variable)
#include "test_mat_v5_variable.moc"
