#include "core/io/Inflater.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include "core/util/Error.h"

#ifdef FAULTKE_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#else
#include <zlib.h>
#endif

namespace faultke {

namespace {
constexpr size_t kInputChunk = size_t(1) << 18;
}  // namespace

#ifdef FAULTKE_HAVE_ISAL
struct Inflater::State {
    inflate_state s;
    State() {
        isal_inflate_init(&s);
        s.crc_flag = ISAL_ZLIB;  // parse the zlib header, check adler32 at the end
    }
    unsigned availIn() const { return s.avail_in; }
    void setInput(unsigned char* p, size_t n) {
        s.next_in = p;
        s.avail_in = static_cast<uint32_t>(n);
    }
    // Inflates into out[0, n); returns bytes written; sets `ended` at the stream's end.
    size_t inflateInto(unsigned char* out, size_t n, bool& ended, std::string& error) {
        s.next_out = out;
        s.avail_out = static_cast<uint32_t>(n);
        const int r = isal_inflate(&s);
        if (r == ISAL_INCORRECT_CHECKSUM)
            error = "compressed data fail their checksum";
        else if (r < 0)
            error = "damaged compressed data";
        ended = s.block_state == ISAL_BLOCK_FINISH;
        return n - s.avail_out;
    }
};
#else
struct Inflater::State {
    z_stream z{};
    State() { inflateInit(&z); }
    ~State() { inflateEnd(&z); }
    unsigned availIn() const { return z.avail_in; }
    void setInput(unsigned char* p, size_t n) {
        z.next_in = p;
        z.avail_in = static_cast<uInt>(n);
    }
    size_t inflateInto(unsigned char* out, size_t n, bool& ended, std::string& error) {
        z.next_out = out;
        z.avail_out = static_cast<uInt>(n);
        const int r = inflate(&z, Z_NO_FLUSH);
        if (r == Z_DATA_ERROR && z.msg && std::strstr(z.msg, "check"))
            error = "compressed data fail their checksum";
        else if (r != Z_OK && r != Z_STREAM_END && r != Z_BUF_ERROR)
            error = "damaged compressed data";
        ended = r == Z_STREAM_END;
        return n - z.avail_out;
    }
};
#endif

Inflater::Inflater(int fd, uint64_t offset, uint64_t size, std::string path)
    : fd_(fd),
      next_(offset),
      end_(offset + size),
      path_(std::move(path)),
      state_(std::make_unique<State>()),
      input_(new unsigned char[kInputChunk]) {}

Inflater::~Inflater() = default;

void Inflater::refill() {
    const size_t want = static_cast<size_t>(std::min<uint64_t>(end_ - next_, kInputChunk));
    ssize_t got;
    do {
        got = ::pread(fd_, input_.get(), want, static_cast<off_t>(next_));
    } while (got < 0 && errno == EINTR);
    if (got < 0) throw Error(path_, std::string("cannot read: ") + std::strerror(errno));
    if (got == 0) throw Error(path_, "truncated file (compressed data end early)");
    next_ += static_cast<uint64_t>(got);
    state_->setInput(input_.get(), static_cast<size_t>(got));
}

size_t Inflater::read(void* out, size_t n) {
    auto* dst = static_cast<unsigned char*>(out);
    size_t done = 0;
    while (done < n && !finished_) {
        if (state_->availIn() == 0 && next_ < end_) refill();
        // ISA-L and zlib take at most 4 GiB of output per call.
        const size_t want = std::min<size_t>(n - done, size_t(1) << 30);
        bool ended = false;
        std::string error;
        const size_t got = state_->inflateInto(dst + done, want, ended, error);
        if (!error.empty()) throw Error(path_, error);
        done += got;
        finished_ = ended;
        // Output held back inside the inflater comes out without new input; no progress and no
        // input left means the stream was cut short.
        if (!ended && got == 0 && state_->availIn() == 0 && next_ >= end_)
            throw Error(path_, "truncated or corrupt compressed data (the stream ends early)");
    }
    return done;
}

size_t Inflater::skip(size_t n) {
    std::vector<unsigned char> scratch(std::min<size_t>(n, size_t(1) << 16));
    size_t done = 0;
    while (done < n && !finished_) {
        const size_t got = read(scratch.data(), std::min(scratch.size(), n - done));
        if (got == 0) break;
        done += got;
    }
    return done;
}

void Inflater::finish() {
    unsigned char scratch[4096];
    while (!finished_) read(scratch, sizeof scratch);
}

}  // namespace faultke
