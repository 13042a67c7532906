#pragma once
// A command that ends with an exit status of its own (not 0, 1 or 130) and one line saying why:
// `sweep task` leaving a run that another task trains (75).
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

}  // namespace faultke::cli
