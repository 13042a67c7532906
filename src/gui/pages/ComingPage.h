#pragma once
// A page of the workflow that later versions will fill: it says what the page will do and
// which command line does it today (with the open project's paths filled in).
#include <QIcon>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace faultke {
class Project;
}

namespace faultke::gui {

class ComingPage : public QWidget {
    Q_OBJECT
public:
    // commandTemplate may use {project}, {data}, {dataset} and {runs}; they become the open
    // project's folder, data folder, dataset file and training-runs folder (or placeholders
    // when no project is open).
    ComingPage(const QIcon& icon, const QString& title, const QString& description, const QString& commandTemplate,
               QWidget* parent = nullptr);

    void setProject(const faultke::Project* project);
    QString command() const;

private:
    void updateCommand();

    QString commandTemplate_;
    const faultke::Project* project_ = nullptr;
    QPlainTextEdit* command_;
};

}  // namespace faultke::gui
