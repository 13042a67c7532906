#include "core/data/CropSpec.h"

#include <cmath>
#include <sstream>

#include "core/util/Error.h"

namespace faultke {

int rowsToMiddle(const WindowRect& w, double centre) {
    return static_cast<int>(std::floor(w.row + (w.height - 1) / 2.0 - centre + 0.5));
}

int CropSpec::windowCount(int frameCols) const {
    if (stride <= 0 || width <= 0 || frameCols < width) return 0;
    return 1 + (frameCols - width) / stride;
}

WindowRect CropSpec::window(int index) const { return WindowRect{index, firstRow, index * stride, height, width}; }

std::vector<WindowRect> CropSpec::windows(int frameCols) const {
    std::vector<WindowRect> out;
    const int n = windowCount(frameCols);
    out.reserve(n);
    for (int i = 0; i < n; ++i) out.push_back(window(i));
    return out;
}

void CropSpec::validate(int frameRows, int frameCols, const std::string& file) const {
    auto fail = [&](const std::string& problem) {
        if (file.empty()) throw Error(problem);
        throw Error(file, problem);
    };
    if (firstRow < 0 || stride <= 0 || height <= 0 || width <= 0)
        fail("invalid crop " + toString() + ": row must be >= 0, stride, height and width > 0");
    if (firstRow + height > frameRows)
        fail("crop " + toString() + " needs " + std::to_string(firstRow + height) + " rows but the frames have " +
             std::to_string(frameRows));
    if (width > frameCols)
        fail("crop " + toString() + " needs " + std::to_string(width) + " columns but the frames have " +
             std::to_string(frameCols));
}

CropSpec CropSpec::parse(const std::string& text) {
    CropSpec c;
    int* fields[] = {&c.firstRow, &c.stride, &c.height, &c.width};
    std::stringstream ss(text);
    std::string item;
    int n = 0;
    while (std::getline(ss, item, ',')) {
        if (n >= 4) throw Error("crop '" + text + "': expected ROW,STRIDE,HEIGHT,WIDTH");
        try {
            size_t used = 0;
            *fields[n] = std::stoi(item, &used);
            if (used != item.size()) throw std::invalid_argument(item);
        } catch (const std::exception&) {
            throw Error("crop '" + text + "': '" + item + "' is not an integer");
        }
        ++n;
    }
    if (n != 4) throw Error("crop '" + text + "': expected ROW,STRIDE,HEIGHT,WIDTH");
    if (c.firstRow < 0 || c.stride <= 0 || c.height <= 0 || c.width <= 0)
        throw Error("crop '" + text + "': row must be >= 0, stride, height and width > 0");
    return c;
}

std::string CropSpec::toString() const {
    return std::to_string(firstRow) + "," + std::to_string(stride) + "," + std::to_string(height) + "," +
           std::to_string(width);
}

}  // namespace faultke
