#include "support/FaultMapDrawings.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <stdexcept>

namespace faultke::test {
namespace {

// Draws the segments (in map coordinates before rotation) and turns the picture by the strike.
QString draw(const QString& path, const Drawing& d, const std::vector<std::pair<cv::Point, cv::Point>>& segments) {
    const cv::Scalar background = d.darkOnLight ? cv::Scalar(255) : cv::Scalar(0);
    const cv::Scalar trace = d.darkOnLight ? cv::Scalar(0) : cv::Scalar(255);
    cv::Mat image(d.rows, d.cols, CV_8U, background);
    for (const auto& [from, to] : segments) cv::line(image, from, to, trace, d.thickness, cv::LINE_8);
    if (d.degrees != 0) {
        const cv::Point2f centre(d.cols / 2.0f, d.rows / 2.0f);
        const cv::Mat rotation = cv::getRotationMatrix2D(centre, d.degrees, 1.0);
        cv::Mat turned;
        cv::warpAffine(image, turned, rotation, image.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT, background);
        image = turned;
    }
    if (!cv::imwrite(path.toStdString(), image)) throw std::runtime_error("cannot write " + path.toStdString());
    return path;
}

}  // namespace

QString drawStraightTrace(const QString& path, const Drawing& d) {
    const int end = static_cast<int>(std::lround((d.cols - 1) * d.extent));
    const int row = static_cast<int>(std::lround(d.rows * d.at));
    return draw(path, d, {{cv::Point(0, row), cv::Point(end, row)}});
}

QString drawStepover(const QString& path, const Drawing& d) {
    const int overlap = d.cols / 4;
    const int upper = static_cast<int>(std::lround(d.rows * (0.5 - d.gap / 2)));
    const int lower = static_cast<int>(std::lround(d.rows * (0.5 + d.gap / 2)));
    return draw(path, d,
                {{cv::Point(0, upper), cv::Point(d.cols / 2 + overlap / 2, upper)},
                 {cv::Point(d.cols / 2 - overlap / 2, lower), cv::Point(d.cols - 1, lower)}});
}

}  // namespace faultke::test
