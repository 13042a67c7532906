// The Keras HDF5 import (readKerasModel): architecture recognition from model_config, then each
// weight's shape and values. HDF5's own byte-level parser is not FaultKE's code, so the input is a
// JSON recipe of the file's content (tests/support/KerasRecipeFile.h), written with the HDF5
// library, then read as a user's file. Its datasets may declare any shape.
#include <hdf5.h>

#include <nlohmann/json.hpp>

#include "FuzzInput.h"
#include "core/model/KerasImport.h"
#include "support/KerasRecipeFile.h"

using namespace faultke;
using nlohmann::json;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const json recipe = json::parse(data, data + size, nullptr, false);
    if (!recipe.is_object()) return 0;
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);  // the writer's own complaints are not findings
    fuzz::InputFile file(nullptr, 0, ".h5");
    try {
        test::writeKerasRecipe(file.path(), recipe);
    } catch (const json::exception&) {
        return 0;  // a recipe of the wrong types describes no file
    }
    fuzz::expectReadOrError([&] { readKerasModel(file.path()); });
    return 0;
}
