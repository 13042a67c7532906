// faultke-test-maps DIR: writes the maps FaultKE's prediction is measured on (docs/prediction.md,
// scripts/prediction-quality.sh) into DIR: fig4's three insets as pictures and as GIS traces at
// their true scale (when ../shared is there), and drawn shapes: a straight trace at 25, 35, 50 and
// 65 % of a picture's height, a broad stepover, a straight trace turned 15 degrees; as GIS traces a
// straight fault due east and at azimuth 60, a stepover, and an arc turning 90 degrees (radius 12 km).
#include <QCoreApplication>
#include <QDir>

#include <cmath>
#include <cstdio>

#include "support/FaultMapDrawings.h"
#include "support/Fig4Maps.h"
#include "support/TraceFiles.h"

using namespace faultke::test;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: faultke-test-maps DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.path());
    const QStringList insets = cutFig4Insets(dir.path());
    if (insets.isEmpty()) std::fprintf(stderr, "fig4.png not found under the shared folder: no fig4 maps\n");
    for (int i = 0; i < insets.size(); ++i)
        vectoriseTraces(insets[i], dir.filePath(fig4Faults()[i].file + ".geojson"), fig4Faults()[i].pixelsPerKm);
    for (int percent : {25, 35, 50, 65}) {
        Drawing d;
        d.at = percent / 100.0;
        drawStraightTrace(dir.filePath(QString("straight-%1.png").arg(percent)), d);
    }
    drawStepover(dir.filePath("stepover.png"));
    Drawing turned;
    turned.degrees = 15;
    turned.cols = 1536;
    drawStraightTrace(dir.filePath("straight-turned-15.png"), turned);
    writeTraceFile(dir.filePath("straight-east.geojson"), "GeoJSON", 32611, straightFault(30));
    const double km = 30, azimuth = 60 * M_PI / 180;
    writeTraceFile(dir.filePath("straight-azimuth-60.geojson"), "GeoJSON", 32611,
                   {{"straight",
                     {{{kEasting, kNorthing},
                       {kEasting + km * 1000 * std::sin(azimuth), kNorthing + km * 1000 * std::cos(azimuth)}}}}});
    writeTraceFile(dir.filePath("stepover.geojson"), "GeoJSON", 32611, stepoverFault(20, 1.6, 2));
    writeTraceFile(dir.filePath("arc.geojson"), "GeoJSON", 32611, arcFault(12));
    std::printf("%s\n", qPrintable(dir.path()));
    return 0;
}
