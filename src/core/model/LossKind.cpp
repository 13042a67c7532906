// The loss's names, apart from the tensors that compute it: params.json reads them without torch.
#include "core/model/Loss.h"

#include "core/util/Error.h"

namespace faultke {

const char* lossKindName(LossKind kind) { return kind == LossKind::PerSample ? "per-sample" : "original"; }

LossKind parseLossKind(const std::string& name) {
    if (name == "original") return LossKind::Original;
    if (name == "per-sample") return LossKind::PerSample;
    throw Error("unknown loss '" + name + "': expected original or per-sample");
}

}  // namespace faultke
