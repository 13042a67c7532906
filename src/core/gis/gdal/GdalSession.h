#pragma once
// What every GDAL/OGR call of the gis layer shares; included by its sources only (no public
// header of the core includes GDAL). GDAL is set up once per process, its messages are kept
// rather than printed, and the last of them explains a failure in an Error that names the file.
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <string>

namespace faultke::gis {

// Registers GDAL's drivers once and routes its messages to lastGdalMessage().
void ensureGdal();
// GDAL's last message on this thread ("" when none), and a way to start afresh before a call.
std::string lastGdalMessage();
void clearGdalMessage();
// Whether GDAL reported a failure (not a warning) since clearGdalMessage().
bool gdalFailed();

struct DatasetCloser {
    void operator()(GDALDataset* dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// Opens `path` read-only for `flags` (GDAL_OF_VECTOR or GDAL_OF_RASTER); nullptr when GDAL
// cannot (lastGdalMessage() says why).
DatasetPtr openDataset(const std::string& path, unsigned flags);

// Commits the write transaction (when `inTransaction`) and closes a dataset being written: closing
// flushes, so a full disk shows here. Throws Error naming `path` when either fails.
void finishWriting(DatasetPtr& dataset, const std::string& path, bool inTransaction);

// " (GDAL's words: MESSAGE)" on one line when GDAL said something, else "": the plain
// explanation comes first, GDAL's own words after it for whoever searches for them.
std::string gdalDetail();

}  // namespace faultke::gis
