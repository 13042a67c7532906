#include "core/gis/FaultKeLayers.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

#include "core/gis/gdal/GdalSession.h"
#include "core/gis/gdal/LocalFrame.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"
#include "core/util/FileName.h"

namespace faultke {
using namespace gis;

namespace {

const char* driverFor(const std::string& path) {
    const std::string ext = lowerExtension(path);
    if (ext == ".geojson" || ext == ".json") return "GeoJSON";
    if (ext == ".gpkg") return "GPKG";
    return nullptr;
}

void addField(OGRLayer& layer, const std::string& name, OGRFieldType type, const std::string& path) {
    OGRFieldDefn field(name.c_str(), type);
    if (layer.CreateField(&field) != OGRERR_NONE) throw Error(path, "cannot create field " + name + gdalDetail());
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

const std::vector<std::string> kFaultFields = {"fault_id", "label",  "features", "length_km", "windows", "ke_median",
                                               "ke_mean",  "ke_min", "ke_max",   "ke_sd",     "reason"};

// One layer file: the dataset, written to a temporary file.
struct LayerFile {
    std::string path;
    AtomicFile file;
    DatasetPtr dataset;
    bool transaction = false;

    LayerFile(const std::string& destination, const char* driverName) : path(destination), file(destination) {
        ensureGdal();
        clearGdalMessage();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
        if (!driver) throw Error(path, std::string("GDAL has no ") + driverName + " driver");
        std::error_code ec;
        std::filesystem::remove(file.temporaryPath(), ec);
        dataset.reset(driver->Create(file.temporaryPath().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset) throw Error(path, "cannot be created" + gdalDetail());
    }

    OGRLayer& createLayer(const char* name, OGRSpatialReference& srs, OGRwkbGeometryType type) {
        OGRLayer* layer = dataset->CreateLayer(name, &srs, type, nullptr);
        if (!layer) throw Error(path, std::string("cannot create the layer ") + name + gdalDetail());
        return *layer;
    }

    void begin() {
        transaction = dataset->TestCapability(ODsCTransactions) && dataset->StartTransaction() == OGRERR_NONE;
    }

    void close() { finishWriting(dataset, path, transaction); }
};

}  // namespace

struct FaultLayerWriter::Impl {
    FaultLayerSpec spec;
    std::string path;
    OGRSpatialReference srs;
    std::optional<LayerFile> windowsFile, faultsFile;  // the same file for a GeoPackage
    OGRLayer* windows = nullptr;
    OGRLayer* faults = nullptr;
    std::vector<std::string> inputFieldNames;  // as written: renamed where they clash with ours

    void write(OGRLayer& layer, OGRFeature& feature, const std::string& what) {
        if (layer.CreateFeature(&feature) != OGRERR_NONE) throw Error(path, "cannot write " + what + gdalDetail());
    }
};

bool isFaultLayerPath(const std::string& path) { return driverFor(path) != nullptr; }

std::string FaultLayerWriter::faultLayerPath(const std::string& path) {
    if (lowerExtension(path) == ".gpkg") return path;
    const std::filesystem::path p(path);
    return (p.parent_path() / (p.stem().string() + ".faults" + p.extension().string())).string();
}

FaultLayerWriter::FaultLayerWriter(const std::string& path, const FaultLayerSpec& spec) : impl_(new Impl) {
    const char* driverName = driverFor(path);
    if (!driverName) throw Error(path, "a windows layer is written as .geojson or .gpkg");
    Impl& d = *impl_;
    d.spec = spec;
    d.path = path;
    ensureGdal();
    if (d.srs.importFromWkt(spec.crsWkt.c_str()) != OGRERR_NONE)
        throw Error(path, "the input's coordinate system cannot be written into a layer" + gdalDetail());
    d.srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    d.windowsFile.emplace(path, driverName);
    d.windows = &d.windowsFile->createLayer(kWindowLayerName, d.srs, wkbPolygon);
    for (const char* name : {"input", "layer", "filter", "fault_id"}) addField(*d.windows, name, OFTString, path);
    addField(*d.windows, "window", OFTInteger, path);
    for (const char* name :
         {"start_km", "centre_km", "end_km", "azimuth", "coverage", "ke", "ke_sd", "ke_low", "ke_high"})
        addField(*d.windows, name, OFTReal, path);
    addField(*d.windows, "n_values", OFTInteger, path);
    for (int t : spec.thicknesses) addField(*d.windows, "ke_" + std::to_string(t) + "px", OFTReal, path);
    addField(*d.windows, "model", OFTString, path);

    LayerFile* faultsFile = &*d.windowsFile;
    if (lowerExtension(path) != ".gpkg") {
        d.faultsFile.emplace(faultLayerPath(path), driverName);
        faultsFile = &*d.faultsFile;
    }
    d.faults = &faultsFile->createLayer(kFaultLayerName, d.srs, wkbMultiLineString);
    std::vector<std::string> taken;
    for (const std::string& name : kFaultFields) taken.push_back(lower(name));
    taken.push_back("input");
    for (const std::string& field : spec.fields) {
        std::string name = field;
        while (std::find(taken.begin(), taken.end(), lower(name)) != taken.end()) name = "src_" + name;
        taken.push_back(lower(name));
        d.inputFieldNames.push_back(name);
        addField(*d.faults, name, OFTString, path);
    }
    addField(*d.faults, "input", OFTString, path);
    addField(*d.faults, "fault_id", OFTString, path);
    addField(*d.faults, "label", OFTString, path);
    addField(*d.faults, "features", OFTInteger64, path);
    addField(*d.faults, "length_km", OFTReal, path);
    addField(*d.faults, "windows", OFTInteger, path);
    for (const char* name : {"ke_median", "ke_mean", "ke_min", "ke_max", "ke_sd"})
        addField(*d.faults, name, OFTReal, path);
    addField(*d.faults, "reason", OFTString, path);
    d.windowsFile->begin();
    if (d.faultsFile) d.faultsFile->begin();
}

FaultLayerWriter::~FaultLayerWriter() = default;

void FaultLayerWriter::add(const FaultKe& fault) {
    Impl& d = *impl_;
    if (fault.prediction) {
        const TracePrediction& p = *fault.prediction;
        for (size_t i = 0; i < p.windows.size() && i < fault.windowCorners.size(); ++i) {
            const TraceWindowKe& w = p.windows[i];
            OGRLinearRing ring;
            for (const SourcePoint& corner : fault.windowCorners[i]) ring.addPoint(corner.first, corner.second);
            ring.addPoint(fault.windowCorners[i][0].first, fault.windowCorners[i][0].second);
            OGRPolygon polygon;
            polygon.addRing(&ring);
            OGRFeature feature(d.windows->GetLayerDefn());
            feature.SetField("input", d.spec.input.c_str());
            feature.SetField("layer", d.spec.layer.c_str());
            feature.SetField("filter", d.spec.filter.c_str());
            feature.SetField("fault_id", fault.fault.faultId.c_str());
            feature.SetField("window", w.window.index);
            feature.SetField("start_km", w.window.startKm);
            feature.SetField("centre_km", w.window.centreKm);
            feature.SetField("end_km", w.window.endKm);
            feature.SetField("azimuth", w.window.azimuthDegrees);
            feature.SetField("coverage", w.window.coverage);
            feature.SetField("ke", w.ke);
            feature.SetField("ke_sd", w.sd);
            if (w.hasInterval()) {  // else left null: the model is not calibrated
                feature.SetField("ke_low", w.low);
                feature.SetField("ke_high", w.high);
            }
            feature.SetField("n_values", w.values);
            for (size_t t = 0; t < d.spec.thicknesses.size() && t < w.byThickness.size(); ++t)
                feature.SetField(("ke_" + std::to_string(d.spec.thicknesses[t]) + "px").c_str(), w.byThickness[t]);
            feature.SetField("model", d.spec.model.c_str());
            feature.SetGeometry(&polygon);
            d.write(*d.windows, feature,
                    "window " + std::to_string(w.window.index) + " of fault " + fault.fault.faultId);
        }
    }
    OGRFeature feature(d.faults->GetLayerDefn());
    for (const auto& [name, value] : fault.fault.attributes) {
        const auto at = std::find(d.spec.fields.begin(), d.spec.fields.end(), name);
        if (at == d.spec.fields.end() || value.empty()) continue;
        feature.SetField(d.inputFieldNames[static_cast<size_t>(at - d.spec.fields.begin())].c_str(), value.c_str());
    }
    feature.SetField("input", d.spec.input.c_str());
    feature.SetField("fault_id", fault.fault.faultId.c_str());
    feature.SetField("label", fault.fault.label.c_str());
    feature.SetField("features", static_cast<GIntBig>(fault.fault.features));
    feature.SetField("length_km", fault.lengthKm);
    feature.SetField("windows", static_cast<int>(fault.windows()));
    if (fault.windows() > 0) {
        const PredictionSummary& s = fault.prediction->summary;
        feature.SetField("ke_median", s.median);
        feature.SetField("ke_mean", s.mean);
        feature.SetField("ke_min", s.min);
        feature.SetField("ke_max", s.max);
        feature.SetField("ke_sd", s.sd);
    }
    if (!fault.reason.empty()) feature.SetField("reason", fault.reason.c_str());
    if (!fault.sourceParts.empty()) {
        OGRMultiLineString lines;
        for (const auto& part : fault.sourceParts) {
            OGRLineString line;
            for (const SourcePoint& point : part) line.addPoint(point.first, point.second);
            lines.addGeometry(&line);
        }
        feature.SetGeometry(&lines);
    }
    d.write(*d.faults, feature, "fault " + fault.fault.faultId);
}

void FaultLayerWriter::setSource(const std::string& input, const std::string& layer, const std::string& filter) {
    impl_->spec.input = input;
    impl_->spec.layer = layer;
    impl_->spec.filter = filter;
}

void FaultLayerWriter::commit() {
    Impl& d = *impl_;
    d.windowsFile->close();
    if (d.faultsFile) d.faultsFile->close();
    d.windowsFile->file.commit();
    if (d.faultsFile) d.faultsFile->file.commit();
}

void writeWindowLayer(const std::string& path, const std::vector<TracePrediction>& predictions) {
    if (!isFaultLayerPath(path)) throw Error(path, "a windows layer is written as .geojson or .gpkg");
    if (predictions.empty()) throw Error(path, "no fault traces were predicted, so there is no windows layer");
    ensureGdal();
    const LocalFrame first = LocalFrame::fromFrame(predictions.front().traces.frame);
    for (const TracePrediction& p : predictions) {
        // Both through LocalFrame, with the same axis order: a system whose definition puts
        // latitude first (WGS 84) would otherwise differ from itself.
        if (!LocalFrame::fromFrame(p.traces.frame).source().IsSame(&first.source()))
            throw Error(path, "one layer has one coordinate system, but " + p.traces.path + " is in '" +
                                  p.traces.frame.sourceName + "' and " + predictions.front().traces.path + " in '" +
                                  predictions.front().traces.frame.sourceName + "': write one layer per input");
    }
    const TracePrediction& head = predictions.front();
    FaultLayerSpec spec{head.traces.path, head.traces.layer,           head.traces.where,
                        head.model,       head.traces.frame.sourceWkt, {},
                        head.thicknesses};
    FaultLayerWriter writer(path, spec);
    for (const TracePrediction& p : predictions) {
        writer.setSource(p.traces.path, p.traces.layer, p.traces.where);
        writer.add(faultKeOf(p));
    }
    writer.commit();
}

}  // namespace faultke
