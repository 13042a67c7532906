#include "gui/app/ComputeStatus.h"

#include "core/util/Error.h"

namespace faultke::gui {

ComputeStatus::ComputeStatus(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("computeStatus"));
    refresh(faultke::DeviceChoice::Auto);
}

void ComputeStatus::refresh(faultke::DeviceChoice choice) {
    try {
        const faultke::DeviceInfo device = faultke::resolveDevice(choice);
        setText(describe(device));
        setToolTip(tr("Training and prediction run on: %1").arg(QString::fromStdString(device.name)));
    } catch (const faultke::Error& e) {
        // CUDA chosen in Preferences but absent: say so and show the CPU it falls back to.
        const faultke::DeviceInfo cpu = faultke::resolveDevice(faultke::DeviceChoice::Cpu);
        setText(tr("%1 (CUDA unavailable)").arg(describe(cpu)));
        setToolTip(QString::fromStdString(e.what()));
    }
}

QString ComputeStatus::describe(const faultke::DeviceInfo& device) {
    if (device.cuda) return tr("GPU · %1").arg(QString::fromStdString(device.name));
    if (device.cpuThreads == 1) return tr("CPU · 1 thread");
    return tr("CPU · %1 threads").arg(device.cpuThreads);
}

}  // namespace faultke::gui
