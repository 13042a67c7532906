#pragma once
// Helpers shared by the Qt Test suites: temporary folders, the optional ../shared reference
// material, synthetic experiments generated at test time, error messages and CLI runs.
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

#include "core/data/Synthetic.h"
#include "core/io/MatFile.h"
#include "core/util/Error.h"

namespace faultke::test {

// The reference folder beside the checkout, or an empty string when it is absent (tests QSKIP).
QString sharedDir();
// Path of a file under the shared folder; empty when absent.
QString sharedFile(const QString& relative);

// Path of the faultke-cli executable built with the tests.
QString cliPath();

// Runs what the event loop holds now (queued replots, posted layout requests), for a picture that
// shows the widgets' current state: a wait for a state, not for a time.
void flushEvents();

// Writes bytes to a file, replacing it; a failure to write fails the calling test.
void writeFile(const QString& path, const QByteArray& bytes);

struct CliResult {
    int exitCode = -1;  // -1 when it crashed or did not finish
    QString out, err;
};

// Runs faultke-cli with args, in workingDir when given; killed after timeoutMs.
CliResult runCli(const QStringList& args, const QString& workingDir = {},
                 const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                 int timeoutMs = 300000);

// The message of the faultke::Error that f throws, or an empty string when it does not throw.
template <typename F>
QString errorOf(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// "v5", "v5-compressed" or "v7.3", for data row names.
QString matVersionName(MatVersion version);

// Writes a small synthetic experiment (default: 135 x 313, `frames` frames) into dir and
// returns its path. Defined in SyntheticFixtures.cpp.
std::string writeSyntheticExperiment(const QString& dir, const std::string& name, int frames, uint64_t seed,
                                     MatVersion version = MatVersion::V5Compressed);

}  // namespace faultke::test
