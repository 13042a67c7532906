#pragma once
// The Data page's left column: the project's experiments as a table (role editable in place),
// Add Files / Add Folder / Remove, and the selected experiment's details (file, variables, what
// labelling found). It asks; the page decides: adding and removing go through signals.
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace faultke::gui {

class ExperimentListModel;

class ExperimentListPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentListPanel(ExperimentListModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    QLabel* detailsLabel() const { return details_; }
    // The selected row, -1 when none.
    int currentRow() const;
    void selectRow(int row);
    // A message in place above the buttons (what was refused, and why); links in it come back
    // through noticeLinkActivated. An empty text hides it.
    void setNotice(const QString& html);
    QLabel* noticeLabel() const { return notice_; }
    // Where the file dialogs open.
    void setStartFolder(const QString& folder) { startFolder_ = folder; }

public slots:
    void chooseFiles();
    void chooseFolder();
    // Shows the details of the selected row again (its file was read or labelled).
    void updateDetails();

signals:
    void addRequested(const QStringList& paths);
    void removeRequested(int row);
    void currentRowChanged(int row);
    void noticeLinkActivated(const QString& link);

private:
    void updateSpans();

    ExperimentListModel* model_;
    QTableView* table_;
    QPushButton* removeButton_;
    QLabel* details_;
    QLabel* notice_;
    QString startFolder_;
};

}  // namespace faultke::gui
