#include "core/data/Split.h"

#include <algorithm>
#include <random>

#include "core/util/Error.h"

namespace faultke {

namespace {

// FNV-1a: a stable hash of the experiment name, so that each experiment gets its own shuffle
// and adding or removing other experiments never changes it.
uint64_t fnv1a(const std::string& text) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

// SplitMix64's finaliser: spreads nearby seeds (42, 43, ...) over the whole 64-bit range.
uint64_t mix(uint64_t x) {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// A uniform integer in [0, bound) by rejection. std::uniform_int_distribution is not specified
// exactly, so different standard libraries would shuffle differently; this one is.
uint64_t boundedRandom(std::mt19937_64& gen, uint64_t bound) {
    const uint64_t threshold = (0 - bound) % bound;  // 2^64 mod bound: values below it are biased
    for (;;) {
        const uint64_t r = gen();
        if (r >= threshold) return r % bound;
    }
}

bool contains(const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

}  // namespace

const char* splitName(Split s) {
    switch (s) {
    case Split::Train: return "train";
    case Split::Eval: return "eval";
    case Split::Test: return "test";
    }
    return "?";
}

bool parseSplit(const std::string& text, Split& out) {
    for (Split s : {Split::Train, Split::Eval, Split::Test}) {
        if (text == splitName(s)) {
            out = s;
            return true;
        }
    }
    return false;
}

const char* roleName(ExperimentRole r) {
    switch (r) {
    case ExperimentRole::Split: return "split";
    case ExperimentRole::TrainOnly: return "train-only";
    case ExperimentRole::Excluded: return "excluded";
    }
    return "?";
}

// Exclusion wins when an experiment is named in both lists: leaving data out is the safe choice.
ExperimentRole SplitSpec::roleOf(const std::string& experiment) const {
    if (contains(excluded, experiment)) return ExperimentRole::Excluded;
    if (contains(trainOnly, experiment)) return ExperimentRole::TrainOnly;
    return ExperimentRole::Split;
}

std::vector<Split> assignWindows(const SplitSpec& spec, const std::string& experiment, int windowCount) {
    if (windowCount < 0) throw Error(experiment + ": negative window count");
    if (spec.evalWindows < 0 || spec.testWindows < 0) throw Error("eval and test windows per experiment must be >= 0");
    switch (spec.roleOf(experiment)) {
    case ExperimentRole::Excluded: return {};
    case ExperimentRole::TrainOnly: return std::vector<Split>(size_t(windowCount), Split::Train);
    case ExperimentRole::Split: break;
    }

    std::vector<int> order(static_cast<size_t>(windowCount));
    for (int i = 0; i < windowCount; ++i) order[size_t(i)] = i;
    std::mt19937_64 gen(mix(spec.seed ^ mix(fnv1a(experiment))));
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[boundedRandom(gen, i)]);

    std::vector<Split> result(size_t(windowCount), Split::Train);
    const size_t evalEnd = std::min(order.size(), size_t(spec.evalWindows));
    const size_t testEnd = std::min(order.size(), evalEnd + size_t(spec.testWindows));
    for (size_t i = 0; i < evalEnd; ++i) result[size_t(order[i])] = Split::Eval;
    for (size_t i = evalEnd; i < testEnd; ++i) result[size_t(order[i])] = Split::Test;
    return result;
}

SplitSpec originalSplitSpec() {
    SplitSpec spec;
    spec.trainOnly = {"EB_025_1", "EB_050_1", "EB_150_1", "PP_025_1", "PP_050_1", "PP_100_1"};
    spec.excluded = {"PP_150_1"};
    spec.evalWindows = 2;
    spec.testWindows = 1;
    return spec;
}

}  // namespace faultke
