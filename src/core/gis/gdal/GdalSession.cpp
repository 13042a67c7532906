#include "core/gis/gdal/GdalSession.h"

#include <cpl_error.h>

#include <mutex>

#include "core/util/Error.h"

namespace faultke::gis {
namespace {

thread_local std::string lastMessage;
thread_local bool failed = false;

void keepMessage(CPLErr level, CPLErrorNum, const char* message) {
    // Debug chatter and warnings never replace the failure that explains an error.
    if (level >= CE_Failure || lastMessage.empty()) lastMessage = message ? message : "";
    if (level >= CE_Failure) failed = true;
}

}  // namespace

void ensureGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(keepMessage);
    });
}

std::string lastGdalMessage() { return lastMessage; }

void clearGdalMessage() {
    lastMessage.clear();
    failed = false;
    CPLErrorReset();
}

DatasetPtr openDataset(const std::string& path, unsigned flags) {
    ensureGdal();
    clearGdalMessage();
    return DatasetPtr(GDALDataset::Open(path.c_str(), flags | GDAL_OF_READONLY));
}

bool gdalFailed() { return failed; }

void finishWriting(DatasetPtr& dataset, const std::string& path, bool inTransaction) {
    if (inTransaction && dataset->CommitTransaction() != OGRERR_NONE)
        throw Error(path, "cannot be written" + gdalDetail());
    GDALDataset* raw = dataset.release();
    clearGdalMessage();
    GDALClose(GDALDataset::ToHandle(raw));
    if (gdalFailed()) throw Error(path, "cannot be written" + gdalDetail());
}

std::string gdalDetail() {
    if (lastMessage.empty()) return {};
    // One line: GDAL's SQL errors draw a caret under the expression on lines of their own.
    std::string line;
    for (char c : lastMessage) {
        const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (!space)
            line += c;
        else if (!line.empty() && line.back() != ' ')
            line += ' ';
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return " (GDAL's words: " + line + ")";
}

}  // namespace faultke::gis
