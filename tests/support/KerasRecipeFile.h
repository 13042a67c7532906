#pragma once
// Writes a Keras HDF5 model file from a JSON recipe of its content, with the HDF5 library: tests
// make Keras files of any architecture without the published model, and the Keras fuzz harness
// turns its inputs into files with it.
//   {"model_config": {...} or "text", "keras_version": "2.2.4", "nested": true,
//    "layers": {"conv2d_1": {"weight_names": ["conv2d_1/kernel:0"],
//                            "datasets": {"conv2d_1/kernel:0": {"shape": [3, 3, 1, 4], "fill": 0.1}}}}}
// "strings": "fixed" (h5py 2: fixed-length ASCII, the default) or "utf8" (h5py 3: variable-length
// UTF-8) for the string attributes.
// "nested": weights under model_weights/ (a saved model) or at the root (save_weights). "fill" is
// every value of the dataset (a string: NaN). A dataset of more than 2^20 values is created
// without writing any, so HDF5 answers reads with its fill value: a file of a few bytes that
// declares gigabytes, as a crafted file would.
#include <string>

#include <nlohmann/json.hpp>

namespace faultke::test {

// Throws nlohmann::json::exception when the recipe's values have the wrong types.
void writeKerasRecipe(const std::string& path, const nlohmann::json& recipe);

}  // namespace faultke::test
