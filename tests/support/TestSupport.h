#pragma once
// Helpers shared by the Qt Test suites: temporary folders, the optional ../shared reference
// material, and synthetic experiments generated at test time.
#include <QString>
#include <QTemporaryDir>

#include <string>

#include "data/Synthetic.h"

namespace faultke::test {

// The reference folder beside the checkout, or an empty string when it is absent (tests QSKIP).
QString sharedDir();
// Path of a file under the shared folder; empty when absent.
QString sharedFile(const QString& relative);

// Path of the faultke-cli executable built with the tests.
QString cliPath();

// Writes a small synthetic experiment (default: 135 x 313, `frames` frames) into dir and
// returns its path. Defined in SyntheticFixtures.cpp.
std::string writeSyntheticExperiment(const QString& dir, const std::string& name, int frames, uint64_t seed,
                                     MatVersion version = MatVersion::V5Compressed);

}  // namespace faultke::test
