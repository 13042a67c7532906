#include "support/TestDatasets.h"

#include <random>

namespace faultke::test {

LineDatasetShape fullSizeLines(LineSplits splits) {
    LineDatasetShape shape;
    shape.height = 128;
    shape.width = 64;
    shape.firstColumn = 10;
    shape.columnSpan = 40;
    shape.experiments = {"tiny"};
    shape.splits = splits;
    return shape;
}

Dataset lineDataset(int count, uint64_t seed, const LineDatasetShape& shape) {
    Dataset d;
    d.height = shape.height;
    d.width = shape.width;
    d.crop.height = shape.height;  // the crop these windows stand for, so the dataset saves as it is
    d.crop.width = shape.width;
    d.experiments = shape.experiments;
    const size_t windowSize = size_t(shape.height) * shape.width;
    d.windows.assign(size_t(count) * windowSize, 0);
    std::mt19937 rng{static_cast<unsigned>(seed)};
    for (int i = 0; i < count; ++i) {
        const int thickness = 1 + int(rng() % 4);
        const int span = shape.columnSpan > 0 ? shape.columnSpan : shape.width - thickness;
        const int column = shape.firstColumn + int(rng() % unsigned(span));
        uint8_t* window = d.windows.data() + size_t(i) * windowSize;
        for (int r = 0; r < shape.height; ++r)
            for (int c = column; c < column + thickness; ++c) window[size_t(r) * shape.width + size_t(c)] = 1;
        Sample s;
        s.experiment = i % int(shape.experiments.size());
        s.window = i % 5;
        s.frame = i / 5;
        s.ke = s.keLabel = 0.2 * thickness;
        s.sd = s.sdLabel = 0.05;
        if (shape.splits == LineSplits::FourthEvalFifthTest)
            s.split = i % 5 == 3 ? Split::Eval : i % 5 == 4 ? Split::Test : Split::Train;
        else
            s.split = i % 4 == 3 ? Split::Eval : Split::Train;
        d.samples.push_back(s);
    }
    return d;
}

}  // namespace faultke::test
