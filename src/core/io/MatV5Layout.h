#pragma once
// The top-level structure of a MAT v5 file, read without matio. matio lists the variables of a
// file cut short (it only needs their headers) and ignores zlib errors while reading, so a
// damaged file would give silently wrong numbers; these checks catch it first.
#include <cstdint>
#include <string>
#include <vector>

namespace faultke {

struct MatV5Element {
    uint64_t offset = 0;      // of the tag
    uint64_t size = 0;        // bytes after the tag
    bool compressed = false;  // miCOMPRESSED: a zlib stream holding one variable
    std::string name;         // variable name (of compressed elements: read from the stream)
};

struct MatV5Layout {
    bool complete = true;      // every element lies within the file
    bool compressed = false;   // some variable is zlib-compressed
    bool byteSwapped = false;  // written on a machine of the other endianness
    std::vector<MatV5Element> elements;
};

MatV5Layout scanMatV5(const std::string& path);
// The element holding the named variable, or nullptr.
const MatV5Element* findMatV5Variable(const MatV5Layout& layout, const std::string& name);

}  // namespace faultke
