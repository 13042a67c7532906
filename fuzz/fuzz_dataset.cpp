// The dataset file (Dataset::load): every variable's presence, class, shape and values. The input
// is a JSON recipe of the variables, written through FaultKE's MatWriter as MAT v7.3 (HDF5, as
// prepare writes it) or v5, then loaded as a user's file:
//   {"version": "7.3", "vars": {"ke": {"class": "double", "dims": [3, 1], "values": [0.5, 0.6]},
//                               "experiment_names": {"class": "strings", "values": ["a"]},
//                               "seed_text": {"class": "text", "value": "7"}}}
// Values repeat to fill the dims; "nan", "inf" and "-inf" stand for those numbers.
#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

#include "FuzzInput.h"
#include "core/data/Dataset.h"
#include "core/io/MatFile.h"

using namespace faultke;
using nlohmann::json;

namespace {

double numberOf(const json& v) {
    if (v.is_number()) return v.get<double>();
    const std::string text = v.is_string() ? v.get<std::string>() : "";
    if (text == "inf") return std::numeric_limits<double>::infinity();
    if (text == "-inf") return -std::numeric_limits<double>::infinity();
    return std::nan("");
}

template <typename T>
std::vector<T> filled(const json& values, size_t count) {
    std::vector<T> out(count);
    const size_t n = values.is_array() ? values.size() : 0;
    for (size_t i = 0; i < count && n > 0; ++i) {
        const double v = numberOf(values[i % n]);
        // Converted as matio would store a user's array of this class: saturated, NaN as 0.
        if constexpr (std::is_floating_point_v<T>) {
            out[i] = T(v);
        } else {
            const double lo = double(std::numeric_limits<T>::lowest()), hi = double(std::numeric_limits<T>::max());
            out[i] = std::isnan(v) ? T(0) : T(std::clamp(v, lo, hi));
        }
    }
    return out;
}

void writeVariable(MatWriter& w, const std::string& name, const json& spec) {
    const std::string kind = spec.value("class", std::string("double"));
    if (kind == "text") return w.writeText(name, spec.value("value", std::string()));
    if (kind == "strings") {
        std::vector<std::string> strings;
        for (const json& s : spec.value("values", json::array()))
            if (s.is_string()) strings.push_back(s.get<std::string>());
        return w.writeStrings(name, strings);
    }
    std::vector<size_t> dims;
    double count = 1;
    for (const json& d : spec.value("dims", json::array({1, 1}))) {
        if (!d.is_number_unsigned() || dims.size() == 4) return;
        dims.push_back(d.get<size_t>());
        count *= double(dims.back());
    }
    if (dims.size() < 2 || count > double(1 << 20)) return;
    const json values = spec.value("values", json::array());
    const size_t n = size_t(count);
    if (kind == "single") return w.writeSingle(name, filled<float>(values, n).data(), dims);
    if (kind == "uint8") return w.writeUint8(name, filled<uint8_t>(values, n).data(), dims);
    if (kind == "logical") return w.writeLogical(name, filled<uint8_t>(values, n).data(), dims);
    if (kind == "int32") return w.writeInt32(name, filled<int32_t>(values, n).data(), dims);
    w.writeDouble(name, filled<double>(values, n).data(), dims);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const json recipe = json::parse(data, data + size, nullptr, false);
    if (!recipe.is_object()) return 0;
    fuzz::InputFile file(nullptr, 0, ".mat");
    try {
        MatWriter w(file.path(), recipe.value("version", std::string("7.3")) == "5" ? MatVersion::V5 : MatVersion::V73);
        const json vars = recipe.value("vars", json::object());  // items() must not outlive it
        for (const auto& [name, spec] : vars.items())
            if (spec.is_object()) writeVariable(w, name, spec);
        w.commit();
    } catch (const json::exception&) {
        return 0;  // a recipe of the wrong types describes no file
    } catch (const Error&) {
        return 0;  // nor does one matio refuses to write (an invalid variable name)
    }
    fuzz::expectReadOrError([&] { Dataset::load(file.path()); });
    return 0;
}
