#pragma once
// What the main window asks of every page, so that a new page is the page itself and one entry in
// MainWindow's list (MainWindow::Page, its key, createPages): the page bar's name and tip, the
// project it shows, the moment it comes to the front, and messages for the status bar.
#include <QString>
#include <QWidget>

namespace faultke {
class Project;
}

namespace faultke::gui {

class PageWidget : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The page bar's entry: the name (its & letter underlined) and what the page is for.
    virtual QString pageTitle() const = 0;
    virtual QString pageToolTip() const = 0;
    // The project the page shows; nullptr when none is open.
    virtual void setProject(faultke::Project* project) = 0;
    // The page came to the front: it catches up with what changed while it was hidden.
    virtual void pageShown() {}

signals:
    void statusMessage(const QString& text, int timeoutMs);
};

}  // namespace faultke::gui
