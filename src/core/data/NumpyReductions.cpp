#include "core/data/NumpyReductions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace faultke {

namespace {

constexpr size_t kPairwiseBlock = 128;  // numpy's PW_BLOCKSIZE

double pairwiseSum(const double* a, size_t n) {
    if (n < 8) {
        double res = 0.;
        for (size_t i = 0; i < n; ++i) res += a[i];
        return res;
    }
    if (n <= kPairwiseBlock) {
        double r[8];
        for (int j = 0; j < 8; ++j) r[j] = a[j];
        size_t i = 8;
        for (; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; ++j) r[j] += a[i + j];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i) res += a[i];
        return res;
    }
    size_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwiseSum(a, n2) + pairwiseSum(a + n2, n - n2);
}

}  // namespace

double numpySum(const double* x, size_t n) {
    // The reduction starts from the identity 0 and adds the pairwise sum of all n values.
    return 0. + pairwiseSum(x, n);
}

double numpyMedian(const double* x, size_t n) {
    if (n == 0) return std::numeric_limits<double>::quiet_NaN();
    std::vector<double> sorted(x, x + n);
    if (std::any_of(sorted.begin(), sorted.end(), [](double v) { return std::isnan(v); }))
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(sorted.begin(), sorted.end());
    if (n % 2 == 1) return sorted[n / 2];
    return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

double numpyMean(const double* x, size_t n) { return numpySum(x, n) / static_cast<double>(n); }

double numpyStd(const double* x, size_t n) {
    const double mean = numpyMean(x, n);
    std::vector<double> squares(n);
    for (size_t i = 0; i < n; ++i) {
        const double d = x[i] - mean;
        squares[i] = d * d;
    }
    return std::sqrt(numpySum(squares.data(), n) / static_cast<double>(n));
}

}  // namespace faultke
