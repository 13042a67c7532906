#pragma once
// libtorch's exceptions in words a user can act on: what the message means first, libtorch's own
// words after it ("(libtorch's words: ...)"), its C++ backtrace left out.

#include <exception>
#include <string>

namespace faultke {

std::string torchErrorText(const std::exception& e);

}  // namespace faultke
