#include "core/util/TextFile.h"

#include <fstream>
#include <sstream>

#include "core/util/Error.h"

namespace faultke {

std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, "cannot open");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace faultke
