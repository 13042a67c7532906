#pragma once
// Fault-map pictures drawn with OpenCV for the Predict tests, as a user's map would be: black
// traces on white (or white on black), 256 rows x 1024 columns unless said otherwise.
#include <QString>

namespace faultke::test {

struct Drawing {
    int rows = 256;
    int cols = 1024;
    int thickness = 5;        // trace width in picture pixels
    bool darkOnLight = true;  // black traces on white
    double degrees = 0;       // strike, counter-clockwise from the x axis (rotated maps)
    double extent = 1.0;      // straight trace: the share of the width it spans, from the left
    double gap = 0.4;         // stepover: the segments' distance across strike, as a share of the rows
    double at = 0.5;          // straight trace: its row, as a share of the rows from the top
};

// One through-going trace along the middle (or at `at` of the height).
QString drawStraightTrace(const QString& path, const Drawing& drawing = {});
// Two echelon segments with a broad stepover: the left one above the middle, the right one
// below it (`gap` apart), overlapping along strike by a quarter of the map.
QString drawStepover(const QString& path, const Drawing& drawing = {});

}  // namespace faultke::test
