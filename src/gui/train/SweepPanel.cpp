#include "gui/train/SweepPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>

#include <csignal>

#include "core/sweep/SweepSpec.h"
#include "core/util/Error.h"
#include "gui/app/CliProgram.h"
#include "gui/train/SweepDialog.h"
#include "gui/train/SweepTableDialog.h"

namespace faultke::gui {

SweepPanel::SweepPanel(QWidget* parent)
    : QWidget(parent),
      sweep_(new QPushButton(tr("Sweep…"))),
      table_(new QPushButton(tr("Sweep table…"))),
      stop_(new QPushButton(tr("Stop sweep"))),
      status_(new QLabel),
      process_(new QProcess(this)) {
    sweep_->setObjectName(QStringLiteral("sweepButton"));
    sweep_->setToolTip(tr("Train a grid of parameter values, each over several seeds, here or on a SLURM cluster"));
    table_->setObjectName(QStringLiteral("sweepTableButton"));
    table_->setToolTip(tr("A sweep's combinations with mean ± SD over their seeds"));
    stop_->setObjectName(QStringLiteral("stopSweepButton"));
    stop_->setToolTip(
        tr("Stop the trainings at their next batch; their epochs are kept and the sweep continues "
           "when run again"));
    stop_->setEnabled(false);
    status_->setObjectName(QStringLiteral("sweepStatus"));
    status_->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sweep_);
    layout->addWidget(table_);
    layout->addWidget(status_, 1);
    layout->addWidget(stop_);
    process_->setProcessChannelMode(QProcess::MergedChannels);
    connect(sweep_, &QPushButton::clicked, this, &SweepPanel::openDialog);
    connect(table_, &QPushButton::clicked, this, &SweepPanel::openTable);
    connect(stop_, &QPushButton::clicked, this, &SweepPanel::stop);
    connect(process_, &QProcess::readyRead, this, [this] {
        // The pool reports one line per start and end; the last says where it stands.
        const QStringList lines = QString::fromUtf8(process_->readAll()).trimmed().split('\n');
        if (!lines.isEmpty() && !lines.last().isEmpty()) showStatus(tr("%1: %2").arg(running_, lines.last()), false);
    });
    connect(process_, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        stop_->setEnabled(false);
        sweep_->setEnabled(true);
        if (code == 0)
            showStatus(tr("%1: done").arg(running_), false);
        else if (code == 130)
            showStatus(
                tr("%1: stopped; Sweep table… shows what finished, and running it again continues").arg(running_),
                false);
        else
            showStatus(tr("%1 ended with an error: %2").arg(running_, status_->text()), true);
    });
    setProject({}, {});
}

SweepPanel::~SweepPanel() {
    // A local sweep outlives the window, as a cluster job would: it is not stopped here.
    if (process_->state() != QProcess::NotRunning) {
        process_->disconnect(this);
        process_->setParent(nullptr);
        process_->closeReadChannel(QProcess::StandardOutput);
    }
}

void SweepPanel::setProject(const QString& experimentsDir, const QString& dataset) {
    experimentsDir_ = experimentsDir;
    dataset_ = dataset;
    sweep_->setEnabled(!experimentsDir.isEmpty() && !isRunning());
    table_->setEnabled(!experimentsDir.isEmpty());
}

void SweepPanel::setBlocker(const QString& reason) {
    sweep_->setEnabled(reason.isEmpty() && !experimentsDir_.isEmpty() && !isRunning());
    sweep_->setToolTip(reason.isEmpty() ? tr("Train a grid of parameter values, each over several seeds, here or "
                                             "on a SLURM cluster")
                                        : reason);
}

bool SweepPanel::isRunning() const { return process_->state() != QProcess::NotRunning; }

void SweepPanel::openDialog() {
    if (experimentsDir_.isEmpty() || !base_) return;
    SweepDialog dialog(base_(), dataset_, experimentsDir_, this);
    if (dialog.exec() == QDialog::Accepted) startSweep(dialog);
}

bool SweepPanel::startSweep(const SweepDialog& dialog) {
    if (isRunning()) {
        showStatus(tr("A sweep runs already: stop it first."), true);
        return false;
    }
    const QString program = cliProgramPath();
    if (program.isEmpty()) {
        showStatus(tr("faultke-cli was not found beside FaultKE or on PATH: sweeps run through it."), true);
        return false;
    }
    try {
        const SweepSpec spec = dialog.spec();
        if (QFileInfo::exists(dialog.sweepDir())) throw Error(dialog.sweepDir().toStdString(), "exists already");
        spec.save(dialog.sweepDir().toStdString());
    } catch (const std::exception& e) {
        showStatus(QString::fromStdString(e.what()), true);
        return false;
    }
    running_ = dialog.name();
    process_->start(program, {QStringLiteral("sweep"), QStringLiteral("run"), dialog.sweepDir()});
    if (!process_->waitForStarted()) {
        showStatus(tr("faultke-cli did not start: %1").arg(process_->errorString()), true);
        return false;
    }
    sweep_->setEnabled(false);
    stop_->setEnabled(true);
    showStatus(tr("%1: starting; its runs appear in the list as they train").arg(running_), false);
    return true;
}

void SweepPanel::stop() {
    if (!isRunning()) return;
    ::kill(pid_t(process_->processId()), SIGINT);  // as Ctrl-C: each training stops at its next batch
    showStatus(tr("%1: stopping…").arg(running_), false);
}

void SweepPanel::openTable() {
    auto* dialog = new SweepTableDialog(experimentsDir_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SweepTableDialog::overlayRequested, this, &SweepPanel::overlayRequested);
    dialog->show();
}

void SweepPanel::showStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

}  // namespace faultke::gui
