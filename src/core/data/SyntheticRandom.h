#pragma once
// Random numbers for the synthetic generator that are identical on every platform: the engine is
// std::mt19937_64 (fully specified by the standard) and the distributions are written here,
// because the standard library's distributions differ between implementations.
#include <cmath>
#include <cstdint>
#include <random>

namespace faultke::synthetic {

// A well-mixed 64-bit hash (SplitMix64), used to derive independent seeds.
inline uint64_t splitMix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A seed for the `stream`-th independent sequence under `seed` (frames, noise channels, ...).
inline uint64_t deriveSeed(uint64_t seed, uint64_t stream) {
    return splitMix64(splitMix64(seed) ^ splitMix64(~stream));
}

class Random {
public:
    explicit Random(uint64_t seed) : engine_(splitMix64(seed)) {}

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform integer in [low, high].
    int uniformInt(int low, int high) {
        const uint64_t span = static_cast<uint64_t>(high - low) + 1;
        return low + static_cast<int>(engine_() % span);
    }
    bool chance(double probability) { return uniform() < probability; }
    double sign(double probabilityPositive = 0.5) { return chance(probabilityPositive) ? 1.0 : -1.0; }

    // Standard normal (Box-Muller, pairs cached).
    double normal() {
        if (hasSpare_) {
            hasSpare_ = false;
            return spare_;
        }
        const double u1 = 1.0 - uniform();  // (0, 1]: log is finite
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 6.283185307179586 * u2;
        spare_ = radius * std::sin(angle);
        hasSpare_ = true;
        return radius * std::cos(angle);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    // Poisson-distributed count (Knuth's method; fine for the small means used here).
    int poisson(double mean) {
        const double limit = std::exp(-mean);
        int count = 0;
        for (double product = uniform(); product > limit; product *= uniform()) ++count;
        return count;
    }

private:
    std::mt19937_64 engine_;
    double spare_ = 0;
    bool hasSpare_ = false;
};

}  // namespace faultke::synthetic
