#pragma once
// A layer of many faults, as regional and global active-fault databases keep them: its selected
// line features grouped into faults (each feature its own fault, all of them one fault, or the
// features sharing an attribute's value one fault), read one fault at a time, each in its own
// local km frame (FaultTraces.h) so that a layer spanning the globe, the antimeridian or the poles
// reads as its faults do. A fault that cannot be read (no usable geometry, outside its coordinate
// system) comes with the reason and never stops the others. Plain C++ in the interface.
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/gis/FaultTraces.h"
#include "core/util/Progress.h"

namespace faultke {

enum class FaultGrouping {
    Feature,    // each feature its own fault
    All,        // every selected feature one fault (one fault drawn as several strands)
    Attribute,  // the features sharing a value of an attribute one fault (a fault zone's name)
};

struct FaultGroupingChoice {
    FaultGrouping kind = FaultGrouping::Feature;
    std::string attribute;     // for Attribute
    std::string name() const;  // "feature", "all" or the attribute's name
};

// "feature", "all", or an attribute's name.
FaultGroupingChoice parseFaultGrouping(const std::string& text);
// The default: a filter or chosen features pick the strands of one fault (All); a whole layer is
// a database, each feature its own fault (Feature).
FaultGroupingChoice defaultFaultGrouping(const TraceQuery& query);

// One fault as read.
struct FaultRecord {
    std::string faultId;  // the FID (Feature), the attribute's value (Attribute), "all" (All)
    std::string label;    // its first feature's name, or "feature FID"
    long long features = 0;
    // Its first feature's attributes, name and value as text ("" for null), in the layer's order.
    std::vector<std::pair<std::string, std::string>> attributes;
    std::shared_ptr<const FaultTraceSet> traces;  // null when it cannot be read
    std::string reason;                           // why not ("" when read)
};

// Local km points of the fault's frame back in the file's coordinates (x, y as the file orders
// them); valid during the callback that receives it, on that thread.
using ToSourceCoordinates = std::function<std::vector<std::pair<double, double>>(const std::vector<MapPoint>&)>;

struct FaultLayerInfo {
    std::string path, layer, where;
    std::string crsWkt, crsName;
    std::vector<std::string> fields;  // the attributes' names, in the layer's order
    long long selected = 0;           // features the query selects
    bool geographic = false;          // longitude and latitude (else a projected or local system)
};

// Reads the faults of `path`'s layer chosen by `query`, grouped: `onLayer` once the layer is open
// (before any fault), then one call of `onFault` per fault, in the order of their first features. Reports per feature
// to `progress` and stops with Cancelled. Throws Error naming the file for what spoils every fault: an unreadable file,
// no line layer, a filter that does not parse or selects nothing, an unknown attribute, no coordinate system.
FaultLayerInfo readFaults(const std::string& path, const TraceQuery& query, const FaultGroupingChoice& grouping,
                          const std::function<void(const FaultLayerInfo&)>& onLayer,
                          const std::function<void(FaultRecord&&, const ToSourceCoordinates&)>& onFault,
                          const Progress& progress = {});

}  // namespace faultke
