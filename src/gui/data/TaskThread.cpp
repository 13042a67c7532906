#include "data/TaskThread.h"

namespace faultke::gui {

TaskThread::TaskThread(Work work, QObject* parent) : QThread(parent), work_(std::move(work)) {}

TaskThread::~TaskThread() {
    cancel();
    wait();
}

void TaskThread::run() {
    // The work reports its own errors through queued calls; nothing may escape a thread.
    try {
        work_(cancel_);
    } catch (...) {
    }
}

}  // namespace faultke::gui
