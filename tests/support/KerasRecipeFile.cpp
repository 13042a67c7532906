#include "support/KerasRecipeFile.h"

#include <hdf5.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace faultke::test {
namespace {

using nlohmann::json;

// Strings as h5py 2 wrote them (fixed length, ASCII) or as h5py 3 does (variable length, UTF-8).
void writeStringAttribute(hid_t object, const char* name, const std::string& text, bool variableUtf8) {
    const hid_t type = H5Tcopy(H5T_C_S1);
    if (variableUtf8) {
        H5Tset_size(type, H5T_VARIABLE);
        H5Tset_cset(type, H5T_CSET_UTF8);
    } else {
        H5Tset_size(type, text.empty() ? 1 : text.size());
    }
    const hid_t space = H5Screate(H5S_SCALAR);
    const hid_t attribute = H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    if (attribute >= 0) {
        const char* data = text.c_str();
        if (variableUtf8)
            H5Awrite(attribute, type, &data);
        else
            H5Awrite(attribute, type, data);
        H5Aclose(attribute);
    }
    H5Sclose(space);
    H5Tclose(type);
}

void writeVariableStringListAttribute(hid_t object, const char* name, const std::vector<std::string>& strings) {
    std::vector<const char*> pointers;
    for (const std::string& s : strings) pointers.push_back(s.c_str());
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, H5T_VARIABLE);
    H5Tset_cset(type, H5T_CSET_UTF8);
    const hsize_t count = strings.size();
    const hid_t space = H5Screate_simple(1, &count, nullptr);
    const hid_t attribute = H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    if (attribute >= 0) {
        if (count > 0) H5Awrite(attribute, type, pointers.data());
        H5Aclose(attribute);
    }
    H5Sclose(space);
    H5Tclose(type);
}

void writeStringListAttribute(hid_t object, const char* name, const std::vector<std::string>& strings) {
    size_t width = 1;
    for (const std::string& s : strings) width = std::max(width, s.size());
    std::string packed(width * strings.size(), '\0');
    for (size_t i = 0; i < strings.size(); ++i) packed.replace(i * width, strings[i].size(), strings[i]);
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, width);
    const hsize_t count = strings.size();
    const hid_t space = H5Screate_simple(1, &count, nullptr);
    const hid_t attribute = H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    if (attribute >= 0) {
        if (count > 0) H5Awrite(attribute, type, packed.data());
        H5Aclose(attribute);
    }
    H5Sclose(space);
    H5Tclose(type);
}

void writeDataset(hid_t group, const std::string& path, const json& spec) {
    std::vector<hsize_t> dims;
    double count = 1;
    for (const json& d : spec.value("shape", json::array())) {
        if (!d.is_number_unsigned() || dims.size() == 8) return;
        dims.push_back(std::min<hsize_t>(d.get<uint64_t>(), hsize_t(1) << 40));
        count *= double(dims.back());
    }
    const hid_t space = H5Screate_simple(int(dims.size()), dims.data(), nullptr);
    if (space < 0) return;
    const hid_t linkProps = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_create_intermediate_group(linkProps, 1);
    const hid_t createProps = H5Pcreate(H5P_DATASET_CREATE);
    const bool written = count <= double(1 << 20);
    if (!written) {
        std::vector<hsize_t> chunk(dims.size());
        for (size_t i = 0; i < dims.size(); ++i) chunk[i] = std::max<hsize_t>(1, std::min<hsize_t>(dims[i], 16));
        H5Pset_chunk(createProps, int(chunk.size()), chunk.data());
    }
    const hid_t dataset = H5Dcreate2(group, path.c_str(), H5T_NATIVE_FLOAT, space, linkProps, createProps, H5P_DEFAULT);
    if (dataset >= 0) {
        if (written && count > 0) {
            const json fill = spec.value("fill", json(0.5));
            const float value = fill.is_number() ? fill.get<float>() : std::nanf("");
            std::vector<float> values(size_t(count), value);
            H5Dwrite(dataset, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data());
        }
        H5Dclose(dataset);
    }
    H5Pclose(createProps);
    H5Pclose(linkProps);
    H5Sclose(space);
}

}  // namespace

void writeKerasRecipe(const std::string& path, const json& recipe) {
    const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    if (file < 0) return;
    const bool utf8 = recipe.value("strings", std::string("fixed")) == "utf8";
    if (recipe.contains("model_config")) {
        const json& config = recipe["model_config"];
        writeStringAttribute(file, "model_config", config.is_string() ? config.get<std::string>() : config.dump(),
                             utf8);
    }
    if (recipe.contains("keras_version") && recipe["keras_version"].is_string())
        writeStringAttribute(file, "keras_version", recipe["keras_version"].get<std::string>(), utf8);
    const bool nested = recipe.value("nested", true);
    const hid_t root = nested ? H5Gcreate2(file, "model_weights", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT) : file;
    const json layers = recipe.value("layers", json::object());  // items() must not outlive it
    for (const auto& [name, layer] : layers.items()) {
        if (name.empty() || name.find('/') != std::string::npos || !layer.is_object()) continue;
        const hid_t group = H5Gcreate2(root, name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        if (group < 0) continue;
        if (layer.contains("weight_names") && layer["weight_names"].is_array()) {
            std::vector<std::string> names;
            for (const json& n : layer["weight_names"])
                if (n.is_string()) names.push_back(n.get<std::string>());
            if (utf8)
                writeVariableStringListAttribute(group, "weight_names", names);
            else
                writeStringListAttribute(group, "weight_names", names);
        }
        const json datasets = layer.value("datasets", json::object());
        for (const auto& [datasetPath, spec] : datasets.items())
            if (!datasetPath.empty() && spec.is_object()) writeDataset(group, datasetPath, spec);
        H5Gclose(group);
    }
    if (nested && root >= 0) H5Gclose(root);
    H5Fclose(file);
}

}  // namespace faultke::test
