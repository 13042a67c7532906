#pragma once
// The commands of the model module (src/cli/model/ModelModule.cpp, loaded on demand so that the
// data commands start without libtorch). One list: the launcher loads the module for these names,
// and the module adds its commands in this order and checks each name as it goes.
namespace faultke::cli {

inline constexpr const char* kModelCommandNames[] = {"train",  "evaluate", "calibrate", "predict",
                                                     "export", "bench",    "sweep",     "params"};

}  // namespace faultke::cli
