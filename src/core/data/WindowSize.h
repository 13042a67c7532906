#pragma once
// The network's window, the original's crop: 128 rows across strike by 64 columns along it.
// Every default window size in FaultKE is this one.
namespace faultke {

inline constexpr int kWindowRows = 128;
inline constexpr int kWindowColumns = 64;

}  // namespace faultke
