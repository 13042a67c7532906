#pragma once
// A zlib stream read straight from a region of a file, inflated piece by piece: the caller asks
// for the next n bytes and gets them, so a variable of any size passes through a few hundred
// kilobytes of memory. The checksum is checked as the stream ends, in the same pass. Built on
// ISA-L's inflate where it is available (about twice zlib's speed), else on zlib.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace faultke {

class Inflater {
public:
    // The zlib stream of `size` bytes at `offset` of the open file `fd` (read with pread, so
    // several inflaters may share one descriptor across threads). `path` names the file in errors.
    Inflater(int fd, uint64_t offset, uint64_t size, std::string path);
    ~Inflater();
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;

    // Fills out[0, n) with the next n inflated bytes; returns fewer only where the stream ends.
    // Throws Error(path, ...) for damaged data (a bad checksum included) and read failures.
    size_t read(void* out, size_t n);
    // Skips n inflated bytes; returns how many were there.
    size_t skip(size_t n);
    // True when the stream has ended and its checksum matched.
    bool finished() const { return finished_; }
    // Reads to the end of the stream (discarding what is left) so that its checksum is checked.
    void finish();

private:
    struct State;
    void refill();

    int fd_;
    uint64_t next_, end_;  // the part of the file region not yet read
    std::string path_;
    std::unique_ptr<State> state_;
    std::unique_ptr<unsigned char[]> input_;
    bool finished_ = false;
};

}  // namespace faultke
