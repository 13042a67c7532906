#include "core/model/Occlusion.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/io/Npy.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {

OcclusionMap occlusionMap(const Ensemble& model, const std::vector<float>& window, int patch) {
    const int rows = model.windowHeight(), cols = model.windowWidth();
    if (window.size() != static_cast<size_t>(rows) * cols)
        throw Error("a window must have " + std::to_string(rows) + " x " + std::to_string(cols) + " values, not " +
                    std::to_string(window.size()));
    if (patch < 1) throw Error("the occlusion patch must be at least 1 pixel");
    OcclusionMap map;
    map.rows = rows;
    map.cols = cols;
    map.patch = patch;
    map.delta.assign(window.size(), 0.0);
    map.window = window;

    // The window itself first, then one masked copy per patch holding trace: one batch.
    std::vector<float> batch(window);
    struct Patch {
        int row, col;
    };
    std::vector<Patch> masked;
    for (int r0 = 0; r0 < rows; r0 += patch) {
        for (int c0 = 0; c0 < cols; c0 += patch) {
            std::vector<float> copy(window);
            bool trace = false;
            for (int r = r0; r < std::min(rows, r0 + patch); ++r)
                for (int c = c0; c < std::min(cols, c0 + patch); ++c) {
                    float& v = copy[static_cast<size_t>(r) * cols + c];
                    trace = trace || v != 0;
                    v = 0;
                }
            if (!trace) continue;
            masked.push_back({r0, c0});
            batch.insert(batch.end(), copy.begin(), copy.end());
        }
    }
    const std::vector<double> ke = model.predictWindows(batch.data(), masked.size() + 1).mean;
    map.baseKe = ke.front();
    for (size_t i = 0; i < masked.size(); ++i)
        for (int r = masked[i].row; r < std::min(rows, masked[i].row + patch); ++r)
            for (int c = masked[i].col; c < std::min(cols, masked[i].col + patch); ++c)
                map.delta[static_cast<size_t>(r) * cols + c] = ke[i + 1] - map.baseKe;
    return map;
}

}  // namespace faultke

namespace faultke {

void writeOcclusionMaps(const std::string& path, const std::vector<OcclusionMap>& maps) {
    const std::string extension = lowerExtension(path);
    if (extension != ".npy" && extension != ".png") throw Error(path, "occlusion maps are written as .npy or .png");
    if (maps.empty()) throw Error(path, "no predicted window to explain");
    const int rows = maps.front().rows, cols = maps.front().cols;
    if (extension == ".npy") {
        std::vector<double> data;
        for (const OcclusionMap& m : maps) data.insert(data.end(), m.delta.begin(), m.delta.end());
        NpyWriteOptions options;
        options.dtype = NpyDtype::Float32;
        writeNpy(path, {maps.size(), static_cast<size_t>(rows), static_cast<size_t>(cols)}, data.data(), options);
        return;
    }
    double largest = 1e-9;
    for (const OcclusionMap& m : maps)
        for (double d : m.delta) largest = std::max(largest, std::abs(d));
    constexpr int kGap = 2;
    cv::Mat image(rows, static_cast<int>(maps.size()) * (cols + kGap) - kGap, CV_8UC3, cv::Scalar(128, 128, 128));
    for (size_t i = 0; i < maps.size(); ++i) {
        const int left = static_cast<int>(i) * (cols + kGap);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                const double t = std::clamp(maps[i].at(r, c) / largest, -1.0, 1.0);
                // White at 0, red (+) or blue (-) at the ends; BGR.
                double b = 255, g = 255, red = 255;
                if (t > 0) b = g = 255 * (1 - t);
                if (t < 0) red = g = 255 * (1 + t);
                const double shade = maps[i].window[static_cast<size_t>(r) * cols + c] != 0 ? 0.35 : 1.0;
                image.at<cv::Vec3b>(r, left + c) =
                    cv::Vec3b(cv::saturate_cast<uchar>(b * shade), cv::saturate_cast<uchar>(g * shade),
                              cv::saturate_cast<uchar>(red * shade));
            }
    }
    std::vector<uchar> bytes;
    if (!cv::imencode(".png", image, bytes)) throw Error(path, "cannot encode the image");
    writeTextAtomically(path, std::string(bytes.begin(), bytes.end()));
}

}  // namespace faultke
