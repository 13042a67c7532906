#pragma once
// HDF5 as FaultKE uses it (directly, and through matio for MAT v7.3): its error stack is never
// printed, since FaultKE reports its own one-line errors; and it does not clean up at exit, since
// after a failed write (a full disk) its exit handler would close the broken file again and
// crash. Call before any HDF5 or matio call; cheap to repeat (matio may switch printing back on).
namespace faultke {

void prepareHdf5();

}  // namespace faultke
