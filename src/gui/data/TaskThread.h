#pragma once
// A function run on its own thread with a cancel flag. The Data page uses it for work that must
// not block the GUI (reading experiment files, labelling, preparing the dataset); results come
// back as queued calls on the page. Deleting a TaskThread cancels it and waits for it to end.
#include <QThread>

#include <atomic>
#include <functional>

namespace faultke::gui {

class TaskThread : public QThread {
    Q_OBJECT
public:
    using Work = std::function<void(const std::atomic<bool>& cancel)>;

    explicit TaskThread(Work work, QObject* parent = nullptr);
    ~TaskThread() override;

    void cancel() { cancel_.store(true); }
    bool isCancelled() const { return cancel_.load(); }
    const std::atomic<bool>* cancelFlag() const { return &cancel_; }

protected:
    void run() override;

private:
    Work work_;
    std::atomic<bool> cancel_{false};
};

}  // namespace faultke::gui
