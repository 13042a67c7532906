#pragma once
// How a command ends when it does not succeed: an exit status of its own (not 0, 1 or 130) and
// one line saying why (`sweep task` leaving a run that another task trains: 75), or an Error about
// the file it was working on.
#include <new>
#include <string>

#include "core/util/Error.h"

namespace faultke::cli {

class ExitStatus : public Error {
public:
    ExitStatus(int status, const std::string& message) : Error(message), status_(status) {}
    int status() const { return status_; }

private:
    int status_;
};

// Runs `work` on one file: running out of memory there (a file declaring more data than this
// machine holds) is said about that file, not as a bare "not enough memory".
template <typename Work>
void onFile(const std::string& path, Work&& work) {
    try {
        work();
    } catch (const std::bad_alloc&) {
        throw Error(path, "holds (or declares) more data than this machine's memory can take");
    }
}

}  // namespace faultke::cli
