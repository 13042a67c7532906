#pragma once
// numpy's float64 reductions, reproduced operation by operation so that labels match the
// original pipeline to the last bit (floating-point sums depend on their order).
#include <cstddef>

namespace faultke {

// np.add.reduce over a contiguous 1-D float64 array: numpy's pairwise summation
// (pairwise_sum in numpy's loops_utils.h.src) — fewer than 8 values are added in order; up to
// 128 go into eight interleaved partial sums combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))
// followed by the remainder in order; longer arrays are split in two halves (the first a
// multiple of 8 long) summed recursively.
double numpySum(const double* x, size_t n);

// np.median: the middle value, or (a + b) / 2 of the two middle values; NaN if any value is NaN
// or n is 0.
double numpyMedian(const double* x, size_t n);

// np.mean and np.std (ddof = 0): mean = sum / n; std = sqrt(sum((x - mean)^2) / n).
double numpyMean(const double* x, size_t n);
double numpyStd(const double* x, size_t n);

}  // namespace faultke
