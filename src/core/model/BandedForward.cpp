#include "core/model/BandedForward.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <thread>

#include "core/util/Error.h"

namespace faultke {

namespace {

// Rows [lo, hi] of a feature map; lo > hi when none.
struct Band {
    int lo = 0, hi = -1;
    bool empty() const { return lo > hi; }
};

// A stack of channel planes, each row with `pad` zero columns either side.
struct Planes {
    int channels = 0, rows = 0, cols = 0, pad = 0;
    std::vector<float> data;
    Planes() = default;
    Planes(int c, int r, int w, int p)
        : channels(c), rows(r), cols(w), pad(p), data(size_t(c) * r * (w + 2 * p), 0.f) {}
    size_t stride() const { return size_t(cols) + 2 * size_t(pad); }
    float* row(int c, int r) { return data.data() + (size_t(c) * rows + r) * stride() + pad; }
    const float* row(int c, int r) const { return data.data() + (size_t(c) * rows + r) * stride() + pad; }
};

// What a layer reads: the window's own values in its band, the empty window's elsewhere, and
// zeros (the convolutions' padding) outside the map.
struct Source {
    const Planes& own;
    const Planes& empty;
    Band band;
    const float* zeros;  // a zero row of the planes' stride, past its padding
    const float* row(int c, int r) const {
        if (r < 0 || r >= own.rows) return zeros;
        return (r >= band.lo && r <= band.hi ? own : empty).row(c, r);
    }
};

// dst[x] += w * src[x] over n values; restrict lets the compiler vectorise it.
inline void axpy(float* __restrict dst, const float* __restrict src, float w, int n) {
    for (int x = 0; x < n; ++x) dst[x] += w * src[x];
}

// A convolution's weights regrouped for the kernel below: output channels in groups of
// kGroup, each group's weights ordered [in][ky][kx][its channels], so that one input value
// meets kGroup weights side by side. The last group may be smaller.
constexpr int kGroup = 4;
struct PackedConv {
    int in = 0, out = 0, dilation = 1;
    std::vector<float> weight, bias;
    PackedConv() = default;
    PackedConv(const BandedWeights::Conv& conv, int in_, int out_, int dilation_)
        : in(in_), out(out_), dilation(dilation_), weight(conv.weight.size()), bias(conv.bias) {
        size_t k = 0;
        for (int g = 0; g < out; g += kGroup) {
            const int size = std::min(kGroup, out - g);
            for (int i = 0; i < in; ++i)
                for (int tap = 0; tap < 9; ++tap)
                    for (int o = g; o < g + size; ++o) weight[k++] = conv.weight[(size_t(o) * in + i) * 9 + tap];
        }
    }
};

// Eight floats; GCC's vector extension, so each target the kernel is compiled for uses its own
// registers (two SSE halves, one AVX register).
typedef float Vec8 __attribute__((vector_size(32)));

// kOut output channels x 16 columns from column x0 of one output row, kept in registers; rows
// holds the in x 3 input rows the row reads (one per input channel and kernel row).
template <int kOut>
[[gnu::always_inline]] inline void convolveTile(const PackedConv& conv, const float* const* rows, const float* w,
                                                const float* bias, const float* scale, const float* shift, int x0,
                                                float* const* dst) {
    Vec8 acc[kOut][2];
    for (int o = 0; o < kOut; ++o) acc[o][0] = acc[o][1] = Vec8{} + bias[o];
    for (int i = 0; i < conv.in; ++i)
        for (int ky = 0; ky < 3; ++ky) {
            const float* s = rows[i * 3 + ky] + x0 - conv.dilation;
            for (int kx = 0; kx < 3; ++kx, w += kOut, s += conv.dilation) {
                Vec8 s0, s1;  // unaligned loads
                std::memcpy(&s0, s, sizeof s0);
                std::memcpy(&s1, s + 8, sizeof s1);
                for (int o = 0; o < kOut; ++o) {
                    acc[o][0] += w[o] * s0;
                    acc[o][1] += w[o] * s1;
                }
            }
        }
    for (int o = 0; o < kOut; ++o)
        for (int h = 0; h < 2; ++h) {
            const Vec8 v = scale ? acc[o][h] * scale[o] + shift[o] : acc[o][h];
            std::memcpy(dst[o] + x0 + 8 * h, &v, sizeof v);
        }
}

// The same for one column (the last columns of a row narrower than a multiple of 16).
template <int kOut>
[[gnu::always_inline]] inline void convolveColumn(const PackedConv& conv, const float* const* rows, const float* w,
                                                  const float* bias, const float* scale, const float* shift, int x,
                                                  float* const* dst) {
    float acc[kOut];
    for (int o = 0; o < kOut; ++o) acc[o] = bias[o];
    for (int i = 0; i < conv.in; ++i)
        for (int ky = 0; ky < 3; ++ky) {
            const float* s = rows[i * 3 + ky] + x - conv.dilation;
            for (int kx = 0; kx < 3; ++kx, w += kOut, s += conv.dilation)
                for (int o = 0; o < kOut; ++o) acc[o] += w[o] * *s;
        }
    for (int o = 0; o < kOut; ++o) dst[o][x] = scale ? acc[o] * scale[o] + shift[o] : acc[o];
}

template <int kOut>
[[gnu::always_inline]] inline void convolveGroup(const PackedConv& conv, const float* const* rows, const float* w,
                                                 const float* bias, const float* scale, const float* shift, int cols,
                                                 float* const* dst) {
    int x = 0;
    for (; x + 16 <= cols; x += 16) convolveTile<kOut>(conv, rows, w, bias, scale, shift, x, dst);
    for (; x < cols; ++x) convolveColumn<kOut>(conv, rows, w, bias, scale, shift, x, dst);
}

// Rows `band` of a 3 x 3 convolution (padding = dilation, as Network's), then batch norm.
// Compiled for AVX-512 and AVX2 too, chosen when the program starts by what the CPU has.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
void convolve(const PackedConv& conv, const Source& src, Band band, const std::vector<float>& scale,
              const std::vector<float>& shift, Planes& dst) {
    std::vector<const float*> rows(size_t(conv.in) * 3);
    for (int y = band.lo; y <= band.hi; ++y) {
        for (int i = 0; i < conv.in; ++i)
            for (int ky = 0; ky < 3; ++ky) rows[size_t(i) * 3 + ky] = src.row(i, y + (ky - 1) * conv.dilation);
        const float* w = conv.weight.data();
        for (int g = 0; g < conv.out; g += kGroup) {
            float* out[kGroup];
            const int size = std::min(kGroup, conv.out - g);
            for (int o = 0; o < size; ++o) out[o] = dst.row(g + o, y);
            const float* a = scale.empty() ? nullptr : scale.data() + g;
            const float* b = shift.empty() ? nullptr : shift.data() + g;
            const float* bias = conv.bias.data() + g;
            switch (size) {
            case 4: convolveGroup<4>(conv, rows.data(), w, bias, a, b, dst.cols, out); break;
            case 3: convolveGroup<3>(conv, rows.data(), w, bias, a, b, dst.cols, out); break;
            case 2: convolveGroup<2>(conv, rows.data(), w, bias, a, b, dst.cols, out); break;
            default: convolveGroup<1>(conv, rows.data(), w, bias, a, b, dst.cols, out); break;
            }
            w += size_t(size) * conv.in * 9;
        }
    }
}

// Rows `band` of 2 x 2 max pooling followed by ReLU.
void poolRelu(const Source& src, Band band, Planes& dst) {
    for (int y = band.lo; y <= band.hi; ++y)
        for (int c = 0; c < dst.channels; ++c) {
            const float* a = src.row(c, 2 * y);
            const float* b = src.row(c, 2 * y + 1);
            float* d = dst.row(c, y);
            for (int x = 0; x < dst.cols; ++x)
                d[x] = std::max(std::max(std::max(a[2 * x], a[2 * x + 1]), std::max(b[2 * x], b[2 * x + 1])), 0.f);
        }
}

Band widen(Band b, int by, int rows) {
    if (b.empty()) return b;
    return {std::max(0, b.lo - by), std::min(rows - 1, b.hi + by)};
}

}  // namespace

struct BandedForward::Layer {
    int in = 0, channels = 0, rows = 0, cols = 0;
    Planes emptyIn, emptyConv0, emptyConv1;  // the empty window's activations
    Planes emptyOut;                         // pooled, for the last layer only
    PackedConv conv0, conv1;
};

struct BandedForward::Scratch {
    std::vector<Planes> in, conv0, conv1;  // per layer
    Planes out;                            // the last layer's pooled map
    std::vector<float> zeros;
    std::vector<float> dense;
};

BandedForward::BandedForward(BandedWeights weights) : weights_(std::move(weights)) {
    const NetworkConfig& cfg = weights_.config;
    pad_ = std::max(1, cfg.dilation);
    const int width = static_cast<int>(weights_.dense0Bias.size());
    auto check = [](bool ok, const std::string& what) {
        if (!ok) throw Error("the network's weights do not fit its configuration: " + what);
    };
    check(int(weights_.blocks.size()) == cfg.blocks, "blocks");
    int in = 1, rows = cfg.inputHeight, cols = cfg.inputWidth;
    for (int b = 0; b < cfg.blocks; ++b) {
        const int channels = cfg.baseChannels << b;
        const auto& block = weights_.blocks[size_t(b)];
        check(block.conv0.weight.size() == size_t(channels) * in * 9 && block.conv0.bias.size() == size_t(channels),
              "block " + std::to_string(b) + " conv0");
        check(
            block.conv1.weight.size() == size_t(channels) * channels * 9 && block.conv1.bias.size() == size_t(channels),
            "block " + std::to_string(b) + " conv1");
        check(block.bnScale.size() == block.bnShift.size() &&
                  (block.bnScale.empty() || block.bnScale.size() == size_t(channels)),
              "block " + std::to_string(b) + " batch norm");
        Layer layer;
        layer.in = in;
        layer.channels = channels;
        layer.rows = rows;
        layer.cols = cols;
        layer.conv0 = PackedConv(block.conv0, in, channels, 1);
        layer.conv1 = PackedConv(block.conv1, channels, channels, cfg.dilation);
        layers_.push_back(std::move(layer));
        in = channels;
        rows /= 2;
        cols /= 2;
    }
    const size_t flat = size_t(in) * rows * cols;
    check(weights_.dense0Weight.size() == flat * size_t(width), "dense0");
    check(weights_.headWeight.size() == size_t(width), "head");
    check(weights_.denseBnScale.size() == weights_.denseBnShift.size() &&
              (weights_.denseBnScale.empty() || weights_.denseBnScale.size() == size_t(width)),
          "dense batch norm");

    denseTransposed_.resize(flat * size_t(width));
    for (int j = 0; j < width; ++j)
        for (size_t f = 0; f < flat; ++f)
            denseTransposed_[f * size_t(width) + size_t(j)] = weights_.dense0Weight[size_t(j) * flat + f];

    // The empty window, through the whole network once.
    const std::vector<float> zeros(Planes(1, 1, cfg.inputWidth, pad_).stride(), 0.f);
    for (size_t b = 0; b < layers_.size(); ++b) {
        Layer& layer = layers_[b];
        const auto& block = weights_.blocks[b];
        const Band all{0, layer.rows - 1};
        layer.emptyIn = Planes(layer.in, layer.rows, layer.cols, pad_);
        if (b > 0) {
            const Layer& previous = layers_[b - 1];
            poolRelu(Source{previous.emptyConv1, previous.emptyConv1, {0, previous.rows - 1}, zeros.data() + pad_}, all,
                     layer.emptyIn);
        }
        layer.emptyConv0 = Planes(layer.channels, layer.rows, layer.cols, pad_);
        layer.emptyConv1 = Planes(layer.channels, layer.rows, layer.cols, pad_);
        const std::vector<float> none;
        convolve(layer.conv0, Source{layer.emptyIn, layer.emptyIn, all, zeros.data() + pad_}, all, none, none,
                 layer.emptyConv0);
        convolve(layer.conv1, Source{layer.emptyConv0, layer.emptyConv0, all, zeros.data() + pad_}, all, block.bnScale,
                 block.bnShift, layer.emptyConv1);
    }
    Layer& last = layers_.back();
    Planes& emptyOut = last.emptyOut;
    emptyOut = Planes(last.channels, last.rows / 2, last.cols / 2, pad_);
    poolRelu(Source{last.emptyConv1, last.emptyConv1, {0, last.rows - 1}, zeros.data() + pad_}, {0, last.rows / 2 - 1},
             emptyOut);
    emptyDense_ = weights_.dense0Bias;
    for (int y = 0; y < emptyOut.rows; ++y)
        for (int x = 0; x < emptyOut.cols; ++x)
            for (int c = 0; c < emptyOut.channels; ++c)
                axpy(emptyDense_.data(),
                     denseTransposed_.data() + ((size_t(y) * emptyOut.cols + x) * emptyOut.channels + c) * width,
                     emptyOut.row(c, y)[x], width);
    emptyKe_ = head(emptyDense_.data());
}

BandedForward::BandedForward(BandedForward&&) noexcept = default;
BandedForward& BandedForward::operator=(BandedForward&&) noexcept = default;
BandedForward::~BandedForward() = default;

double BandedForward::head(const float* dense) const {
    const int width = static_cast<int>(emptyDense_.size());
    float sum = weights_.headBias;
    for (int j = 0; j < width; ++j) {
        float z = dense[j];
        if (!weights_.denseBnScale.empty()) z = z * weights_.denseBnScale[size_t(j)] + weights_.denseBnShift[size_t(j)];
        if (weights_.config.denseRelu) z = std::max(z, 0.f);
        sum += weights_.headWeight[size_t(j)] * z;
    }
    return std::max(sum, 0.f);  // NaN stays NaN, as torch's relu keeps it: a broken model is seen
}

double BandedForward::predictOne(const float* window, Scratch& s) const {
    const NetworkConfig& cfg = weights_.config;
    Band band;
    for (int y = 0; y < cfg.inputHeight; ++y) {
        const float* row = window + size_t(y) * cfg.inputWidth;
        if (std::any_of(row, row + cfg.inputWidth, [](float v) { return v != 0.f; })) {
            if (band.empty()) band.lo = y;
            band.hi = y;
        }
    }
    if (band.empty()) return emptyKe_;
    for (int y = band.lo; y <= band.hi; ++y)
        std::copy(window + size_t(y) * cfg.inputWidth, window + size_t(y + 1) * cfg.inputWidth, s.in[0].row(0, y));

    const float* zeros = s.zeros.data() + pad_;
    for (size_t b = 0; b < layers_.size(); ++b) {
        const Layer& layer = layers_[b];
        const auto& block = weights_.blocks[b];
        const Band band0 = widen(band, 1, layer.rows);
        const std::vector<float> none;
        convolve(layer.conv0, Source{s.in[b], layer.emptyIn, band, zeros}, band0, none, none, s.conv0[b]);
        const Band band1 = widen(band0, cfg.dilation, layer.rows);
        convolve(layer.conv1, Source{s.conv0[b], layer.emptyConv0, band0, zeros}, band1, block.bnScale, block.bnShift,
                 s.conv1[b]);
        const Band pooled{band1.lo / 2, band1.hi / 2};
        Planes& next = b + 1 < layers_.size() ? s.in[b + 1] : s.out;
        poolRelu(Source{s.conv1[b], layer.emptyConv1, band1, zeros}, pooled, next);
        band = pooled;
    }

    // dense0 of this window = the empty window's + the change in the band.
    const int width = static_cast<int>(emptyDense_.size());
    std::copy(emptyDense_.begin(), emptyDense_.end(), s.dense.begin());
    for (int y = band.lo; y <= band.hi; ++y)
        for (int c = 0; c < s.out.channels; ++c) {
            const float* own = s.out.row(c, y);
            const float* empty = layers_.back().emptyOut.row(c, y);
            for (int x = 0; x < s.out.cols; ++x) {
                const float change = own[x] - empty[x];
                if (change != 0.f)
                    axpy(s.dense.data(),
                         denseTransposed_.data() + ((size_t(y) * s.out.cols + x) * s.out.channels + c) * width, change,
                         width);
            }
        }
    return head(s.dense.data());
}

void BandedForward::predictSerially(const float* windows, size_t count, double* ke) const {
    Scratch s;
    for (const Layer& layer : layers_) {
        s.in.emplace_back(layer.in, layer.rows, layer.cols, pad_);
        s.conv0.emplace_back(layer.channels, layer.rows, layer.cols, pad_);
        s.conv1.emplace_back(layer.channels, layer.rows, layer.cols, pad_);
    }
    const Planes& emptyOut = layers_.back().emptyOut;
    s.out = Planes(emptyOut.channels, emptyOut.rows, emptyOut.cols, pad_);
    s.zeros.assign(s.in[0].stride(), 0.f);
    s.dense.resize(emptyDense_.size());
    const size_t pixels = size_t(height()) * size_t(width());
    for (size_t i = 0; i < count; ++i) ke[i] = predictOne(windows + i * pixels, s);
}

void BandedForward::predict(const float* windows, size_t count, double* ke, int threads) const {
    // A few hundred windows take a millisecond: fewer per thread is not worth a thread.
    constexpr size_t kLeastPerThread = 64;
    const size_t parts = std::max<size_t>(1, std::min<size_t>(size_t(std::max(threads, 1)), count / kLeastPerThread));
    const size_t pixels = size_t(height()) * size_t(width());
    std::vector<std::thread> helpers;
    for (size_t p = 1; p < parts; ++p) {
        const size_t first = count * p / parts, last = count * (p + 1) / parts;
        helpers.emplace_back([=] { predictSerially(windows + first * pixels, last - first, ke + first); });
    }
    predictSerially(windows, count / parts, ke);
    for (auto& helper : helpers) helper.join();
}

}  // namespace faultke
