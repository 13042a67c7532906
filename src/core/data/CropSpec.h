#pragma once
// The "crop" of the original pipeline (SLICE_PARAM): which rows of a frame are used and how
// the frame's columns are cut into fixed-size windows.
#include <string>
#include <vector>

#include "core/data/WindowSize.h"

namespace faultke {

struct WindowRect {
    int index = 0;  // 0-based window number
    int row = 0;    // first row
    int col = 0;    // first column
    int height = 0;
    int width = 0;
};

// Rows a window's content moves down so that `centre` (a frame row) lands on its middle row.
// Halves round up whatever the sign, so a 3 px trace lands on rows 63-65 wherever it was.
// Prediction's centring and prepare's centred windows both use it.
int rowsToMiddle(const WindowRect& w, double centre);

struct CropSpec {
    int firstRow = 0;
    int stride = 50;
    int height = kWindowRows;
    int width = kWindowColumns;

    // Number of windows that fit a frame of `frameCols` columns: 1 + (W - width) / stride,
    // or 0 when the frame is too narrow.
    int windowCount(int frameCols) const;
    WindowRect window(int index) const;
    std::vector<WindowRect> windows(int frameCols) const;
    // Throws Error when the crop does not fit a rows x cols frame (or is itself invalid).
    void validate(int frameRows, int frameCols, const std::string& file = {}) const;

    // "ROW,STRIDE,HEIGHT,WIDTH", as the CLI takes it. Throws Error on malformed text.
    static CropSpec parse(const std::string& text);
    std::string toString() const;

    bool operator==(const CropSpec& o) const {
        return firstRow == o.firstRow && stride == o.stride && height == o.height && width == o.width;
    }
    bool operator!=(const CropSpec& o) const { return !(*this == o); }
};

// The grid step of the published experiments, in mm.
constexpr double kDefaultDx = 1.14;

}  // namespace faultke
