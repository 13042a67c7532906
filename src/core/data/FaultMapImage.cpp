#include "core/data/FaultMapImage.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/data/opencv/GrayMat.h"
#include "core/util/Error.h"

namespace faultke {

using opencv::fromMat;
using opencv::toMat;

namespace {

constexpr double kPi = 3.14159265358979323846;

void validate(const FaultMapOptions& o, const std::string& source) {
    if (o.windowHeight <= 0 || o.windowWidth <= 0 || o.stride <= 0)
        throw Error(source, "window height, width and stride must be positive");
    if (o.threshold == ThresholdMethod::Fixed && (o.thresholdValue < 0 || o.thresholdValue >= 255))
        throw Error(source, "threshold " + std::to_string(o.thresholdValue) + " is outside [0, 255)");
    if (o.traceThickness < 0 || o.traceThickness > o.windowHeight)
        throw Error(source, "trace thickness " + std::to_string(o.traceThickness) + " is outside [0, " +
                                std::to_string(o.windowHeight) + "]");
    if (o.bandMargin < 0) throw Error(source, "the band margin must not be negative");
    if (o.heightFit == HeightFit::MapScale && !(o.kmPerPixel > 0 && o.kmPerWindowHeight > 0))
        throw Error(source, "a map scale needs positive km per pixel and km per window height");
    if (!(o.minCoverage >= 0 && o.minCoverage <= 1))
        throw Error(source, "the minimum trace coverage must lie in [0, 1]");
    if (!std::isfinite(o.strikeDegrees)) throw Error(source, "the strike angle is not a number");
    if (!(o.centrelineWindows > 0 && o.centrelineWindows < 1e6))
        throw Error(source, "the centreline's span must be a positive number of windows");
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

// Zhang & Suen (1984) thinning of a 0/1 image to one-pixel-wide curves.
void thinZhangSuen(cv::Mat& image) {
    cv::Mat padded;
    cv::copyMakeBorder(image, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0);
    std::vector<cv::Point> toClear;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int pass = 0; pass < 2; ++pass) {
            toClear.clear();
            for (int r = 1; r < padded.rows - 1; ++r) {
                const uint8_t* up = padded.ptr<uint8_t>(r - 1);
                const uint8_t* row = padded.ptr<uint8_t>(r);
                const uint8_t* down = padded.ptr<uint8_t>(r + 1);
                for (int c = 1; c < padded.cols - 1; ++c) {
                    if (!row[c]) continue;
                    // Neighbours P2..P9, clockwise from north.
                    const int p[8] = {up[c],   up[c + 1],   row[c + 1], down[c + 1],
                                      down[c], down[c - 1], row[c - 1], up[c - 1]};
                    int neighbours = 0, transitions = 0;
                    for (int i = 0; i < 8; ++i) {
                        neighbours += p[i];
                        transitions += (p[i] == 0 && p[(i + 1) % 8] == 1);
                    }
                    if (neighbours < 2 || neighbours > 6 || transitions != 1) continue;
                    const bool first = pass == 0 ? !(p[0] && p[2] && p[4]) && !(p[2] && p[4] && p[6])
                                                 : !(p[0] && p[2] && p[6]) && !(p[0] && p[4] && p[6]);
                    if (first) toClear.emplace_back(c, r);
                }
            }
            for (const cv::Point& point : toClear) padded.at<uint8_t>(point) = 0;
            changed = changed || !toClear.empty();
        }
    }
    image = padded(cv::Rect(1, 1, image.cols, image.rows)).clone();
}

// Rotates a 0/1 image by `degrees` counter-clockwise on an enlarged canvas so nothing is cut.
cv::Mat rotateWhole(const cv::Mat& binary, double degrees) {
    const cv::Point2f centre((binary.cols - 1) / 2.0f, (binary.rows - 1) / 2.0f);
    cv::Mat rotation = cv::getRotationMatrix2D(centre, degrees, 1.0);
    const cv::Rect2f box = cv::RotatedRect(cv::Point2f(), binary.size(), static_cast<float>(degrees)).boundingRect2f();
    rotation.at<double>(0, 2) += box.width / 2.0 - binary.cols / 2.0;
    rotation.at<double>(1, 2) += box.height / 2.0 - binary.rows / 2.0;
    cv::Mat scaled, rotated;
    binary.convertTo(scaled, CV_8U, 255);
    cv::warpAffine(scaled, rotated, rotation,
                   cv::Size(static_cast<int>(std::ceil(box.width)), static_cast<int>(std::ceil(box.height))),
                   cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
    cv::Mat out;
    cv::threshold(rotated, out, 127, 1, cv::THRESH_BINARY);
    return out;
}

// Rows a window's content moves down so the middle of its trace rows is its middle row.
int centringShift(const cv::Mat& binary, const WindowRect& w) {
    int first = -1, last = -1;
    for (int r = w.row; r < w.row + w.height; ++r) {
        if (cv::countNonZero(binary(cv::Rect(w.col, r, w.width, 1))) == 0) continue;
        if (first < 0) first = r;
        last = r;
    }
    if (first < 0) return 0;
    return rowsToMiddle(w, (first + last) / 2.0);
}

// The traces' centreline, a row for every column: each column's mean trace row, fitted by a
// straight line over `span` columns about it (columns without trace carry no weight); the map's
// middle row where there is no trace at all.
std::vector<double> centrelineRows(const cv::Mat& binary, double span) {
    std::vector<double> rowSum(binary.cols, 0), count(binary.cols, 0);
    for (int r = 0; r < binary.rows; ++r) {
        const uint8_t* row = binary.ptr<uint8_t>(r);
        for (int c = 0; c < binary.cols; ++c)
            if (row[c]) {
                rowSum[c] += r;
                count[c] += 1;
            }
    }
    // Prefix sums of the weighted fit's moments over the columns that hold trace.
    std::vector<double> n(binary.cols + 1, 0), sx(n), sy(n), sxx(n), sxy(n);
    for (int c = 0; c < binary.cols; ++c) {
        const bool trace = count[c] > 0;
        const double y = trace ? rowSum[c] / count[c] : 0;
        n[c + 1] = n[c] + trace;
        sx[c + 1] = sx[c] + (trace ? c : 0);
        sy[c + 1] = sy[c] + y;
        sxx[c + 1] = sxx[c] + (trace ? double(c) * c : 0);
        sxy[c + 1] = sxy[c] + (trace ? c * y : 0);
    }
    const int half = std::max(1, static_cast<int>(std::lround(span / 2)));
    std::vector<double> centre(binary.cols, (binary.rows - 1) / 2.0);
    for (int c = 0; c < binary.cols; ++c) {
        int lo = std::max(0, c - half), hi = std::min(binary.cols, c + half + 1);
        // Near a trace's end, reach on until some trace is inside.
        while (n[hi] - n[lo] < 2 && (lo > 0 || hi < binary.cols)) {
            lo = std::max(0, lo - half);
            hi = std::min(binary.cols, hi + half);
        }
        const double k = n[hi] - n[lo];
        if (k == 0) continue;
        const double mx = (sx[hi] - sx[lo]) / k, my = (sy[hi] - sy[lo]) / k;
        const double vxx = (sxx[hi] - sxx[lo]) / k - mx * mx, vxy = (sxy[hi] - sxy[lo]) / k - mx * my;
        centre[c] = vxx > 1e-9 ? my + vxy / vxx * (c - mx) : my;
    }
    return centre;
}

// Fills the holes of the traces no thicker than `maxThickness` pixels: where two drawn strokes
// touch at both ends they enclose a sliver of background, which thinning would turn into a loop
// that is not a fault (a lens as thick as a few traces is kept). Background connects 4-ways, as
// traces do 8-ways; a hole's thickness is twice its largest distance to the traces.
void fillThinHoles(cv::Mat& binary, double maxThickness) {
    cv::Mat background = binary == 0, labels, stats, centroids, distance;
    const int count = cv::connectedComponentsWithStats(background, labels, stats, centroids, 4, CV_32S);
    if (count <= 2) return;  // at most the outside
    cv::distanceTransform(background, distance, cv::DIST_L2, cv::DIST_MASK_PRECISE);
    std::vector<float> deepest(static_cast<size_t>(count), 0);
    for (int r = 0; r < binary.rows; ++r) {
        const int* label = labels.ptr<int>(r);
        const float* d = distance.ptr<float>(r);
        for (int c = 0; c < binary.cols; ++c)
            deepest[static_cast<size_t>(label[c])] = std::max(deepest[static_cast<size_t>(label[c])], d[c]);
    }
    std::vector<uint8_t> fill(static_cast<size_t>(count), 0);
    for (int i = 1; i < count; ++i) {
        const int left = stats.at<int>(i, cv::CC_STAT_LEFT), top = stats.at<int>(i, cv::CC_STAT_TOP);
        const int right = left + stats.at<int>(i, cv::CC_STAT_WIDTH),
                  bottom = top + stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const bool enclosed = left > 0 && top > 0 && right < binary.cols && bottom < binary.rows;
        fill[static_cast<size_t>(i)] = enclosed && 2 * deepest[static_cast<size_t>(i)] <= maxThickness;
    }
    for (int r = 0; r < binary.rows; ++r) {
        const int* label = labels.ptr<int>(r);
        uint8_t* pixel = binary.ptr<uint8_t>(r);
        for (int c = 0; c < binary.cols; ++c)
            if (fill[static_cast<size_t>(label[c])]) pixel[c] = 1;
    }
}

// The traces' mean drawn width in pixels: twice their area over their edge pixels (those with a
// background neighbour), as a band w wide and L long has w L pixels and 2 L on its edges.
double drawnWidth(const cv::Mat& binary) {
    cv::Mat inner;
    cv::erode(binary, inner, cv::getStructuringElement(cv::MORPH_CROSS, cv::Size(3, 3)), cv::Point(-1, -1), 1,
              cv::BORDER_CONSTANT, 0);
    const double area = cv::countNonZero(binary), edge = area - cv::countNonZero(inner);
    return edge > 0 ? 2 * area / edge : 1.0;
}

// Rows [first, last] holding trace pixels, or {-1, -1} when there are none.
std::pair<int, int> traceRows(const cv::Mat& binary) {
    int first = -1, last = -1;
    for (int r = 0; r < binary.rows; ++r) {
        if (cv::countNonZero(binary.row(r)) > 0) {
            if (first < 0) first = r;
            last = r;
        }
    }
    return {first, last};
}

}  // namespace

std::vector<float> FaultMapWindows::window(size_t i) const {
    const WindowRect& w = windows.at(i);
    const int shift = i < rowShift.size() ? rowShift[i] : 0;
    std::vector<float> out(static_cast<size_t>(w.height) * w.width, 0.0f);
    for (int r = 0; r < w.height; ++r) {
        const int from = w.row + r - shift;
        if (from < 0 || from >= rows) continue;
        for (int c = 0; c < w.width; ++c)
            out[static_cast<size_t>(r) * w.width + c] = binary[static_cast<size_t>(from) * cols + w.col + c];
    }
    return out;
}

std::vector<float> FaultMapWindows::allWindows() const {
    std::vector<float> out;
    for (size_t i = 0; i < windows.size(); ++i) {
        const std::vector<float> one = window(i);
        out.insert(out.end(), one.begin(), one.end());
    }
    return out;
}

namespace {

// The principal axis of the traces (a 0-255 mask, area-averaged where reduced), displayed
// counter-clockwise, in (-90, 90]: exact for one straight trace, but an echelon array's reads
// along the diagonal from end to end.
double principalAxisDegrees(const cv::Mat& traces) {
    const cv::Moments m = cv::moments(traces, false);
    if (m.m00 < 2 * 255) return 0;
    const double imageAngle = 0.5 * std::atan2(2 * m.mu11, m.mu20 - m.mu02) * 180.0 / kPi;
    return -imageAngle;
}

// The structure tensor of the traces (a 0-255 mask) blurred by 3 px: the mean of their edges'
// orientations (doubled angles, weighted by edge strength), so every piece of trace counts by its
// length and direction; a few hundredths of a degree off on a pixel staircase.
double structureTensorDegrees(const cv::Mat& traces) {
    cv::Mat smooth, gx, gy;
    traces.convertTo(smooth, CV_32F, 1.0 / 255);
    cv::GaussianBlur(smooth, smooth, cv::Size(), 3.0);
    cv::Sobel(smooth, gx, CV_32F, 1, 0);
    cv::Sobel(smooth, gy, CV_32F, 0, 1);
    const double jxx = cv::sum(gx.mul(gx))[0], jyy = cv::sum(gy.mul(gy))[0], jxy = cv::sum(gx.mul(gy))[0];
    if (jxx + jyy <= 1e-12) return 0;
    // The edges' normal in image coordinates (y down); the trace runs across it, and displayed
    // counter-clockwise is the negative of the image angle.
    const double normal = 0.5 * std::atan2(2 * jxy, jxx - jyy) * 180.0 / kPi;
    return -(normal + 90);
}

double halfTurn(double degrees) {
    while (degrees <= -90) degrees += 180;
    while (degrees > 90) degrees -= 180;
    return degrees;
}

}  // namespace

namespace {

// The strike of a map whose non-zero pixels are traces (estimateStrikeDegrees).
double strikeDegrees(const cv::Mat& traces) {
    // The structure tensor reads an echelon array along its segments, not along the diagonal
    // from the first to the last; where the principal axis agrees with it (one trace, or strands
    // along one line) the principal axis is the more precise, so that a long straight trace
    // turned back crosses no pixel row.
    // A mean direction needs no more than about 1024 px along the longer side: a 600 x 6000 px
    // map is read area-averaged at a sixth of its size, in milliseconds rather than tens of them.
    constexpr int kLongestSide = 1024;
    cv::Mat mask = traces != 0;
    const int longest = std::max(mask.rows, mask.cols);
    if (longest > kLongestSide) {
        // By a whole factor, so each reduced pixel averages the same block and a symmetric map
        // stays symmetric (a level trace reads exactly level).
        const int factor = (longest + kLongestSide - 1) / kLongestSide;
        cv::resize(mask, mask, cv::Size(mask.cols / factor, mask.rows / factor), 0, 0, cv::INTER_AREA);
    }
    const double tensor = halfTurn(structureTensorDegrees(mask));
    const double axis = halfTurn(principalAxisDegrees(mask));
    double difference = std::abs(axis - tensor);
    difference = std::min(difference, 180 - difference);
    const double strike = difference < 1.0 ? axis : tensor;
    // Under a thousandth of a degree (the reduction's rounding), a turn would move no pixel of a
    // 50,000 px long map by a whole pixel: level. Also no negative zero in reports.
    return std::abs(strike) < 1e-3 ? 0.0 : strike;
}

}  // namespace

double estimateStrikeDegrees(const GrayImage& binary) { return strikeDegrees(toMat(binary)); }

FaultMapWindows preprocessFaultMap(const GrayImage& image, const FaultMapOptions& options, const std::string& source) {
    validate(options, source);
    if (image.rows <= 0 || image.cols <= 0 || image.pixels.size() != static_cast<size_t>(image.rows) * image.cols)
        throw Error(source, "the image is empty");

    FaultMapWindows result;
    result.source = source;
    result.sourceRows = image.rows;
    result.sourceCols = image.cols;

    // 2-3. Threshold into a light and a dark class; traces are the class chosen by the polarity.
    const cv::Mat gray = toMat(image);
    cv::Mat light;
    if (options.threshold == ThresholdMethod::Otsu)
        result.threshold = cv::threshold(gray, light, 0, 1, cv::THRESH_BINARY | cv::THRESH_OTSU);
    else
        result.threshold = cv::threshold(gray, light, options.thresholdValue, 1, cv::THRESH_BINARY);
    const int lightCount = cv::countNonZero(light);
    const int darkCount = static_cast<int>(light.total()) - lightCount;
    switch (options.invert) {
    case InvertMode::Auto: result.inverted = darkCount < lightCount; break;
    case InvertMode::Yes: result.inverted = true; break;
    case InvertMode::No: result.inverted = false; break;
    }
    cv::Mat trace = result.inverted ? 1 - light : light;
    result.sourceTracePixels = cv::countNonZero(trace);
    if (result.sourceTracePixels == 0 || result.sourceTracePixels == static_cast<int>(trace.total()))
        throw Error(source, "no fault trace found: after thresholding at " +
                                std::to_string(static_cast<int>(result.threshold)) + " the image is uniform");

    // 4. Strike horizontal.
    result.strikeDegrees = strikeDegrees(trace);
    const double rotateBy = options.rotation == Rotation::ToStrike  ? result.strikeDegrees
                            : options.rotation == Rotation::Degrees ? options.strikeDegrees
                                                                    : 0.0;
    if (std::abs(rotateBy) > 1e-9) {
        const int originalRows = trace.rows;
        trace = rotateWhole(trace, -rotateBy);
        result.rotated = true;
        result.rotatedStrikeDegrees = rotateBy;
        // The enlarged canvas adds empty corners; the map's own height (centred on the
        // rotation centre) stays what is scaled to the window height.
        if (options.heightFit == HeightFit::WholeImage && trace.rows > originalRows) {
            const int top = (trace.rows - originalRows) / 2;
            trace = trace(cv::Rect(0, top, trace.cols, originalRows)).clone();
        }
        if (cv::countNonZero(trace) == 0) throw Error(source, "no fault trace left after rotation");
    }

    // 5. Height to the window height.
    cv::Mat band = trace;
    if (options.heightFit != HeightFit::WholeImage) {
        const auto [first, last] = traceRows(trace);
        int top = 0, bottom = 0;  // may reach past the image: padded with background
        if (options.heightFit == HeightFit::TraceBand) {
            const int margin = std::max(2, static_cast<int>(std::lround(options.bandMargin * (last - first + 1))));
            top = first - margin;
            bottom = last + margin;
        } else {
            // One window height is kmPerWindowHeight km: that many source rows, about the band's middle.
            const double rows = options.kmPerWindowHeight / options.kmPerPixel;
            if (rows < 1 || rows > 1e5)
                throw Error(source, "the map scale makes a window " + std::to_string(rows) +
                                        " image pixels high; expected between 1 and 100000");
            const int height = static_cast<int>(std::lround(rows));
            top = (first + last + 1) / 2 - height / 2;
            bottom = top + height - 1;
        }
        cv::copyMakeBorder(trace, band, std::max(0, -top), std::max(0, bottom - (trace.rows - 1)), 0, 0,
                           cv::BORDER_CONSTANT, 0);
        band = band(cv::Rect(0, std::max(0, top), band.cols, bottom - top + 1)).clone();
    }
    result.scale = static_cast<double>(options.windowHeight) / band.rows;
    const double scaledCols = band.cols * result.scale;
    constexpr double kMaxCols = 200000;  // 128 x 200000 floats: 100 MB; more is a scale mistake
    if (scaledCols > kMaxCols)
        throw Error(source, "scaled to the window height the map would be " +
                                std::to_string(static_cast<long long>(scaledCols)) +
                                " columns wide (at most 200000): check the map scale");
    const int outCols = std::max(1, static_cast<int>(std::lround(scaledCols)));
    cv::Mat coverage;
    band.convertTo(coverage, CV_32F);
    cv::resize(coverage, coverage, cv::Size(outCols, options.windowHeight), 0, 0,
               result.scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    // Half coverage keeps the drawn thickness. Before re-thinning, a scaled pixel is a trace when
    // it is at least a quarter as covered as a trace's core would be (its drawn width times the
    // scale), at most half: thin traces stay connected when the map shrinks, and a thick straight
    // trace stays a band of even width, whose skeleton keeps to one row (a lower level widens it
    // unevenly, and the skeleton steps a row up or down along it).
    const double width = options.traceThickness > 0 ? drawnWidth(band) : 0.0;
    const double keep =
        options.traceThickness > 0 ? std::clamp(width * std::min(result.scale, 1.0) / 4, 1e-3, 0.5) : 0.5;
    cv::Mat scaled;
    cv::threshold(coverage, scaled, keep - 1e-6, 1, cv::THRESH_BINARY);
    scaled.convertTo(scaled, CV_8U);

    // 6. Uniform trace thickness, in window pixels. A hole no thicker than two scaled traces is
    // strokes touching, not a lens of the fault.
    if (options.traceThickness > 0) {
        fillThinHoles(scaled, 2 * std::max(1.0, width * result.scale));
        thinZhangSuen(scaled);
        if (options.traceThickness > 1) {
            const cv::Mat kernel =
                cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(options.traceThickness, options.traceThickness));
            cv::dilate(scaled, scaled, kernel);
        }
    }

    const GrayImage binary = fromMat(scaled);
    result.rows = binary.rows;
    result.cols = binary.cols;
    result.binary = binary.pixels;

    // 7. Windows along strike.
    const CropSpec crop{0, options.stride, options.windowHeight, options.windowWidth};
    if (crop.windowCount(result.cols) == 0)
        throw Error(source, "the map is " + std::to_string(result.cols) + " columns wide after scaling to " +
                                std::to_string(options.windowHeight) + " rows; a window needs " +
                                std::to_string(options.windowWidth));
    if (options.onlyWindow >= crop.windowCount(result.cols))
        throw Error(source, "window " + std::to_string(options.onlyWindow) + " does not exist (the map has " +
                                std::to_string(crop.windowCount(result.cols)) + " windows, numbered from 0)");
    const std::vector<double> centreline = options.centring == Centring::Centreline
                                               ? centrelineRows(scaled, options.centrelineWindows * options.windowWidth)
                                               : std::vector<double>();
    // The middle of the band of rows that holds the whole map's traces.
    double mapCentre = 0;
    if (options.centring == Centring::Map) {
        const auto [bandTop, bandBottom] = traceRows(scaled);
        mapCentre = (bandTop + bandBottom) / 2.0;
    }
    auto shiftOf = [&](const WindowRect& w) {
        switch (options.centring) {
        case Centring::None: return 0;
        case Centring::EachWindow: return centringShift(scaled, w);
        case Centring::Map: return rowsToMiddle(w, mapCentre);
        case Centring::Centreline: return rowsToMiddle(w, centreline[w.col + w.width / 2]);
        }
        return 0;
    };
    for (const WindowRect& w : crop.windows(result.cols)) {
        if (options.onlyWindow >= 0 && w.index != options.onlyWindow) continue;
        const bool asked = options.onlyWindow >= 0;
        const double coverage = columnCoverage(result.binary, result.cols, w);
        if (coverage == 0 && !options.keepEmptyWindows && !asked) {
            result.leftOut.push_back({w, coverage, "no trace"});
        } else if (coverage > 0 && coverage < options.minCoverage && !asked) {
            result.leftOut.push_back(
                {w, coverage,
                 "trace covers " + percent(coverage) + " of the columns (< " + percent(options.minCoverage) + ")"});
        } else {
            result.windows.push_back(w);
            result.coverage.push_back(coverage);
            result.rowShift.push_back(shiftOf(w));
        }
    }
    return result;
}

FaultMapWindows traceFreeMap(int rows, int cols, const FaultMapOptions& options, const std::string& source) {
    validate(options, source);
    if (rows <= 0 || cols <= 0) throw Error(source, "the map is empty");
    FaultMapWindows result;
    result.source = source;
    result.sourceRows = rows;
    result.sourceCols = cols;
    result.scale = static_cast<double>(options.windowHeight) / rows;
    result.rows = options.windowHeight;
    result.cols = std::max(1, static_cast<int>(std::lround(cols * result.scale)));
    result.binary.assign(static_cast<size_t>(result.rows) * result.cols, 0);
    const CropSpec crop{0, options.stride, options.windowHeight, options.windowWidth};
    for (const WindowRect& w : crop.windows(result.cols)) result.leftOut.push_back({w, 0, "no trace"});
    return result;
}

GrayImage thinTraces(const GrayImage& binary) {
    cv::Mat image = toMat(binary) != 0;
    image /= 255;
    thinZhangSuen(image);
    return fromMat(image);
}

FaultMapWindows preprocessFaultMapImage(const std::string& path, const FaultMapOptions& options) {
    return preprocessFaultMap(readGrayImage(path), options, path);
}

double columnCoverage(const std::vector<uint8_t>& binary, int cols, const WindowRect& window) {
    if (window.width <= 0) return 0;
    int covered = 0;
    for (int c = window.col; c < window.col + window.width; ++c) {
        for (int r = window.row; r < window.row + window.height; ++r) {
            if (binary[static_cast<size_t>(r) * cols + c]) {
                ++covered;
                break;
            }
        }
    }
    return static_cast<double>(covered) / window.width;
}

const char* centringName(Centring centring) {
    switch (centring) {
    case Centring::None: return "none";
    case Centring::Centreline: return "centreline";
    case Centring::EachWindow: return "window";
    case Centring::Map: return "map";
    }
    return "none";
}

Centring parseCentring(const std::string& text) {
    for (Centring c : {Centring::None, Centring::Map, Centring::Centreline, Centring::EachWindow})
        if (text == centringName(c)) return c;
    throw Error("the centring must be none, map, centreline or window, not '" + text + "'");
}

}  // namespace faultke
