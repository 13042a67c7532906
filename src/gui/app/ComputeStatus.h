#pragma once
// The status-bar label that says where the network will run: "CPU · 2 threads" or the GPU.
#include <QLabel>

#include "core/model/Device.h"

namespace faultke::gui {

class ComputeStatus : public QLabel {
    Q_OBJECT
public:
    explicit ComputeStatus(QWidget* parent = nullptr);

    // Resolves `choice` again (after Preferences changed it) and shows the result.
    void refresh(faultke::DeviceChoice choice);

    // "CPU · 2 threads", "NVIDIA H100 (CUDA)".
    static QString describe(const faultke::DeviceInfo& device);
};

}  // namespace faultke::gui
