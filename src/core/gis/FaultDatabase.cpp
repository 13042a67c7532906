#include "core/gis/FaultDatabase.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

#include "core/gis/gdal/GdalSession.h"
#include "core/gis/gdal/LocalFrame.h"
#include "core/gis/gdal/TraceLayer.h"
#include "core/util/Error.h"
#include "core/util/NearestName.h"

namespace faultke {
using namespace gis;

namespace {

std::vector<std::pair<std::string, std::string>> attributesOf(OGRFeature& feature) {
    std::vector<std::pair<std::string, std::string>> attributes;
    const OGRFeatureDefn* defn = feature.GetDefnRef();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        attributes.emplace_back(defn->GetFieldDefn(i)->GetNameRef(),
                                feature.IsFieldSetAndNotNull(i) ? feature.GetFieldAsString(i) : "");
    return attributes;
}

std::string geometryProblem(const OGRGeometry* geometry) {
    if (!geometry || geometry->IsEmpty()) return "it has no geometry";
    if (!isLine(geometry->getGeometryType()))
        return std::string("its geometry is a ") + OGRGeometryTypeToName(geometry->getGeometryType()) + ", not a line";
    return "its line has fewer than two distinct points";
}

// The features of one fault, read into the fault's own local frame.
class FaultBuilder {
public:
    FaultBuilder(const std::string& path, const OGRSpatialReference& srs, const std::string& layer,
                 const std::string& where)
        : path_(path), srs_(srs), layer_(layer), where_(where) {}

    void start(std::string faultId) {
        record_ = FaultRecord();
        record_.faultId = std::move(faultId);
        parts_.clear();
        fids_.clear();
        labels_.clear();
        problem_.clear();
    }

    void add(OGRFeature& feature) {
        if (record_.features++ == 0) {
            record_.label = featureLabel(feature);
            record_.attributes = attributesOf(feature);
        }
        const OGRGeometry* geometry = feature.GetGeometryRef();
        const size_t before = parts_.size();
        if (geometry && isLine(geometry->getGeometryType())) addParts(*geometry, parts_);
        if (parts_.size() == before) {
            if (problem_.empty()) problem_ = geometryProblem(geometry);
            return;
        }
        fids_.push_back(feature.GetFID());
        labels_.push_back(featureLabel(feature));
        owners_.resize(parts_.size(), fids_.size() - 1);
    }

    // Calls onFault with the fault read, or with the reason it cannot be.
    void finish(const std::function<void(FaultRecord&&, const ToSourceCoordinates&)>& onFault) {
        const ToSourceCoordinates none = [](const std::vector<MapPoint>&) {
            return std::vector<std::pair<double, double>>();
        };
        if (parts_.empty()) {
            record_.reason = problem_.empty() ? "it has no line geometry" : problem_;
            onFault(std::move(record_), none);
            owners_.clear();
            return;
        }
        std::optional<LocalFrame> frame;
        auto set = std::make_shared<FaultTraceSet>();
        try {
            std::vector<std::pair<double, double>> all;
            for (const SourcePart& part : parts_) all.insert(all.end(), part.begin(), part.end());
            frame.emplace(LocalFrame::forData(path_, &srs_, all));
            set->path = path_;
            set->layer = layer_;
            set->where = where_;
            set->frame = frame->frame();
            for (size_t f = 0; f < fids_.size(); ++f) set->traces.push_back({fids_[f], labels_[f], {}});
            for (size_t p = 0; p < parts_.size(); ++p)
                set->traces[owners_[p]].parts.push_back(frame->toLocal(path_, parts_[p]));
        } catch (const Error& e) {
            record_.reason = e.problem();
            onFault(std::move(record_), none);
            owners_.clear();
            return;
        }
        record_.traces = std::move(set);
        const LocalFrame& local = *frame;
        onFault(std::move(record_), [&local](const std::vector<MapPoint>& points) { return local.toSource(points); });
        owners_.clear();
    }

private:
    const std::string& path_;
    const OGRSpatialReference& srs_;
    const std::string& layer_;
    const std::string& where_;
    FaultRecord record_;
    std::vector<SourcePart> parts_;
    std::vector<size_t> owners_;  // the feature (index into fids_) of each part
    std::vector<long long> fids_;
    std::vector<std::string> labels_;
    std::string problem_;
};

bool chosen(const TraceQuery& query, long long fid) {
    return query.fids.empty() || std::find(query.fids.begin(), query.fids.end(), fid) != query.fids.end();
}

}  // namespace

std::string FaultGroupingChoice::name() const {
    switch (kind) {
    case FaultGrouping::Feature: return "feature";
    case FaultGrouping::All: return "all";
    case FaultGrouping::Attribute: return attribute;
    }
    return "feature";
}

FaultGroupingChoice parseFaultGrouping(const std::string& text) {
    if (text == "feature") return {FaultGrouping::Feature, ""};
    if (text == "all") return {FaultGrouping::All, ""};
    if (text.empty()) throw Error("--group-by needs feature, all or an attribute's name");
    return {FaultGrouping::Attribute, text};
}

FaultGroupingChoice defaultFaultGrouping(const TraceQuery& query) {
    return {query.where.empty() && query.fids.empty() ? FaultGrouping::Feature : FaultGrouping::All, ""};
}

FaultLayerInfo readFaults(const std::string& path, const TraceQuery& query, const FaultGroupingChoice& grouping,
                          const std::function<void(const FaultLayerInfo&)>& onLayer,
                          const std::function<void(FaultRecord&&, const ToSourceCoordinates&)>& onFault,
                          const Progress& progress) {
    if (!std::filesystem::exists(path)) throw Error(path, "No such file");
    if (grouping.kind == FaultGrouping::All) {
        // One fault of every selected feature: the one-fault reader, with its messages.
        auto set = std::make_shared<FaultTraceSet>(readFaultTraces(path, query));
        FaultLayerInfo info{path,
                            set->layer,
                            set->where,
                            set->frame.sourceWkt,
                            set->frame.sourceName,
                            {},
                            static_cast<long long>(set->traces.size())};
        const LocalFrame frame = LocalFrame::fromFrame(set->frame);
        info.geographic = frame.source().IsGeographic();
        onLayer(info);
        FaultRecord record;
        record.faultId = "all";
        record.label =
            set->traces.size() == 1 ? set->traces.front().label : std::to_string(set->traces.size()) + " features";
        record.features = static_cast<long long>(set->traces.size());
        record.traces = set;
        onFault(std::move(record), [&frame](const std::vector<MapPoint>& points) { return frame.toSource(points); });
        return info;
    }

    const DatasetPtr dataset = openDataset(path, GDAL_OF_VECTOR);
    if (!dataset) throw Error(path, "not a GIS vector file GDAL can read" + gdalDetail());
    OGRLayer* layer = chooseLayer(*dataset, path, query.layer);
    applyFilter(*layer, path, query.where);
    FaultLayerInfo info;
    info.path = path;
    info.layer = layer->GetName();
    info.where = query.where;
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) info.fields.push_back(defn->GetFieldDefn(i)->GetNameRef());
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    if (!srs) throw Error(path, "has no coordinate system, so the traces have no scale in km: " + assignCrsAdvice());
    info.crsName = srs->GetName() ? srs->GetName() : "unnamed system";
    info.geographic = srs->IsGeographic();
    {
        char* wkt = nullptr;
        const char* options[] = {"FORMAT=WKT2_2019", nullptr};
        srs->exportToWkt(&wkt, options);
        info.crsWkt = wkt ? wkt : "";
        CPLFree(wkt);
    }
    int groupField = -1;
    if (grouping.kind == FaultGrouping::Attribute) {
        groupField = defn->GetFieldIndex(grouping.attribute.c_str());
        if (groupField < 0) {
            const std::string near = nearestName(grouping.attribute, info.fields);
            std::string fields;
            for (const std::string& f : info.fields) fields += (fields.empty() ? "" : ", ") + f;
            throw Error(path, "layer '" + info.layer + "' has no attribute '" + grouping.attribute + "'" +
                                  (near.empty() ? "" : " (did you mean '" + near + "'?)") +
                                  "; its attributes: " + (fields.empty() ? std::string("none") : fields));
        }
    }

    onLayer(info);
    const long long total = std::max<long long>(1, layer->GetFeatureCount());
    const std::string selection = query.where.empty() ? std::string() : "the filter \"" + query.where + "\"";
    FaultBuilder builder(path, *srs, info.layer, info.where);
    long long read = 0;
    auto report = [&](long long done) {
        if (done % 64 == 0) {
            progress.checkCancel();
            progress.update(std::min(1.0, double(done) / total),
                            "feature " + std::to_string(done) + " of " + std::to_string(total));
        }
    };

    if (grouping.kind == FaultGrouping::Feature) {
        layer->ResetReading();
        for (auto& feature : *layer) {
            if (!chosen(query, feature->GetFID())) continue;
            ++info.selected;
            builder.start(std::to_string(feature->GetFID()));
            builder.add(*feature);
            builder.finish(onFault);
            report(++read);
        }
    } else {
        // Which features make up each fault, read without their geometry; then each fault's.
        std::vector<std::string> order;
        std::map<std::string, std::vector<long long>> members;
        std::vector<long long> unnamed;  // no value: each its own fault
        const char* ignored[] = {"OGR_GEOMETRY", nullptr};
        layer->SetIgnoredFields(ignored);
        layer->ResetReading();
        for (auto& feature : *layer) {
            if (!chosen(query, feature->GetFID())) continue;
            ++info.selected;
            const std::string value =
                feature->IsFieldSetAndNotNull(groupField) ? feature->GetFieldAsString(groupField) : "";
            if (value.empty()) {
                order.push_back("");
                unnamed.push_back(feature->GetFID());
                continue;
            }
            auto [it, added] = members.try_emplace(value);
            if (added) order.push_back(value);
            it->second.push_back(feature->GetFID());
        }
        layer->SetIgnoredFields(nullptr);
        size_t nextUnnamed = 0;
        for (const std::string& value : order) {
            const std::vector<long long> fids =
                value.empty() ? std::vector<long long>{unnamed[nextUnnamed++]} : members[value];
            builder.start(value.empty() ? "feature " + std::to_string(fids.front()) : value);
            for (long long fid : fids) {
                std::unique_ptr<OGRFeature> feature(layer->GetFeature(fid));
                if (feature) builder.add(*feature);
                report(++read);
            }
            builder.finish(onFault);
        }
    }
    if (info.selected == 0 && !query.where.empty() && gdalFailed())
        throw Error(path, "the filter \"" + query.where + "\" is not a valid OGR SQL expression for layer '" +
                              info.layer + "'" + gdalDetail());
    if (info.selected == 0)
        throw Error(path, selection.empty() ? "layer '" + info.layer + "' has no features"
                                            : selection + " selects no feature of layer '" + info.layer + "'");
    progress.update(1.0, std::to_string(info.selected) + " features read");
    return info;
}

}  // namespace faultke
