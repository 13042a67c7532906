#include "gui/widgets/PlotExport.h"

#include <qcustomplot.h>

#include <QFileInfo>
#include <QSvgGenerator>

#include "core/util/AtomicFile.h"

namespace faultke::gui {

bool exportPlot(QCustomPlot* plot, const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int width = plot->width() > 0 ? plot->width() : 800, height = plot->height() > 0 ? plot->height() : 500;
    try {
        AtomicFile file(path.toStdString());  // a failed export leaves an earlier file as it was
        const QString tmp = QString::fromStdString(file.temporaryPath());
        bool written = false;
        if (suffix == QLatin1String("png")) {
            written = plot->savePng(tmp, width, height, 2.0);
        } else if (suffix == QLatin1String("pdf")) {
            written = plot->savePdf(tmp, width, height);
        } else if (suffix == QLatin1String("svg")) {
            QSvgGenerator svg;
            svg.setFileName(tmp);
            svg.setSize(QSize(width, height));
            svg.setViewBox(QRect(0, 0, width, height));
            svg.setTitle(plot->yAxis->label());
            QCPPainter painter;
            if (painter.begin(&svg)) {
                plot->toPainter(&painter, width, height);
                written = painter.end();
            }
        }
        if (!written) return false;
        file.commit();
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace faultke::gui
