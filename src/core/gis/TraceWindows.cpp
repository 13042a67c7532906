#include "core/gis/TraceWindows.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/util/Error.h"

namespace faultke {
namespace {

MapPoint operator+(MapPoint a, MapPoint b) { return {a.x + b.x, a.y + b.y}; }
MapPoint operator-(MapPoint a, MapPoint b) { return {a.x - b.x, a.y - b.y}; }
MapPoint operator*(double k, MapPoint a) { return {k * a.x, k * a.y}; }
double dot(MapPoint a, MapPoint b) { return a.x * b.x + a.y * b.y; }
double norm(MapPoint a) { return std::hypot(a.x, a.y); }
MapPoint leftOf(MapPoint t) { return {-t.y, t.x}; }

// Points every `step` km along every part, both ends included.
std::vector<MapPoint> samplePoints(const FaultTraceSet& traces, double step) {
    std::vector<MapPoint> points;
    for (const FaultTrace& trace : traces.traces)
        for (const TracePart& part : trace.parts) {
            points.push_back(part.front());
            for (size_t i = 1; i < part.size(); ++i) {
                const MapPoint a = part[i - 1], b = part[i];
                const int n = std::max(1, static_cast<int>(std::ceil(norm(b - a) / step)));
                for (int k = 1; k <= n; ++k) points.push_back(a + (double(k) / n) * (b - a));
            }
        }
    return points;
}

// Resamples a polyline every `step` along its length (the last point kept).
std::vector<MapPoint> resample(const std::vector<MapPoint>& line, double step, double& length) {
    std::vector<double> at{0};
    for (size_t i = 1; i < line.size(); ++i) at.push_back(at.back() + norm(line[i] - line[i - 1]));
    length = at.back();
    std::vector<MapPoint> out;
    size_t segment = 1;
    for (double s = 0; s <= length + 1e-12; s += step) {
        while (segment + 1 < line.size() && at[segment] < s) ++segment;
        const double span = at[segment] - at[segment - 1];
        const double f = span > 0 ? std::clamp((s - at[segment - 1]) / span, 0.0, 1.0) : 0.0;
        out.push_back(line[segment - 1] + f * (line[segment] - line[segment - 1]));
    }
    if (out.empty() || norm(out.back() - line.back()) > 1e-9) out.push_back(line.back());
    return out;
}

std::vector<MapPoint> centrelineOf(const std::vector<MapPoint>& points, double binKm, double smoothKm) {
    MapPoint mean{0, 0};
    for (const MapPoint& p : points) mean = mean + p;
    mean = (1.0 / points.size()) * mean;
    double xx = 0, yy = 0, xy = 0;
    for (const MapPoint& p : points) {
        const MapPoint d = p - mean;
        xx += d.x * d.x;
        yy += d.y * d.y;
        xy += d.x * d.y;
    }
    const double angle = 0.5 * std::atan2(2 * xy, xx - yy);
    MapPoint axis{std::cos(angle), std::sin(angle)};
    if (axis.x < -1e-12 || (std::fabs(axis.x) <= 1e-12 && axis.y < 0)) axis = -1.0 * axis;
    const MapPoint across = leftOf(axis);

    double uMin = 1e300, uMax = -1e300;
    for (const MapPoint& p : points) {
        const double u = dot(p - mean, axis);
        uMin = std::min(uMin, u);
        uMax = std::max(uMax, u);
    }
    const int bins = std::max(1, static_cast<int>(std::ceil((uMax - uMin) / binKm)));
    const double width = (uMax - uMin) / bins;
    std::vector<double> sum(bins, 0), count(bins, 0);
    for (const MapPoint& p : points) {
        const double u = dot(p - mean, axis);
        const int b = width > 0 ? std::clamp(static_cast<int>((u - uMin) / width), 0, bins - 1) : 0;
        sum[b] += dot(p - mean, across);
        count[b] += 1;
    }
    // Bins without trace (between echelon segments) are bridged straight.
    std::vector<double> v(bins);
    std::vector<int> filled;
    for (int b = 0; b < bins; ++b)
        if (count[b] > 0) filled.push_back(b);
    for (int b = 0; b < bins; ++b) {
        auto next = std::lower_bound(filled.begin(), filled.end(), b);
        if (next != filled.end() && *next == b) {
            v[b] = sum[b] / count[b];
        } else {
            const int hi = next == filled.end() ? filled.back() : *next;
            const int lo = next == filled.begin() ? filled.front() : *(next - 1);
            const double f = hi == lo ? 0 : double(b - lo) / (hi - lo);
            v[b] = (1 - f) * sum[lo] / count[lo] + f * sum[hi] / count[hi];
        }
    }
    const int half = std::max(0, static_cast<int>(std::round(smoothKm / 2 / std::max(width, 1e-12))));
    std::vector<MapPoint> line;
    auto at = [&](double u, double offset) { return mean + u * axis + offset * across; };
    // Smoothed by a local straight-line fit over the neighbourhood, which keeps the ends of a
    // curving trace where a moving average would pull them inwards.
    auto uOf = [&](int b) { return b == 0 ? uMin : b == bins - 1 ? uMax : uMin + (b + 0.5) * width; };
    for (int b = 0; b < bins; ++b) {
        double su = 0, sv = 0, suu = 0, suv = 0;
        int n = 0;
        for (int k = std::max(0, b - half); k <= std::min(bins - 1, b + half); ++k, ++n) {
            const double u = uOf(k) - uOf(b);
            su += u;
            sv += v[k];
            suu += u * u;
            suv += u * v[k];
        }
        const double det = n * suu - su * su;
        const double offset = det > 1e-12 ? (sv * suu - su * suv) / det : sv / n;
        line.push_back(at(uOf(b), offset));
        if (bins == 1) line.push_back(at(uMax, offset));
    }
    return line;
}

struct Segment {
    MapPoint a, b;
};

std::vector<Segment> segmentsOf(const FaultTraceSet& traces) {
    std::vector<Segment> segments;
    for (const FaultTrace& trace : traces.traces)
        for (const TracePart& part : trace.parts)
            for (size_t i = 1; i < part.size(); ++i) segments.push_back({part[i - 1], part[i]});
    return segments;
}

// The traces 1 px wide on a canvas `rows` x `cols` whose middle is `centre`, columns along t.
cv::Mat drawCanvas(const std::vector<Segment>& segments, MapPoint centre, MapPoint t, double pixelKm, int rows,
                   int cols) {
    cv::Mat canvas = cv::Mat::zeros(rows, cols, CV_8U);
    const MapPoint n = leftOf(t);
    const double reach = std::hypot(rows, cols) * pixelKm;
    constexpr int kShift = 8;
    constexpr double kScale = 1 << kShift;
    auto toCanvas = [&](MapPoint p) {
        const MapPoint d = p - centre;
        const double col = dot(d, t) / pixelKm + cols / 2.0 - 0.5;
        const double row = rows / 2.0 - dot(d, n) / pixelKm - 0.5;
        return cv::Point(static_cast<int>(std::lround(col * kScale)), static_cast<int>(std::lround(row * kScale)));
    };
    for (const Segment& s : segments) {
        // Segments far from the window would overflow the fixed-point coordinates; they draw nothing.
        const double distance = std::min(norm(s.a - centre), norm(s.b - centre));
        const double length = norm(s.b - s.a);
        if (distance > reach + length) continue;
        if (length > 4 * reach) {  // a long straight segment: draw only its part near the window
            const MapPoint dir = (1.0 / length) * (s.b - s.a);
            const double along = std::clamp(dot(centre - s.a, dir), 0.0, length);
            const MapPoint a = s.a + std::max(0.0, along - 2 * reach) * dir;
            const MapPoint b = s.a + std::min(length, along + 2 * reach) * dir;
            cv::line(canvas, toCanvas(a), toCanvas(b), 1, 1, cv::LINE_8, kShift);
            continue;
        }
        cv::line(canvas, toCanvas(s.a), toCanvas(s.b), 1, 1, cv::LINE_8, kShift);
    }
    return canvas;
}

// Short pieces of trace, each with its direction as a doubled angle (so opposite directions
// agree), weighted by its length.
struct Piece {
    MapPoint middle;
    double c2 = 0, s2 = 0;
};

std::vector<Piece> piecesOf(const std::vector<Segment>& segments, double step) {
    std::vector<Piece> pieces;
    for (const Segment& segment : segments) {
        const double length = norm(segment.b - segment.a);
        if (length <= 0) continue;
        const double angle = std::atan2(segment.b.y - segment.a.y, segment.b.x - segment.a.x);
        const int n = std::max(1, static_cast<int>(std::ceil(length / step)));
        for (int k = 0; k < n; ++k)
            pieces.push_back({segment.a + ((k + 0.5) / n) * (segment.b - segment.a), length / n * std::cos(2 * angle),
                              length / n * std::sin(2 * angle)});
    }
    return pieces;
}

// The traces' own direction about `centre`: the length-weighted axial mean of the pieces within
// `radius`, turned to agree with `along`; `along` itself where no trace is near.
MapPoint strikeAt(const std::vector<Piece>& pieces, MapPoint centre, double radius, MapPoint along) {
    double c2 = 0, s2 = 0;
    for (const Piece& p : pieces)
        if (norm(p.middle - centre) <= radius) {
            c2 += p.c2;
            s2 += p.s2;
        }
    if (std::hypot(c2, s2) < 1e-12) return along;
    const double angle = 0.5 * std::atan2(s2, c2);
    const MapPoint t{std::cos(angle), std::sin(angle)};
    return dot(t, along) < 0 ? -1.0 * t : t;
}

// The length-weighted mean offset across strike (along n) of the traces inside the window about
// `centre`: each segment clipped to the window's length, its part within the window's height kept.
double meanOffset(const std::vector<Segment>& segments, MapPoint centre, MapPoint t, double halfLength,
                  double halfHeight) {
    const MapPoint n = leftOf(t);
    double weight = 0, sum = 0;
    for (const Segment& s : segments) {
        const MapPoint a = s.a - centre, b = s.b - centre;
        const double ua = dot(a, t), ub = dot(b, t);
        double lo = 0, hi = 1;  // the part of the segment inside the window's length
        if (std::fabs(ub - ua) > 1e-15) {
            const double f1 = (-halfLength - ua) / (ub - ua), f2 = (halfLength - ua) / (ub - ua);
            lo = std::max(lo, std::min(f1, f2));
            hi = std::min(hi, std::max(f1, f2));
        } else if (std::fabs(ua) > halfLength) {
            continue;
        }
        if (hi <= lo) continue;
        const MapPoint p = a + lo * (b - a), q = a + hi * (b - a);
        const double vp = dot(p, n), vq = dot(q, n);
        if (std::fabs(vp) > halfHeight && std::fabs(vq) > halfHeight) continue;
        const double length = norm(q - p);
        weight += length;
        sum += length * (vp + vq) / 2;
    }
    return weight > 0 ? sum / weight : 0;
}

// The whole set's straight centreline, as a picture's map is centred (Centring::Map): along the
// traces' mean direction (the pieces' axial mean), through the middle of the band they cover
// across it, from the first point to the last along it, west to east. Empty when that band is
// wider than `windowKm`: a long or curving fault leaves a straight line, and follows its centreline.
std::vector<MapPoint> bandLine(const std::vector<MapPoint>& points, const std::vector<Piece>& pieces, double windowKm) {
    double c2 = 0, s2 = 0;
    for (const Piece& p : pieces) {
        c2 += p.c2;
        s2 += p.s2;
    }
    const double angle = 0.5 * std::atan2(s2, c2);
    MapPoint axis{std::cos(angle), std::sin(angle)};
    if (axis.x < -1e-12 || (std::fabs(axis.x) <= 1e-12 && axis.y < 0)) axis = -1.0 * axis;
    const MapPoint across = leftOf(axis);
    double uMin = 1e300, uMax = -1e300, vMin = 1e300, vMax = -1e300;
    for (const MapPoint& p : points) {
        uMin = std::min(uMin, dot(p, axis));
        uMax = std::max(uMax, dot(p, axis));
        vMin = std::min(vMin, dot(p, across));
        vMax = std::max(vMax, dot(p, across));
    }
    if (vMax - vMin > windowKm) return {};
    const double v = (vMin + vMax) / 2;
    return {uMin * axis + v * across, uMax * axis + v * across};
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

double columnShare(const cv::Mat& window) {
    int columns = 0;
    for (int c = 0; c < window.cols; ++c)
        if (cv::countNonZero(window.col(c)) > 0) ++columns;
    return window.cols ? double(columns) / window.cols : 0.0;
}

}  // namespace

TraceWindowSet cutTraceWindows(const FaultTraceSet& traces, const TraceWindowOptions& options) {
    const std::string& file = traces.path;
    if (!(options.windowKm > 0 && std::isfinite(options.windowKm)))
        throw Error(file, "the window height must be a positive number of km");
    if (!(options.strideKm > 0 && std::isfinite(options.strideKm)))
        throw Error(file, "the stride along strike must be a positive number of km");
    if (options.windowHeight < 8 || options.windowWidth < 4) throw Error(file, "the window is too small");
    if (!(options.minCoverage >= 0 && options.minCoverage <= 1))
        throw Error(file, "the minimum coverage must lie in [0, 1]");

    TraceWindowSet set;
    set.options = options;
    set.pixelKm = options.windowKm / options.windowHeight;
    const double windowLength = options.windowWidth * set.pixelKm;
    const std::vector<MapPoint> points = samplePoints(traces, set.pixelKm);
    if (points.size() < 2) throw Error(file, "the selected traces have no length");
    const std::vector<Segment> segments = segmentsOf(traces);
    const std::vector<Piece> pieces = piecesOf(segments, 4 * set.pixelKm);
    std::vector<MapPoint> rough;
    if (options.centring == Centring::Map) rough = bandLine(points, pieces, options.windowKm);
    const bool straight = !rough.empty();
    if (!straight) rough = centrelineOf(points, options.windowKm / 16, options.centrelineWindows * windowLength);
    set.centreline = resample(rough, set.pixelKm, set.lengthKm);
    if (set.lengthKm + 1e-9 < windowLength) {
        char text[240];
        std::snprintf(text, sizeof text,
                      "the traces span %.2f km along strike, shorter than one window (%.2f km long at a window "
                      "height of %.2f km): choose a smaller window height",
                      set.lengthKm, windowLength, options.windowKm);
        throw Error(file, text);
    }

    auto pointAt = [&](double s) {
        const double f = std::clamp(s / set.pixelKm, 0.0, double(set.centreline.size() - 1));
        const size_t i = std::min(static_cast<size_t>(f), set.centreline.size() - 2);
        return set.centreline[i] + (f - i) * (set.centreline[i + 1] - set.centreline[i]);
    };
    const int h = options.windowHeight, w = options.windowWidth;
    int index = 0;
    for (double start = 0; start + windowLength <= set.lengthKm + 1e-9; start += options.strideKm, ++index) {
        TraceWindow window;
        window.index = index;
        window.startKm = start;
        window.endKm = start + windowLength;
        window.centreKm = start + windowLength / 2;
        // The direction: the traces' own strike about the window (a stepover's segments keep the
        // windows along them), the centreline's where no trace is near.
        MapPoint chord = pointAt(window.endKm) - pointAt(start);
        chord = (1.0 / std::max(norm(chord), 1e-12)) * chord;
        MapPoint centre = pointAt(window.centreKm);
        const MapPoint t =
            straight ? chord
                     : strikeAt(pieces, centre, std::max(1.0, options.centrelineWindows / 2) * windowLength, chord);
        const MapPoint n = leftOf(t);

        // Centring: the middle of the trace rows goes to the middle row (a canvas three windows
        // tall finds traces the centreline passes at a distance).
        const cv::Mat canvas = drawCanvas(segments, centre, t, set.pixelKm, 3 * h, w);
        int first = -1, last = -1;
        for (int r = 0; r < canvas.rows; ++r)
            if (cv::countNonZero(canvas.row(r)) > 0) {
                if (first < 0) first = r;
                last = r;
            }
        int shiftRows = 0;
        if (options.centring == Centring::EachWindow && first >= 0)
            shiftRows = static_cast<int>(std::lround(h + (h - 1) / 2.0 - (first + last) / 2.0));
        shiftRows = std::clamp(shiftRows, -h, h);
        // Sub-pixel: the traces' mean offset goes to the middle of a pixel row, never to a row's
        // edge, where rounding would draw a straight trace one row up in one window and one row
        // down in the next, or with a one-pixel step inside a window.
        const double halfL = windowLength / 2, halfH = options.windowKm / 2;
        const double u = meanOffset(segments, centre + (shiftRows * set.pixelKm) * n, t, halfL, halfH) / set.pixelKm;
        window.shiftKm = (shiftRows + 0.5 + u - std::round(u)) * set.pixelKm;
        centre = centre + window.shiftKm * n;
        window.centre = centre;
        window.coverage = columnShare(canvas(cv::Rect(0, h - shiftRows, w, h)));
        double azimuth = std::atan2(t.x, t.y) * 180 / M_PI;
        if (azimuth < 0) azimuth += 360;
        window.azimuthDegrees = azimuth;
        window.corners = {centre - halfL * t + halfH * n, centre + halfL * t + halfH * n,
                          centre + halfL * t - halfH * n, centre - halfL * t - halfH * n};
        if (window.coverage == 0)
            window.leftOutReason = "no trace";
        else if (window.coverage < options.minCoverage)
            window.leftOutReason =
                "trace covers " + percent(window.coverage) + " of the columns (< " + percent(options.minCoverage) + ")";
        (window.leftOutReason.empty() ? set.windows : set.leftOut).push_back(window);
    }
    return set;
}

std::vector<float> renderTraceWindows(const FaultTraceSet& traces, const TraceWindowSet& set, int thickness) {
    if (thickness < 1) throw Error(traces.path, "traces from GIS files are drawn 1 px thick or more");
    const std::vector<Segment> segments = segmentsOf(traces);
    const int h = set.options.windowHeight, w = set.options.windowWidth;
    const int margin = thickness;
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(thickness, thickness));
    std::vector<float> out;
    out.reserve(set.windows.size() * h * w);
    for (const TraceWindow& window : set.windows) {
        const MapPoint t{std::sin(window.azimuthDegrees * M_PI / 180), std::cos(window.azimuthDegrees * M_PI / 180)};
        cv::Mat canvas = drawCanvas(segments, window.centre, t, set.pixelKm, h + 2 * margin, w + 2 * margin);
        if (thickness > 1) cv::dilate(canvas, canvas, kernel);
        // The round brush widens a 1 px line at row 64 to rows 64-65 (2 px), 63-65 (3 px), 63-66
        // (4 px); pictures centre their traces on rows 63-64, 63-65, 62-65: even widths move up a row.
        const int up = thickness % 2 == 0 ? 1 : 0;
        const cv::Mat inside = canvas(cv::Rect(margin, margin + up, w, h));
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c) out.push_back(inside.at<uint8_t>(r, c) ? 1.0f : 0.0f);
    }
    return out;
}

}  // namespace faultke
