// .npy reading and writing: every version, dtype and memory order, byte-exact headers, and
// clean errors for malformed files.
#include <QtTest>

#include <QTemporaryDir>

#include <cstring>
#include <fstream>

#include "core/io/Npy.h"
#include "core/util/Error.h"
#include "support/TestSupport.h"

using namespace faultke;

namespace {

// A header written by hand, as numpy would, with `descr` and `fortran` spelled literally.
std::string handMadeNpy(const std::string& dict, const std::string& data, int version = 1) {
    std::string header = dict;
    const size_t lengthSize = version == 1 ? 2 : 4;
    while ((6 + 2 + lengthSize + header.size() + 1) % 64 != 0) header += ' ';
    header += '\n';
    std::string out = "\x93NUMPY";
    out.push_back(char(version));
    out.push_back(0);
    for (size_t i = 0; i < lengthSize; ++i) out.push_back(char((header.size() >> (8 * i)) & 0xff));
    return out + header + data;
}

template <typename T>
std::string bigEndianBytes(const std::vector<T>& values) {
    std::string out;
    for (T v : values) {
        char b[sizeof(T)];
        std::memcpy(b, &v, sizeof(T));
        std::reverse(b, b + sizeof(T));  // the test machines are little-endian
        out.append(b, sizeof(T));
    }
    return out;
}

void expectError(const std::string& bytes, const QString& fragment) {
    try {
        parseNpy(bytes, "bad.npy");
        QFAIL("no error");
    } catch (const Error& e) {
        const QString message = e.what();
        QVERIFY2(message.startsWith("bad.npy: "), qPrintable(message));
        QVERIFY2(message.contains(fragment), qPrintable(message));
    }
}

}  // namespace

class TestNpy : public QObject {
    Q_OBJECT

private slots:
    void aFolderIsNamedNotThrownAt() {
        // A fuzz finding (fuzz_split_master): a listed path naming a folder made libstdc++ throw
        // std::ios_failure out of the reader instead of an Error naming the path.
        QTemporaryDir dir;
        const QString message = test::errorOf([&] { readNpy(dir.path().toStdString()); });
        QCOMPARE(message, dir.path() + ": is a folder, not a file");
    }

    void roundTripEveryVersionDtypeAndOrder_data() {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("dtype");
        QTest::addColumn<bool>("fortran");
        const NpyDtype types[] = {NpyDtype::Float64, NpyDtype::Float32, NpyDtype::Uint8,
                                  NpyDtype::Bool,    NpyDtype::Int32,   NpyDtype::Int64};
        for (int version : {1, 2, 3})
            for (NpyDtype t : types)
                for (bool fortran : {false, true})
                    QTest::addRow("v%d %s %s", version, npyDescr(t), fortran ? "F" : "C")
                        << version << int(t) << fortran;
    }

    void roundTripEveryVersionDtypeAndOrder() {
        QFETCH(int, version);
        QFETCH(int, dtype);
        QFETCH(bool, fortran);
        const auto type = NpyDtype(dtype);
        const std::vector<size_t> shape{2, 3, 4};
        std::vector<double> values(24);
        for (size_t i = 0; i < values.size(); ++i) {
            switch (type) {
            case NpyDtype::Bool: values[i] = double(i % 3 == 0); break;
            case NpyDtype::Uint8: values[i] = double(i * 10); break;
            case NpyDtype::Int32:
            case NpyDtype::Int64: values[i] = double(i) * 1000.0 - 7000.0; break;
            default: values[i] = double(i) * 0.25 - 2.0; break;  // exact in float32 too
            }
        }
        const std::string bytes = encodeNpy(shape, values.data(), {type, fortran, version});
        QCOMPARE(int(uint8_t(bytes[6])), version);
        const size_t lengthSize = version == 1 ? 2 : 4;
        size_t headerLength = 0;
        for (size_t i = 0; i < lengthSize; ++i) headerLength |= size_t(uint8_t(bytes[8 + i])) << (8 * i);
        QCOMPARE((8 + lengthSize + headerLength) % 64, size_t(0));  // numpy's alignment
        QCOMPARE(bytes[8 + lengthSize + headerLength - 1], '\n');
        const std::string header = bytes.substr(8 + lengthSize, headerLength);
        QVERIFY(header.find(fortran ? "'fortran_order': True" : "'fortran_order': False") != std::string::npos);
        QVERIFY(header.find(npyDescr(type)) != std::string::npos);

        const NpyArray back = parseNpy(bytes, "x.npy");
        QCOMPARE(back.shape, shape);
        QCOMPARE(back.dtype, type);
        QCOMPARE(back.data, values);
    }

    void fortranOrderIsTransposedOnDisk() {
        // shape (2, 3): C order 0 1 2 / 3 4 5; Fortran order on disk is 0 3 1 4 2 5.
        const std::vector<double> values{0, 1, 2, 3, 4, 5};
        const std::string bytes = encodeNpy({2, 3}, values.data(), {NpyDtype::Uint8, true, 1});
        QCOMPARE(bytes.substr(bytes.size() - 6), std::string("\x00\x03\x01\x04\x02\x05", 6));
        const std::string handMade = handMadeNpy("{'descr': '|u1', 'fortran_order': True, 'shape': (2, 3), }",
                                                 std::string("\x00\x03\x01\x04\x02\x05", 6));
        QCOMPARE(parseNpy(handMade, "f.npy").data, values);
    }

    void readsBigEndian() {
        const std::vector<double> d{1.5, -2.25, 1e300};
        auto a =
            parseNpy(handMadeNpy("{'descr': '>f8', 'fortran_order': False, 'shape': (3,), }", bigEndianBytes(d)), "be");
        QCOMPARE(a.data, d);
        const std::vector<int32_t> i{-5, 70000, 3};
        a = parseNpy(handMadeNpy("{'shape': (3,), 'fortran_order': False, 'descr': '>i4'}", bigEndianBytes(i), 2),
                     "be");
        QCOMPARE(a.data, (std::vector<double>{-5, 70000, 3}));
        const std::vector<float> f{0.5f, -8.0f};
        a = parseNpy(handMadeNpy("{'descr': '>f4', 'fortran_order': True, 'shape': (2,), }", bigEndianBytes(f), 3),
                     "be");
        QCOMPARE(a.data, (std::vector<double>{0.5, -8.0}));
        const std::vector<int64_t> l{-1, 1LL << 40};
        a = parseNpy(handMadeNpy("{'descr': '>i8', 'fortran_order': False, 'shape': (1, 2), }", bigEndianBytes(l)),
                     "be");
        QCOMPARE(a.data, (std::vector<double>{-1, double(1LL << 40)}));
    }

    void scalarAndEmptyShapes() {
        const double x = 3.5;
        NpyArray a = parseNpy(encodeNpy({}, &x), "s");
        QVERIFY(a.shape.empty());
        QCOMPARE(a.data, std::vector<double>{3.5});
        a = parseNpy(encodeNpy({0, 4}, nullptr), "e");
        QCOMPARE(a.shape, (std::vector<size_t>{0, 4}));
        QVERIFY(a.data.empty());
    }

    void longHeaderUsesVersion2() {
        const std::vector<size_t> shape(25000, 1);  // a 75 kB shape tuple
        const double x = 1;
        const std::string bytes = encodeNpy(shape, &x);
        QCOMPARE(int(bytes[6]), 2);
        QCOMPARE(parseNpy(bytes, "long").shape.size(), size_t(25000));
        QVERIFY_THROWS_EXCEPTION(Error, encodeNpy(shape, &x, {NpyDtype::Float64, false, 1}));
    }

    void writeAndReadFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("w.npy").toStdString();
        const std::vector<double> values{1, 0, 0, 1, 1, 0};
        writeNpy(path, {3, 2}, values.data(), {NpyDtype::Float32});
        const NpyArray a = readNpy(path);
        QCOMPARE(a.dtype, NpyDtype::Float32);
        QCOMPARE(a.data, values);
        QCOMPARE(a.toFloat(), (std::vector<float>{1, 0, 0, 1, 1, 0}));
    }

    void readsAFileWrittenByNumpy() {
        const QString path = test::sharedFile("reference/keras-archive/s00.npy");
        if (path.isEmpty()) QSKIP("reference material not available");
        const NpyArray a = readNpy(path.toStdString());
        QCOMPARE(a.shape, (std::vector<size_t>{128, 64}));
        QCOMPARE(a.dtype, NpyDtype::Float32);
        double sum = 0;
        for (double v : a.data) {
            QVERIFY(v == 0.0 || v == 1.0);  // a fault map
            sum += v;
        }
        QVERIFY(sum > 0);
    }

    void malformedFiles() {
        const std::string good =
            handMadeNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", std::string(16, '\0'));
        QCOMPARE(parseNpy(good, "ok").size(), size_t(2));

        expectError("", "bad magic");
        expectError("PK\x03\x04 not numpy at all", "bad magic");
        std::string wrongVersion = good;
        wrongVersion[6] = 4;
        expectError(wrongVersion, "unsupported .npy version");
        expectError(good.substr(0, 9), "truncated .npy header");
        expectError(good.substr(0, 40), "truncated .npy header");
        expectError(handMadeNpy("{'descr': '<f8', 'shape': (2,), }", std::string(16, '\0')), "must give");
        expectError(handMadeNpy("{'descr': '<f8', 'fortran_order': Maybe, 'shape': (2,), }", ""), "True or False");
        expectError(handMadeNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, x), }", ""), "shape");
        expectError(handMadeNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'extra': 1}", ""),
                    "unexpected key");
        expectError(handMadeNpy("not a dict at all", ""), "malformed .npy header");
        expectError(handMadeNpy("{'descr': '<c16', 'fortran_order': False, 'shape': (2,), }", ""),
                    "unsupported dtype '<c16'");
        expectError(handMadeNpy("{'descr': '|f8', 'fortran_order': False, 'shape': (2,), }", ""), "unsupported dtype");
        expectError(handMadeNpy("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (2,), }", ""),
                    "structured");
        expectError(good.substr(0, good.size() - 3), "truncated");
        expectError(good + "xx", "data size mismatch");
        expectError(handMadeNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", std::string(16, '\0')),
                    "needs 24 bytes, the file has 16");
    }

    void errorsNameTheFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("broken.npy").toStdString();
        std::ofstream(path, std::ios::binary) << "\x93NUMPY\x01";
        try {
            readNpy(path);
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).startsWith(QString::fromStdString(path) + ": "));
        }
        QVERIFY_THROWS_EXCEPTION(Error, readNpy(dir.filePath("missing.npy").toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestNpy)
#include "test_npy.moc"
