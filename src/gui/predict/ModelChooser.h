#pragma once
// Which model the Predict page uses: the bundled one (the default), a run of the project at its
// best or any epoch, a repeat group of runs or every run as an ensemble, or a model file (a
// checkpoint, a TorchScript export, a Keras .hdf5). It says which model is in use, and for the
// bundled one what it was trained on; its card is shown on request. Loading is the page's job.
// The Train page's "Start from" is the same chooser of one model (no ensembles), with random
// weights as its first choice.
#include <QStringList>
#include <QWidget>

#include <string>
#include <utility>
#include <vector>

#include "core/model/RunCatalog.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace faultke::gui {

struct ModelChoice {
    QStringList paths;  // kBundledModel, run folders or one file
    QString epoch = QStringLiteral("best");
    QString label;  // as the chooser lists it
    bool operator==(const ModelChoice& o) const { return paths == o.paths && epoch == o.epoch; }
};

class ModelChooser : public QWidget {
    Q_OBJECT
public:
    enum class Use {
        Predict,   // the model that predicts: one, or an ensemble
        StartFrom  // the model a training starts from, or none (random weights; empty paths)
    };
    explicit ModelChooser(Use use = Use::Predict, QWidget* parent = nullptr);

    // The runs the chooser offers (a project's); keeps the current choice when it is still there.
    void setRuns(const std::vector<RunSummary>& runs);
    // Adds a model file as a choice and selects it.
    void chooseFile(const QString& path);
    ModelChoice choice() const;
    // params.json's start_from of the choice ("" for random weights, "bundled", "RUN", "RUN:N",
    // a file), and the choice of one (a path not listed is added as a file).
    QString startFrom() const;
    void setStartFrom(const QString& startFrom);
    // What the page loaded, or why it could not; shown beside the chooser.
    void setInUse(const QString& description, bool bundled);
    void setLoading();
    void setFailed(const QString& message);

    QComboBox* modelBox() const { return model_; }
    QComboBox* epochBox() const { return epoch_; }
    QPushButton* cardButton() const { return card_; }
    QLabel* inUseLabel() const { return inUse_; }

signals:
    void choiceChanged();

private:
    void fillEpochs();
    void browse();
    void showCard();

    QComboBox* model_;
    QComboBox* epoch_;
    QPushButton* browse_;
    QPushButton* card_;
    QLabel* inUse_;
    std::vector<std::pair<std::string, int>> listed_;  // each run's folder and epochs, as listed
    Use use_;
};

}  // namespace faultke::gui
