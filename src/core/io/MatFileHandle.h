#pragma once
// matio's file handle, closed by RAII, for MatReader and MatWriter (matio.h stays in the .cpp).
struct _mat_t;

namespace faultke {

struct MatFileCloser {
    void operator()(_mat_t* mat) const;
};

}  // namespace faultke
