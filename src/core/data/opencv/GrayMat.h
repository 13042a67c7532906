#pragma once
// 8-bit gray images between FaultKE's plain GrayImage and OpenCV, for the data layer's OpenCV code
// (FaultMapImage.cpp, GrayImage.cpp); private to the layer, as OpenCV stays out of its
// public headers.
#include <algorithm>
#include <cstdint>

#include <opencv2/core.hpp>

#include "core/data/GrayImage.h"

namespace faultke::opencv {

inline cv::Mat toMat(const GrayImage& image) {
    cv::Mat mat(image.rows, image.cols, CV_8U);
    std::copy(image.pixels.begin(), image.pixels.end(), mat.ptr<uint8_t>());
    return mat;
}

inline GrayImage fromMat(const cv::Mat& mat) {
    GrayImage image;
    image.rows = mat.rows;
    image.cols = mat.cols;
    image.pixels.resize(static_cast<size_t>(mat.rows) * mat.cols);
    for (int r = 0; r < mat.rows; ++r)
        std::copy_n(mat.ptr<uint8_t>(r), mat.cols, image.pixels.data() + static_cast<size_t>(r) * mat.cols);
    return image;
}

}  // namespace faultke::opencv
