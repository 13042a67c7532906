#include "core/model/torch/TorchErrorText.h"

#include <torch/torch.h>

#include <array>
#include <utility>

namespace faultke {

std::string torchErrorText(const std::exception& e) {
    std::string words = e.what();
    if (auto* c10error = dynamic_cast<const c10::Error*>(&e)) words = c10error->what_without_backtrace();
    while (!words.empty() && (words.back() == '\n' || words.back() == ' ')) words.pop_back();
    // Known messages of libtorch's archive reader and tensor loading, by a phrase they contain.
    static const std::array<std::pair<const char*, const char*>, 6> kMeanings{{
        {"failed finding central directory",
         "the file is not a complete PyTorch archive: cut short, damaged or of another kind"},
        {"not a ZIP archive", "the file is not a complete PyTorch archive: cut short, damaged or of another kind"},
        {"file not found", "a part the archive should hold is missing: the file is damaged or of another kind"},
        {"size mismatch", "its weights have other shapes than this network's: it belongs to another network"},
        {"No such serialized tensor", "it lacks weights this network needs: it belongs to another network"},
        {"CUDA", "the GPU could not be used; try --device cpu"},
    }};
    for (const auto& [phrase, meaning] : kMeanings)
        if (words.find(phrase) != std::string::npos) return std::string(meaning) + " (libtorch's words: " + words + ")";
    return "libtorch's words: " + words;
}

}  // namespace faultke
