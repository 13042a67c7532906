#include "core/data/ExperimentFrames.h"

#include <cmath>
#include <condition_variable>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>

#include "core/io/MatFile.h"
#include "core/io/MatV5Layout.h"
#include "core/io/MatV5Variable.h"
#include "core/util/Error.h"

namespace faultke {

namespace {

// Frames a channel may read ahead of the consumer.
constexpr size_t kFramesAhead = 4;

// HDF5, as Debian builds it, is not thread-safe: whole-variable reads of v7.3 files take turns.
std::mutex& wholeReadMutex() {
    static std::mutex m;
    return m;
}

// One variable, frame by frame, in MATLAB's column-major order.
class FrameSource {
public:
    virtual ~FrameSource() = default;
    virtual void read(double* columnMajor, size_t values) = 0;
    virtual void finish() = 0;
};

class StreamedSource : public FrameSource {
public:
    StreamedSource(const std::string& path, const MatV5Layout& layout, const MatV5Element& e)
        : variable_(path, layout, e) {}
    void read(double* out, size_t n) override { variable_.read(out, n); }
    void finish() override { variable_.finish(); }

private:
    MatV5Variable variable_;
};

class WholeSource : public FrameSource {
public:
    WholeSource(std::string path, std::string name) : path_(std::move(path)), name_(std::move(name)) {}
    void read(double* out, size_t n) override {
        if (!loaded_) {
            const std::lock_guard<std::mutex> lock(wholeReadMutex());
            values_ = MatReader(path_).readDouble(name_);
            loaded_ = true;
        }
        if (n > values_.size() - next_)
            throw Error(path_, "variable '" + name_ + "' holds fewer values than its shape");
        std::copy(values_.begin() + static_cast<std::ptrdiff_t>(next_),
                  values_.begin() + static_cast<std::ptrdiff_t>(next_ + n), out);
        next_ += n;
    }
    void finish() override { values_ = {}; }

private:
    std::string path_, name_;
    std::vector<double> values_;
    size_t next_ = 0;
    bool loaded_ = false;
};

enum class Kind { Values, FaultMap, Edges };

}  // namespace

struct ExperimentFrames::Channel {
    struct Slot {
        std::vector<double> values;  // row-major frame, or [first row, last row] for Edges
        std::vector<uint8_t> bytes;  // the fault map
    };
    Kind kind = Kind::Values;
    std::unique_ptr<FrameSource> source;
    Slot slots[kFramesAhead];
    // Guarded by mutex.
    size_t produced = 0, consumed = 0;
    bool complete = false, stop = false;
    std::exception_ptr error;
    std::mutex mutex;
    std::condition_variable changed;
    // Fault-map remarks (written by the channel's thread, read after it completed).
    size_t nonBinary = 0, nonFinite = 0;
    double example = 0;
    std::thread thread;

    void run(size_t rows, size_t cols, size_t frames) {
        try {
            // Inside the try: a frame too large for memory (a file declaring terabytes) is an error
            // for the reader to report, not an exception that ends the program from this thread.
            std::vector<double> columnMajor(rows * cols);
            for (size_t t = 0; t < frames; ++t) {
                {
                    std::unique_lock<std::mutex> lock(mutex);
                    changed.wait(lock, [&] { return stop || produced - consumed < kFramesAhead; });
                    if (stop) return;
                }
                source->read(columnMajor.data(), columnMajor.size());
                fill(slots[t % kFramesAhead], columnMajor.data(), rows, cols);
                {
                    const std::lock_guard<std::mutex> lock(mutex);
                    ++produced;
                }
                changed.notify_all();
            }
            source->finish();  // the checksum, at the end of the stream
            source.reset();
        } catch (...) {
            const std::lock_guard<std::mutex> lock(mutex);
            error = std::current_exception();
        }
        {
            const std::lock_guard<std::mutex> lock(mutex);
            complete = true;
        }
        changed.notify_all();
    }

    void fill(Slot& slot, const double* in, size_t rows, size_t cols) {
        switch (kind) {
        case Kind::Values:
            slot.values.resize(rows * cols);
            for (size_t r = 0; r < rows; ++r)
                for (size_t c = 0; c < cols; ++c) slot.values[r * cols + c] = in[r + rows * c];
            break;
        case Kind::Edges:
            slot.values.resize(2 * cols);
            for (size_t c = 0; c < cols; ++c) {
                slot.values[c] = in[rows * c];
                slot.values[cols + c] = in[rows - 1 + rows * c];
            }
            break;
        case Kind::FaultMap:
            slot.bytes.resize(rows * cols);
            for (size_t r = 0; r < rows; ++r)
                for (size_t c = 0; c < cols; ++c) {
                    const double x = in[r + rows * c];
                    uint8_t& out = slot.bytes[r * cols + c];
                    if (!std::isfinite(x)) {
                        out = kFaultInvalid;
                        ++nonFinite;
                    } else {
                        out = x != 0 ? kFaultTrace : kFaultEmpty;
                        if (x != 0 && x != 1 && nonBinary++ == 0) example = x;
                    }
                }
            break;
        }
    }
};

ExperimentFrames::ExperimentFrames(const std::string& path, const VariableNames& names, bool keepDisplacements)
    : info_(Experiment::inspect(path, names)), names_(names), keepDisplacements_(keepDisplacements) {
    const bool v5 = info_.format.rfind("MAT v5", 0) == 0;
    const MatV5Layout layout = v5 ? scanMatV5(path) : MatV5Layout{};
    const std::string variables[] = {names.curl, names.fault, names.u, names.v};
    const Kind kinds[] = {Kind::Values, Kind::FaultMap, keepDisplacements ? Kind::Values : Kind::Edges,
                          keepDisplacements ? Kind::Values : Kind::Edges};
    for (int i = 0; i < 4; ++i) {
        auto channel = std::make_unique<Channel>();
        channel->kind = kinds[i];
        const MatV5Element* element = v5 ? findMatV5Variable(layout, variables[i]) : nullptr;
        if (element)
            channel->source = std::make_unique<StreamedSource>(path, layout, *element);
        else
            channel->source = std::make_unique<WholeSource>(path, variables[i]);
        channels_.push_back(std::move(channel));
    }
    const size_t rows = size_t(info_.rows), cols = size_t(info_.cols), frames = size_t(info_.frames);
    for (auto& channel : channels_)
        channel->thread = std::thread([c = channel.get(), rows, cols, frames] { c->run(rows, cols, frames); });
}

ExperimentFrames::~ExperimentFrames() {
    for (auto& channel : channels_) {
        {
            const std::lock_guard<std::mutex> lock(channel->mutex);
            channel->stop = true;
        }
        channel->changed.notify_all();
    }
    for (auto& channel : channels_)
        if (channel->thread.joinable()) channel->thread.join();
}

void ExperimentFrames::waitFor(Channel& channel, size_t produced) {
    // The last frame is handed out only once its stream has ended and its checksum matched.
    const bool toTheEnd = produced >= size_t(info_.frames);
    std::unique_lock<std::mutex> lock(channel.mutex);
    channel.changed.wait(lock, [&] { return channel.complete || (!toTheEnd && channel.produced >= produced); });
    if (!toTheEnd && channel.produced >= produced) return;
    if (channel.error) std::rethrow_exception(channel.error);
    if (channel.produced < produced) throw Error(info_.path, "a variable ended before its last frame");
}

bool ExperimentFrames::next(ExperimentFrame& frame) {
    if (next_ >= info_.frames) {
        for (auto& channel : channels_) waitFor(*channel, size_t(info_.frames));
        return false;
    }
    const size_t t = size_t(next_);
    Channel::Slot* slots[4];
    for (int i = 0; i < 4; ++i) {
        waitFor(*channels_[size_t(i)], t + 1);
        slots[i] = &channels_[size_t(i)]->slots[t % kFramesAhead];
    }
    frame.index = next_;
    frame.curl.swap(slots[0]->values);
    frame.fault.swap(slots[1]->bytes);
    const size_t cols = size_t(info_.cols), last = size_t(info_.rows - 1) * cols;
    if (keepDisplacements_) {
        frame.u.swap(slots[2]->values);
        frame.v.swap(slots[3]->values);
        frame.velTot =
            plateVelocityFromEdges(frame.u.data(), frame.u.data() + last, frame.v.data(), frame.v.data() + last, cols);
    } else {
        frame.u.clear();
        frame.v.clear();
        const double* u = slots[2]->values.data();
        const double* v = slots[3]->values.data();
        frame.velTot = plateVelocityFromEdges(u, u + cols, v, v + cols, cols);
    }
    for (auto& channel : channels_) {
        {
            const std::lock_guard<std::mutex> lock(channel->mutex);
            ++channel->consumed;
        }
        channel->changed.notify_all();
    }
    ++next_;
    return true;
}

std::vector<std::string> ExperimentFrames::warnings() const {
    std::vector<std::string> out;
    const Channel& fault = *channels_[1];
    const std::string& path = info_.path;
    if (fault.nonBinary > 0)
        out.push_back(path + ": the fault map '" + names_.fault + "' has " + std::to_string(fault.nonBinary) +
                      " values other than 0 and 1 (e.g. " + std::to_string(fault.example) +
                      "); every non-zero value is taken as fault");
    if (fault.nonFinite > 0)
        out.push_back(path + ": the fault map '" + names_.fault + "' has " + std::to_string(fault.nonFinite) +
                      " NaN or Inf values; samples touching them are skipped");
    return out;
}

}  // namespace faultke
