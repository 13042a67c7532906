// Augmentation against hand-computed pixels. Image v(i, j) = 10 i + j, 4 rows x 5 columns;
// centres c_i = 1.5, c_j = 2; output (i, j) samples the input at
// (zoomRow (i - c_i) + c_i + shiftRow, zoomCol (j - c_j) + c_j + shiftCol), bilinearly, with
// coordinates outside the image clamped to the border ("nearest" fill).
#include <QtTest>

#include <cmath>

#include "core/model/Augmentation.h"
#include "core/util/Error.h"

using namespace faultke;

namespace {

constexpr int H = 4, W = 5;

std::vector<float> ramp() {
    std::vector<float> v(H * W);
    for (int i = 0; i < H; ++i)
        for (int j = 0; j < W; ++j) v[i * W + j] = float(10 * i + j);
    return v;
}

bool near(float a, double b) { return std::abs(double(a) - b) < 1e-4; }

}  // namespace

class TestAugmentation : public QObject {
    Q_OBJECT
private slots:
    void identityLeavesTheImage();
    void pureColumnShift();
    void pureRowShiftInterpolates();
    void pureZoom();
    void flips();
    void nearestFillExtendsBorders();
    void wrongSizeIsAnError();
    void thicknessGrowsAndShrinksTraces();
};

static bool sameImage(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k)
        if (!near(a[k], b[k])) return false;
    return true;
}

// A trace of `rows` rows from row `top` across a 12 x 5 image.
static std::vector<float> band(int top, int rows) {
    std::vector<float> v(12 * W, 0.0f);
    for (int r = top; r < top + rows; ++r)
        for (int j = 0; j < W; ++j) v[r * W + j] = 1;
    return v;
}

void TestAugmentation::thicknessGrowsAndShrinksTraces() {
    AugmentationDraw d;
    d.thicknessStep = 1;  // one row more, above the trace
    QVERIFY(sameImage(augmentImage(band(5, 2), 12, W, d), band(4, 3)));
    d.thicknessStep = 2;
    QVERIFY(sameImage(augmentImage(band(5, 2), 12, W, d), band(3, 4)));
    d.thicknessStep = -1;  // one row less, at the bottom
    QVERIFY(sameImage(augmentImage(band(5, 3), 12, W, d), band(5, 2)));
    // Shrinking that would erase more than half of the fault leaves it as it is.
    QVERIFY(sameImage(augmentImage(band(5, 1), 12, W, d), band(5, 1)));
    d.thicknessStep = -2;  // 3 -> 2 rows; 1 row would be less than half of the 3
    QVERIFY(sameImage(augmentImage(band(5, 3), 12, W, d), band(5, 2)));
}

void TestAugmentation::identityLeavesTheImage() {
    const auto out = augmentImage(ramp(), H, W, AugmentationDraw());
    for (int k = 0; k < H * W; ++k) QVERIFY(near(out[k], ramp()[k]));
}

void TestAugmentation::pureColumnShift() {
    AugmentationDraw d;
    d.shiftCol = 1;  // out(i, j) = in(i, j + 1); the last column repeats the border
    const auto out = augmentImage(ramp(), H, W, d);
    for (int i = 0; i < H; ++i) {
        for (int j = 0; j < W - 1; ++j) QVERIFY(near(out[i * W + j], 10 * i + j + 1));
        QVERIFY(near(out[i * W + W - 1], 10 * i + 4));
    }
}

void TestAugmentation::pureRowShiftInterpolates() {
    AugmentationDraw d;
    d.shiftRow = 0.5;  // halfway between rows i and i + 1: value + 5; last row clamped
    const auto out = augmentImage(ramp(), H, W, d);
    for (int j = 0; j < W; ++j) {
        QVERIFY(near(out[0 * W + j], 5 + j));
        QVERIFY(near(out[2 * W + j], 25 + j));
        QVERIFY(near(out[3 * W + j], 30 + j));
    }
}

void TestAugmentation::pureZoom() {
    AugmentationDraw d;
    d.zoomCol = 2.0;  // column j samples 2 (j - 2) + 2 = 2j - 2 -> -2, 0, 2, 4, 6 -> clamp 0 .. 4
    d.zoomRow = 0.5;  // row i samples 0.5 (i - 1.5) + 1.5 = 0.75, 1.25, 1.75, 2.25 -> 7.5, 12.5, ...
    const auto out = augmentImage(ramp(), H, W, d);
    const double rows[H] = {7.5, 12.5, 17.5, 22.5};
    const double cols[W] = {0, 0, 2, 4, 4};
    for (int i = 0; i < H; ++i)
        for (int j = 0; j < W; ++j)
            QVERIFY2(near(out[i * W + j], rows[i] + cols[j]), qPrintable(QString::number(out[i * W + j])));
}

void TestAugmentation::flips() {
    AugmentationDraw d;
    d.flipVertical = true;
    auto out = augmentImage(ramp(), H, W, d);
    for (int i = 0; i < H; ++i)
        for (int j = 0; j < W; ++j) QVERIFY(near(out[i * W + j], 10 * (H - 1 - i) + j));
    d = AugmentationDraw();
    d.flipHorizontal = true;
    d.shiftCol = 1;  // the flip applies to the shifted result: out(i, j) = shifted(i, 4 - j)
    out = augmentImage(ramp(), H, W, d);
    for (int i = 0; i < H; ++i) {
        QVERIFY(near(out[i * W + 0], 10 * i + 4));  // shifted(i, 4) = border
        QVERIFY(near(out[i * W + 1], 10 * i + 4));  // shifted(i, 3) = in(i, 4)
        QVERIFY(near(out[i * W + 4], 10 * i + 1));  // shifted(i, 0) = in(i, 1)
    }
}

void TestAugmentation::nearestFillExtendsBorders() {
    // A vertical fault line in column 0 of a binary window stays continuous when shifted in.
    std::vector<float> img(H * W, 0.0f);
    for (int i = 0; i < H; ++i) img[i * W] = 1.0f;
    AugmentationDraw d;
    d.shiftCol = -3;  // out(i, j) = in(i, max(j - 3, 0))
    auto out = augmentImage(img, H, W, d);
    for (int i = 0; i < H; ++i)
        for (int j = 0; j < W; ++j) QVERIFY(near(out[i * W + j], j <= 3 ? 1.0 : 0.0));
    d = AugmentationDraw();
    d.shiftRow = 10;  // far outside: every row is the last row
    out = augmentImage(ramp(), H, W, d);
    for (int i = 0; i < H; ++i)
        for (int j = 0; j < W; ++j) QVERIFY(near(out[i * W + j], 30 + j));
}

void TestAugmentation::wrongSizeIsAnError() {
    QVERIFY_THROWS_EXCEPTION(Error, augmentImage(std::vector<float>(7), H, W, AugmentationDraw()));
}

QTEST_GUILESS_MAIN(TestAugmentation)
#include "test_augmentation.moc"
