#include "support/Fig4Maps.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <stdexcept>

#include "core/data/FaultMapImage.h"
#include "support/TestSupport.h"
#include "support/TraceFiles.h"

namespace faultke::test {
namespace {

// Where each inset lies in fig4.png (1066 x 745): rows 45-130 inside the frames, columns inside
// each frame; and what to blank, in inset pixels (x0, y0, x1, y1): north arrow and scale bar with
// its "1 km".
struct InsetPlace {
    int firstCol, lastCol;
    std::vector<cv::Rect> blank;
};
constexpr int kFirstRow = 45, kLastRow = 130;

const std::vector<InsetPlace>& places() {
    static const std::vector<InsetPlace> p = {
        {126, 419, {cv::Rect(250, 0, 46, 33), cv::Rect(0, 60, 100, 28)}},
        {440, 733, {cv::Rect(250, 0, 46, 33), cv::Rect(0, 60, 110, 28)}},
        {755, 1046, {cv::Rect(135, 58, 105, 30), cv::Rect(252, 40, 44, 48)}},
    };
    return p;
}

using Pixel = cv::Point;

// The skeleton's pixels joined into polylines: from each end (one neighbour) along unvisited
// neighbours, then what is left (closed loops) from any pixel.
std::vector<std::vector<Pixel>> polylinesOf(const cv::Mat& skeleton) {
    cv::Mat visited = cv::Mat::zeros(skeleton.size(), CV_8U);
    auto on = [&](int r, int c) {
        return r >= 0 && c >= 0 && r < skeleton.rows && c < skeleton.cols && skeleton.at<uint8_t>(r, c);
    };
    auto neighbours = [&](Pixel p) {
        std::vector<Pixel> out;
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc)
                if ((dr || dc) && on(p.y + dr, p.x + dc)) out.emplace_back(p.x + dc, p.y + dr);
        return out;
    };
    std::vector<std::vector<Pixel>> lines;
    auto walk = [&](Pixel start) {
        std::vector<Pixel> line{start};
        visited.at<uint8_t>(start) = 1;
        for (Pixel at = start;;) {
            bool moved = false;
            // Straight neighbours first: a diagonal step past one would skip a pixel.
            for (int pass = 0; pass < 2 && !moved; ++pass)
                for (const Pixel& n : neighbours(at)) {
                    const bool straight = n.x == at.x || n.y == at.y;
                    if (visited.at<uint8_t>(n) || straight != (pass == 0)) continue;
                    visited.at<uint8_t>(n) = 1;
                    line.push_back(n);
                    at = n;
                    moved = true;
                    break;
                }
            if (!moved) break;
        }
        if (line.size() >= 3) lines.push_back(std::move(line));
    };
    for (int r = 0; r < skeleton.rows; ++r)
        for (int c = 0; c < skeleton.cols; ++c)
            if (on(r, c) && !visited.at<uint8_t>(r, c) && neighbours({c, r}).size() == 1) walk({c, r});
    for (int r = 0; r < skeleton.rows; ++r)
        for (int c = 0; c < skeleton.cols; ++c)
            if (on(r, c) && !visited.at<uint8_t>(r, c)) walk({c, r});
    return lines;
}

}  // namespace

const std::vector<Fig4Fault>& fig4Faults() {
    static const std::vector<Fig4Fault> faults = {
        {"Calico", "calico", 16, 0.32, 0.83},
        {"San Andreas", "san-andreas", 29, 0.77, 0.91},
        {"Futagawa", "futagawa", 24, 0.47, 0.67},
    };
    return faults;
}

QString fig4Path() { return sharedFile("seed/fig4.png"); }

QStringList cutFig4Insets(const QString& dir) {
    const QString fig4 = fig4Path();
    if (fig4.isEmpty()) return {};
    const cv::Mat figure = cv::imread(fig4.toStdString(), cv::IMREAD_GRAYSCALE);
    if (figure.rows != 745 || figure.cols != 1066)
        throw std::runtime_error(fig4.toStdString() + " is not the 1066 x 745 figure the insets are measured on");
    QStringList paths;
    for (size_t i = 0; i < places().size(); ++i) {
        const InsetPlace& place = places()[i];
        cv::Mat inset =
            figure(cv::Rect(place.firstCol, kFirstRow, place.lastCol - place.firstCol + 1, kLastRow - kFirstRow + 1))
                .clone();
        for (const cv::Rect& r : place.blank) inset(r & cv::Rect(0, 0, inset.cols, inset.rows)).setTo(255);
        const QString path = QDir(dir).filePath(fig4Faults()[i].file + ".png");
        if (!cv::imwrite(path.toStdString(), inset)) throw std::runtime_error("cannot write " + path.toStdString());
        paths << path;
    }
    return paths;
}

QString vectoriseTraces(const QString& picture, const QString& geojson, double pixelsPerKm) {
    const cv::Mat gray = cv::imread(picture.toStdString(), cv::IMREAD_GRAYSCALE);
    if (gray.empty()) throw std::runtime_error("cannot read " + picture.toStdString());
    GrayImage binary;
    binary.rows = gray.rows;
    binary.cols = gray.cols;
    for (int r = 0; r < gray.rows; ++r)
        for (int c = 0; c < gray.cols; ++c) binary.pixels.push_back(gray.at<uint8_t>(r, c) < 128 ? 1 : 0);
    const GrayImage thin = thinTraces(binary);
    const cv::Mat skeleton(thin.rows, thin.cols, CV_8U, const_cast<uint8_t*>(thin.pixels.data()));
    const double metres = 1000.0 / pixelsPerKm;
    TraceFeature feature{QFileInfo(picture).completeBaseName(), {}};
    for (const std::vector<Pixel>& line : polylinesOf(skeleton)) {
        std::vector<Pixel> simple;
        cv::approxPolyDP(line, simple, 0.5, false);
        UtmLine part;
        for (const Pixel& p : simple) part.emplace_back(kEasting + p.x * metres, kNorthing - p.y * metres);
        feature.parts.push_back(std::move(part));
    }
    return writeTraceFile(geojson, "GeoJSON", 32611, {feature});
}

}  // namespace faultke::test
