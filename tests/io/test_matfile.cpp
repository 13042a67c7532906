// MatReader / MatWriter: round trips of every class through every MAT version, atomic writes,
// and the errors for files that are not, or no longer, MAT files.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <limits>

#include "core/io/MatFile.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

constexpr size_t kRows = 5, kCols = 7, kFrames = 3;

// Different along every axis, so any transposition or axis swap changes the values.
double pattern(size_t r, size_t c, size_t t) { return double(r) + 1000.0 * c + 1e6 * t; }

std::vector<double> patternColumnMajor() {
    std::vector<double> out(kRows * kCols * kFrames);
    for (size_t t = 0; t < kFrames; ++t)
        for (size_t c = 0; c < kCols; ++c)
            for (size_t r = 0; r < kRows; ++r) out[r + kRows * (c + kCols * t)] = pattern(r, c, t);
    return out;
}

// Small values for the 8-bit classes, still different along every axis.
uint8_t bytePattern(size_t i) { return static_cast<uint8_t>((i * 37 + 11) % 251); }

using test::matVersionName;

void cutInHalf(const std::string& path) { std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2); }

// Runs f, which must throw an Error whose message names the file and contains every fragment.
template <typename F>
void expectError(F&& f, const std::string& path, const QStringList& fragments) {
    try {
        f();
    } catch (const Error& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.startsWith(QString::fromStdString(path) + ": "), qPrintable(message));
        for (const QString& fragment : fragments)
            QVERIFY2(message.contains(fragment, Qt::CaseInsensitive), qPrintable(message + " lacks: " + fragment));
        return;
    }
    QFAIL("no Error thrown");
}

}  // namespace

class TestMatFile : public QObject {
    Q_OBJECT

private slots:
    void roundTripEveryClass_data();
    void roundTripEveryClass();
    void twoDimensionalVariableIsOneFrame_data();
    void twoDimensionalVariableIsOneFrame();
    void textAndStringsRoundTrip_data();
    void textAndStringsRoundTrip();
    void integerConversionSaturates();
    void columnMajorHelpersAreInverse();
    void writerIsAtomic();
    void commitReplacesExistingFile();
    void notAMatFile();
    void missingFile();
    void truncatedFile_data();
    void truncatedFile();
    void corruptCompressedData_data();
    void corruptCompressedData();
    void missingVariable();
    void nonNumericVariable();

private:
    QTemporaryDir dir_;
    std::string path(const QString& name) const { return dir_.filePath(name).toStdString(); }
};

void TestMatFile::roundTripEveryClass_data() {
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("cls");
    for (MatVersion v : {MatVersion::V5, MatVersion::V5Compressed, MatVersion::V73})
        for (const char* cls : {"double", "single", "logical", "uint8", "int32"})
            QTest::newRow(qPrintable(matVersionName(v) + "-" + cls)) << int(v) << QString(cls);
}

void TestMatFile::roundTripEveryClass() {
    QFETCH(int, version);
    QFETCH(QString, cls);
    const std::string file = path("roundtrip-" + QString::number(version) + "-" + cls + ".mat");
    const std::vector<size_t> dims{kRows, kCols, kFrames};
    const std::vector<double> values = patternColumnMajor();
    std::vector<double> expected(values.size());
    {
        MatWriter writer(file, static_cast<MatVersion>(version));
        if (cls == "double") {
            writer.writeDouble("x", values.data(), dims);
            expected = values;
        } else if (cls == "single") {
            std::vector<float> f(values.begin(), values.end());  // exact: all below 2^24
            writer.writeSingle("x", f.data(), dims);
            expected = values;
        } else if (cls == "int32") {
            std::vector<int32_t> i(values.begin(), values.end());
            writer.writeInt32("x", i.data(), dims);
            expected = values;
        } else {
            std::vector<uint8_t> b(values.size());
            for (size_t i = 0; i < b.size(); ++i) b[i] = cls == "logical" ? (i % 3 == 0) : bytePattern(i);
            if (cls == "logical")
                writer.writeLogical("x", b.data(), dims);
            else
                writer.writeUint8("x", b.data(), dims);
            expected.assign(b.begin(), b.end());
        }
        writer.commit();
    }

    MatReader reader(file);
    QCOMPARE(reader.formatName().rfind(version == int(MatVersion::V73) ? "MAT v7.3" : "MAT v5", 0), size_t(0));
    const MatVariableInfo info = reader.info("x");
    QCOMPARE(QString::fromStdString(info.className), cls);
    QVERIFY(info.numeric);
    QCOMPARE(info.dims, dims);
    QCOMPARE(info.elements(), values.size());
    QCOMPARE(reader.readDouble("x"), expected);
    const std::vector<float> asFloat = reader.readSingle("x");
    QCOMPARE(asFloat.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) QCOMPARE(double(asFloat[i]), expected[i]);
    const std::vector<int32_t> asInt = reader.readInt32("x");
    for (size_t i = 0; i < expected.size(); ++i) QCOMPARE(double(asInt[i]), expected[i]);
    // Element (r, c, t) is where the header's column-major formula says it is.
    QCOMPARE(reader.readDouble("x")[2 + kRows * (3 + kCols * 1)], expected[2 + kRows * (3 + kCols * 1)]);
    if (cls == "double") QCOMPARE(reader.readDouble("x")[2 + kRows * (3 + kCols * 1)], pattern(2, 3, 1));
}

void TestMatFile::twoDimensionalVariableIsOneFrame_data() {
    QTest::addColumn<int>("version");
    for (MatVersion v : {MatVersion::V5, MatVersion::V5Compressed, MatVersion::V73})
        QTest::newRow(qPrintable(matVersionName(v))) << int(v);
}

void TestMatFile::twoDimensionalVariableIsOneFrame() {
    QFETCH(int, version);
    const std::string file = path("flat-" + QString::number(version) + ".mat");
    std::vector<double> values(kRows * kCols);
    for (size_t c = 0; c < kCols; ++c)
        for (size_t r = 0; r < kRows; ++r) values[r + kRows * c] = pattern(r, c, 0);
    {
        MatWriter writer(file, static_cast<MatVersion>(version));
        writer.writeDouble("flat", values.data(), {kRows, kCols});
        writer.writeScalar("k", -2.5);
        writer.commit();
    }
    MatReader reader(file);
    QCOMPARE(reader.info("flat").dims, (std::vector<size_t>{kRows, kCols}));
    const std::vector<double> back = reader.readDouble("flat");
    const std::vector<double> frameMajor = fromColumnMajor(back.data(), kRows, kCols, 1);
    QCOMPARE(frameMajor[4 * kCols + 6], pattern(4, 6, 0));
    QCOMPARE(reader.readScalar("k"), -2.5);
    expectError([&] { reader.readScalar("flat"); }, file, {"'flat'", "scalar"});
}

void TestMatFile::textAndStringsRoundTrip_data() { twoDimensionalVariableIsOneFrame_data(); }

void TestMatFile::textAndStringsRoundTrip() {
    QFETCH(int, version);
    const std::string file = path("text-" + QString::number(version) + ".mat");
    const std::vector<std::string> strings{"EB_025_1", "", "PP_150_1 (déjà vu)"};
    {
        MatWriter writer(file, static_cast<MatVersion>(version));
        writer.writeText("note", "train, eval & test");
        writer.writeText("empty", "");
        writer.writeStrings("names", strings);
        writer.commit();
    }
    MatReader reader(file);
    QCOMPARE(reader.readText("note"), std::string("train, eval & test"));
    QCOMPARE(reader.readText("empty"), std::string());
    QCOMPARE(reader.readStrings("names"), strings);
    QCOMPARE(QString::fromStdString(reader.info("names").className), QString("cell"));
    QCOMPARE(QString::fromStdString(reader.info("note").className), QString("char"));
    QVERIFY(!reader.info("note").numeric);
    QCOMPARE(reader.variables().size(), size_t(3));
    expectError([&] { reader.readText("names"); }, file, {"'names'", "not text"});
    expectError([&] { reader.readStrings("note"); }, file, {"'note'", "cell"});
}

void TestMatFile::integerConversionSaturates() {
    const std::string file = path("saturate.mat");
    const double values[] = {-5, 300, std::numeric_limits<double>::quiet_NaN(), 17.9, 3e10};
    {
        MatWriter writer(file, MatVersion::V5);
        writer.writeDouble("x", values, {5});
        writer.commit();
    }
    MatReader reader(file);
    QCOMPARE(reader.info("x").dims, (std::vector<size_t>{5, 1}));  // MATLAB has no 1-D arrays
    QCOMPARE(reader.readUint8("x"), (std::vector<uint8_t>{0, 255, 0, 17, 255}));
    QCOMPARE(reader.readInt32("x"), (std::vector<int32_t>{-5, 300, 0, 17, std::numeric_limits<int32_t>::max()}));
}

void TestMatFile::columnMajorHelpersAreInverse() {
    const std::vector<double> columnMajor = patternColumnMajor();
    const std::vector<double> frameMajor = fromColumnMajor(columnMajor.data(), kRows, kCols, kFrames);
    QCOMPARE(frameMajor[(2 * kRows + 4) * kCols + 5], pattern(4, 5, 2));
    QCOMPARE(toColumnMajor(frameMajor.data(), kRows, kCols, kFrames), columnMajor);
}

void TestMatFile::writerIsAtomic() {
    QTemporaryDir folder;
    const std::string file = QDir(folder.path()).filePath("atomic.mat").toStdString();
    const double one = 1;
    {
        MatWriter writer(file, MatVersion::V73);
        writer.writeDouble("x", &one, {1, 1});
        // While writing, only a hidden temporary file exists, in the destination's folder.
        QVERIFY(!QFile::exists(QString::fromStdString(file)));
        const QStringList entries = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries[0].startsWith(".atomic"), qPrintable(entries[0]));
    }  // destroyed without commit()
    QVERIFY(!QFile::exists(QString::fromStdString(file)));
    QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    MatWriter writer(file, MatVersion::V5);
    writer.writeDouble("x", &one, {1, 1});
    writer.commit();
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"atomic.mat"});
    QVERIFY_THROWS_EXCEPTION(Error, writer.writeDouble("y", &one, {1, 1}));
}

void TestMatFile::commitReplacesExistingFile() {
    const std::string file = path("replace.mat");
    for (double value : {1.0, 2.0}) {
        MatWriter writer(file, MatVersion::V5Compressed);
        writer.writeScalar("value", value);
        writer.commit();
    }
    QCOMPARE(MatReader(file).readScalar("value"), 2.0);
}

void TestMatFile::notAMatFile() {
    const std::string text = path("notes.mat");
    {
        QFile f(QString::fromStdString(text));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("curl_map, altBW_filt, store_u, store_v\nthis is a text file\n");
    }
    expectError([&] { MatReader r(text); }, text, {"not a MAT file"});

    const std::string noise = path("noise.mat");
    {
        QFile f(QString::fromStdString(noise));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(4096, '\0');
        uint32_t x = 12345;
        for (char& b : bytes) {
            x = x * 1664525u + 1013904223u;  // fixed pseudo-random bytes
            b = static_cast<char>(x >> 24);
        }
        f.write(bytes);
    }
    expectError([&] { MatReader r(noise); }, noise, {"not a MAT file"});
    expectError([&] { MatReader r(dir_.path().toStdString()); }, dir_.path().toStdString(), {"folder"});
}

void TestMatFile::missingFile() {
    const std::string file = path("does-not-exist.mat");
    expectError([&] { MatReader r(file); }, file, {"cannot open", "No such file"});
}

void TestMatFile::truncatedFile_data() {
    QTest::addColumn<int>("version");
    for (MatVersion v : {MatVersion::V5, MatVersion::V5Compressed, MatVersion::V73})
        QTest::newRow(qPrintable(matVersionName(v))) << int(v);
}

void TestMatFile::truncatedFile() {
    QFETCH(int, version);
    const std::string file = path("cut-" + QString::number(version) + ".mat");
    std::vector<double> values(200 * 300);
    for (size_t i = 0; i < values.size(); ++i) values[i] = std::sin(0.1 * i) * i;  // barely compressible
    {
        MatWriter writer(file, static_cast<MatVersion>(version));
        writer.writeDouble("x", values.data(), {200, 300});
        writer.commit();
    }
    QCOMPARE(MatReader(file).readDouble("x"), values);
    cutInHalf(file);
    expectError([&] { MatReader(file).readDouble("x"); }, file, {"truncated or corrupt"});
}

void TestMatFile::corruptCompressedData_data() {
    QTest::addColumn<int>("version");
    for (MatVersion v : {MatVersion::V5Compressed, MatVersion::V73})
        QTest::newRow(qPrintable(matVersionName(v))) << int(v);
}

void TestMatFile::corruptCompressedData() {
    QFETCH(int, version);
    const std::string file = path("corrupt-" + QString::number(version) + ".mat");
    std::vector<double> values(200 * 300);
    for (size_t i = 0; i < values.size(); ++i) values[i] = std::sin(0.1 * i) * i;
    {
        MatWriter writer(file, static_cast<MatVersion>(version));
        writer.writeScalar("before", 1);
        writer.writeDouble("x", values.data(), {200, 300});
        writer.commit();
    }
    {  // overwrite 4 kB in the middle of the compressed data, keeping the file's size
        QFile f(QString::fromStdString(file));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() / 2));
        f.write(QByteArray(4096, '\x5a'));
    }
    MatReader reader(file);
    QCOMPARE(reader.readScalar("before"), 1.0);  // the variables before the damage still read
    expectError([&] { reader.readDouble("x"); }, file, {"truncated or corrupt data in variable 'x'"});
}

void TestMatFile::missingVariable() {
    const std::string file = path("missing.mat");
    {
        MatWriter writer(file, MatVersion::V5Compressed);
        writer.writeScalar("present", 1);
        writer.commit();
    }
    MatReader reader(file);
    QVERIFY(reader.has("present"));
    QVERIFY(!reader.has("absent"));
    expectError([&] { reader.info("absent"); }, file, {"'absent'", "missing"});
    expectError([&] { reader.readDouble("absent"); }, file, {"'absent'", "missing"});
    expectError([&] { reader.readText("absent"); }, file, {"'absent'", "missing"});
}

void TestMatFile::nonNumericVariable() {
    for (MatVersion v : {MatVersion::V5Compressed, MatVersion::V73}) {
        const std::string file = path("text-var-" + matVersionName(v) + ".mat");
        {
            MatWriter writer(file, v);
            writer.writeText("word", "fault");
            writer.writeStrings("cells", {"a", "b"});
            writer.commit();
        }
        MatReader reader(file);
        expectError([&] { reader.readDouble("word"); }, file, {"'word'", "char", "not a real numeric array"});
        expectError([&] { reader.readUint8("cells"); }, file, {"'cells'", "cell", "not a real numeric array"});
    }
}

QTEST_GUILESS_MAIN(TestMatFile)
#include "test_matfile.moc"
