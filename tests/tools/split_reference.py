#!/usr/bin/env python3
"""The window split of FaultKE's documented algorithm, written independently of its C++ code from
the published definitions: FNV-1a (64 bit), SplitMix64's finaliser, MT19937-64 (Matsumoto and
Nishimura's reference, checked against the C++ standard's 10000th value), a Fisher-Yates shuffle
with unbiased bounded draws by rejection. Prints the values data.test_split compares with.

    python3 tests/tools/split_reference.py
"""
M = (1 << 64) - 1


def fnv1a(text):
    h = 14695981039346656037
    for c in text.encode():
        h = ((h ^ c) * 1099511628211) & M
    return h


def mix(x):
    x = (x + 0x9E3779B97F4A7C15) & M
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & M
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & M
    return x ^ (x >> 31)


class MT19937_64:
    def __init__(self, seed):
        self.mt = [seed & M]
        for i in range(1, 312):
            prev = self.mt[-1]
            self.mt.append((6364136223846793005 * (prev ^ (prev >> 62)) + i) & M)
        self.index = 312

    def __call__(self):
        if self.index >= 312:
            for i in range(312):
                x = (self.mt[i] & 0xFFFFFFFF80000000) | (self.mt[(i + 1) % 312] & 0x7FFFFFFF)
                xa = x >> 1
                if x & 1:
                    xa ^= 0xB5026F5AA96619E9
                self.mt[i] = self.mt[(i + 156) % 312] ^ xa
            self.index = 0
        x = self.mt[self.index]
        self.index += 1
        x ^= (x >> 29) & 0x5555555555555555
        x ^= (x << 17) & 0x71D67FFFEDA60000 & M
        x ^= (x << 37) & 0xFFF7EEE000000000 & M
        return x ^ (x >> 43)


def bounded(gen, bound):
    threshold = ((1 << 64) - bound) % bound
    while True:
        r = gen()
        if r >= threshold:
            return r % bound


def assign(seed, experiment, windows, eval_windows, test_windows):
    order = list(range(windows))
    gen = MT19937_64(mix(seed ^ mix(fnv1a(experiment))))
    for i in range(windows, 1, -1):
        j = bounded(gen, i)
        order[i - 1], order[j] = order[j], order[i - 1]
    result = ["t"] * windows
    eval_end = min(windows, eval_windows)
    test_end = min(windows, eval_end + test_windows)
    for i in range(eval_end):
        result[order[i]] = "e"
    for i in range(eval_end, test_end):
        result[order[i]] = "s"  # "s" for test, "t" for train
    return "".join(result)


if __name__ == "__main__":
    check = MT19937_64(5489)
    for _ in range(9999):
        check()
    assert check() == 9981545732273789042, "MT19937-64 does not give the C++ standard's value"
    for seed, experiment, windows, ev, te in [(42, "EB_100_2", 5, 2, 1), (0, "PP_050_2", 9, 2, 1),
                                             (7, "EB_025_2", 12, 3, 2), (123456789, "x", 4, 1, 1)]:
        print(seed, experiment, windows, ev, te, assign(seed, experiment, windows, ev, te))
