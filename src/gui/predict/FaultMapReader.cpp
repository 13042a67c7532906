#include "gui/predict/FaultMapReader.h"

#include <QPainter>

#include <algorithm>

#include "core/gis/GeoRasterMap.h"
#include "core/util/Error.h"
#include "gui/jobs/BackgroundJob.h"
#include "gui/predict/TraceLayerDialog.h"

namespace faultke::gui {

FaultMapReader::FaultMapReader(OnRead onRead, QObject* parent)
    : QObject(parent), job_(new BackgroundJob(this)), onRead_(std::move(onRead)) {
    connect(job_, &BackgroundJob::ended, this, [this] {
        if (pending_.empty()) return;
        std::vector<Request> next;
        next.swap(pending_);
        start(std::move(next));
    });
}

FaultMapReader::~FaultMapReader() {
    // Nothing that ends now may start more work or reach a page being destroyed.
    pending_.clear();
    onRead_ = nullptr;
    job_->disconnect(this);
    job_->cancel();
    job_->wait();
}

void FaultMapReader::read(std::vector<Request> requests) {
    if (!job_->isRunning()) return start(std::move(requests));
    for (const Request& r : requests) {
        const auto same =
            std::find_if(pending_.begin(), pending_.end(), [&](const Request& p) { return r.id != 0 && p.id == r.id; });
        if (same != pending_.end())
            *same = r;
        else
            pending_.push_back(r);
    }
}

void FaultMapReader::start(std::vector<Request> requests) {
    auto work = [requests](const faultke::Progress& progress) {
        std::vector<Outcome> outcomes;
        for (size_t i = 0; i < requests.size(); ++i) {
            progress.update(double(i) / requests.size(), requests[i].path.toStdString());
            progress.checkCancel();
            Outcome outcome{requests[i].id, requests[i].path, nullptr, nullptr, {}, {}};
            const std::string path = requests[i].path.toStdString();
            try {
                if (isFaultTracePath(path)) {
                    if (!requests[i].traceQuery) {
                        std::vector<TraceLayerInfo> layers = listTraceLayers(path);
                        if (needsTraceChoice(layers)) {
                            outcome.layers = std::move(layers);
                            outcomes.push_back(std::move(outcome));
                            continue;
                        }
                    }
                    outcome.traces = std::make_shared<const FaultTraceSet>(
                        readFaultTraces(path, requests[i].traceQuery.value_or(TraceQuery{})));
                } else {
                    outcome.source =
                        std::make_shared<const FaultMapSource>(readAnyFaultMapSource(path, requests[i].frame));
                }
            } catch (const Error& e) {
                outcome.error = QString::fromStdString(e.what());
            }
            outcomes.push_back(std::move(outcome));
        }
        return outcomes;
    };
    job_->start(tr("Reading fault maps"), work, [this](std::vector<Outcome> outcomes) {
        if (onRead_) onRead_(std::move(outcomes));
    });
}

GrayImage FaultMapReader::grayFromImage(const QImage& image) {
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    const QImage gray = flat.convertToFormat(QImage::Format_Grayscale8);
    GrayImage out;
    out.rows = gray.height();
    out.cols = gray.width();
    out.pixels.resize(static_cast<size_t>(out.rows) * out.cols);
    for (int r = 0; r < out.rows; ++r)
        std::copy_n(gray.constScanLine(r), out.cols, out.pixels.data() + static_cast<size_t>(r) * out.cols);
    return out;
}

}  // namespace faultke::gui
