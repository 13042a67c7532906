#pragma once
// Reads the Predict page's files into FaultMapSources on a BackgroundJob (not a widget, as
// ExperimentLabeller is on the Data page). Requests made while a read runs wait and go next; a
// frame of an input asked for again replaces the one still waiting (scrolling through frames).
// GIS files are read as fault traces: a file that holds several line layers or features comes
// back with its layers, for the page to ask which fault is meant, and is read again with the
// answer.
#include <QImage>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/data/FaultMapSource.h"
#include "core/gis/FaultTraces.h"

namespace faultke::gui {

class BackgroundJob;

class FaultMapReader : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString path;
        int frame = -1;                        // .mat
        int id = 0;                            // 0: a new input; else the input whose source is read again
        std::optional<TraceQuery> traceQuery;  // GIS files: the fault chosen (none: ask when several)
    };
    struct Outcome {
        int id = 0;
        QString path;
        std::shared_ptr<const FaultMapSource> source;
        std::shared_ptr<const FaultTraceSet> traces;  // GIS files
        std::vector<TraceLayerInfo> layers;           // GIS files that need a choice (nothing read yet)
        QString error;                                // the file and its problem, when it could not be read
    };
    using OnRead = std::function<void(std::vector<Outcome>)>;

    // onRead gets each batch's outcomes on the GUI thread.
    FaultMapReader(OnRead onRead, QObject* parent = nullptr);
    // Drops waiting requests and waits for the running read, delivering nothing more.
    ~FaultMapReader() override;

    void read(std::vector<Request> requests);
    BackgroundJob* job() const { return job_; }

    // A pasted or dropped picture as 8-bit gray, transparent parts white (as readGrayImage does).
    static GrayImage grayFromImage(const QImage& image);

private:
    void start(std::vector<Request> requests);

    BackgroundJob* job_;
    OnRead onRead_;
    std::vector<Request> pending_;
};

}  // namespace faultke::gui
