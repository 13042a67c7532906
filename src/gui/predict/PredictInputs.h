#pragma once
// The Predict page's inputs: files dropped, opened or pasted become rows of the prediction table.
// Unsupported files are refused by type at once; the rest are read in the background
// (FaultMapReader); a GIS file of several layers or features asks which fault is meant
// (TraceLayerDialog), and a choice of many faults goes to the page as a fault database. What
// goes wrong is said through `said` / `refusedOnRead`, naming the file; nothing here predicts.
#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/gis/FaultDatabase.h"
#include "core/gis/FaultTraces.h"
#include "gui/predict/FaultMapReader.h"

class QDragEnterEvent;
class QDropEvent;
class QWidget;

namespace faultke::gui {

class PredictionTableModel;

class PredictInputs : public QObject {
    Q_OBJECT
public:
    // table: where inputs are added; dialogParent: the parent of the dialogs asked.
    PredictInputs(PredictionTableModel* table, QWidget* dialogParent);
    ~PredictInputs() override;

    // Adds files as a drop does: supported ones are read in the background, the rest refused.
    void openFiles(const QStringList& paths);
    // Adds a picture (pasted or dropped as image data). False when it is empty.
    bool addImage(const QImage& image);
    void paste();
    // Open…: starts in the folder of the last maps opened, else `fallbackFolder`.
    void openDialog(const QString& fallbackFolder);
    // A frame of a .mat input read again into its row.
    void readFrame(int id, const QString& path, int frame);
    // One fault of a GIS file (chosen on the Faults tab) read as a new input.
    void readFault(const QString& path, const TraceQuery& query);
    // The page's drag and drop: files (local ones only) or image data.
    static void acceptDrag(QDragEnterEvent* event);
    void drop(QDropEvent* event);

    FaultMapReader* reader() const { return reader_; }

signals:
    // A message for the page's message line, replacing what it shows (empty: clear it).
    void said(const QString& text, bool error);
    // Files that could not be read, said after what the same drop refused by type.
    void refusedOnRead(const QString& reasons);
    // Rows added or read again; `select` the row to show (-1: none), `several` when a batch of
    // more than one file came in.
    void added(int select, bool several);
    // A GIS file whose faults are to be predicted one by one (the Faults tab).
    void databaseChosen(const QString& path, const TraceQuery& query, const FaultGroupingChoice& grouping);

private:
    void addRead(std::vector<FaultMapReader::Outcome> outcomes);
    void chooseTraces(const FaultMapReader::Outcome& outcome);

    PredictionTableModel* table_;
    QWidget* dialogParent_;
    FaultMapReader* reader_;
    QString openFolder_;  // where Open… starts
    int pasted_ = 0;
};

}  // namespace faultke::gui
