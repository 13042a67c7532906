#include <QDir>

#include "support/TestSupport.h"

namespace faultke::test {

std::string writeSyntheticExperiment(const QString& dir, const std::string& name, int frames, uint64_t seed,
                                     MatVersion version) {
    SyntheticSpec spec;
    spec.name = name;
    spec.frames = frames;
    spec.seed = seed;
    const std::string path = QDir(dir).filePath(QString::fromStdString(name) + ".mat").toStdString();
    writeExperiment(generateExperiment(spec), path, version);
    return path;
}

}  // namespace faultke::test
