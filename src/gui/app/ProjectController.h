#pragma once
// The open project, owned by the application shell: new / open / save / close, the recent list,
// and the bundled sample project generated in the background. Everything takes paths, so tests
// (and the command line) drive it without dialogs; failures are reported through `failed`.
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

#include "core/data/Project.h"

namespace faultke::gui {

class BackgroundJob;

class ProjectController : public QObject {
    Q_OBJECT
public:
    explicit ProjectController(QObject* parent = nullptr);
    ~ProjectController() override;

    // nullptr when no project is open. Owned here; pages edit project()->settings.
    faultke::Project* project() const { return project_.get(); }
    bool hasProject() const { return project_ != nullptr; }
    QString folder() const;
    QString name() const;

    // Each returns true on success; on failure emits failed(title, message) and keeps the
    // project that was open.
    bool newProject(const QString& folder);
    bool openProject(const QString& folderOrFile);
    bool save();
    // As save(), but on failure puts the reason in *error instead of emitting failed: for a
    // caller that asks the user itself (closing the window).
    bool trySave(QString* error);
    void closeProject();
    // Closes without writing anything: the project's folder is gone, and a save would recreate
    // a folder that was deliberately removed, or write into an emptied mount point.
    void abandonProject();

    // The open project's settings changed: project.json is written shortly after the last of a
    // burst of edits (a dragged crop sends many), and at the latest before another project
    // opens, the project closes or the controller goes.
    void markModified();
    bool isModified() const { return modified_; }

    // Where the bundled sample project lives: <AppDataLocation>/sample-project.
    static QString sampleProjectFolder();
    // Opens the sample project, generating it first (in the background) when it is missing.
    // Returns false when generation could not start (another job runs). Frame count: options,
    // overridden by the FAULTKE_SAMPLE_FRAMES environment variable when set.
    bool openSampleProject(faultke::SampleProjectOptions options = {});
    // The job that generates the sample project, for progress and Cancel.
    BackgroundJob* sampleJob() const { return sampleJob_; }

signals:
    // A project was opened or created (project() is the new one) or closed (nullptr).
    void projectChanged(faultke::Project* project);
    void modifiedChanged(bool modified);
    // title: what was attempted ("Cannot open project"); message names the file and the problem.
    void failed(const QString& title, const QString& message);
    // The sample project generation ended without a project (cancelled or failed).
    void sampleProjectAbandoned();

private:
    void adopt(faultke::Project project);
    void saveIfModified();
    void setModified(bool modified);

    std::unique_ptr<faultke::Project> project_;
    BackgroundJob* sampleJob_;
    QTimer* saveTimer_;
    bool modified_ = false;
    std::shared_ptr<std::unique_ptr<faultke::Project>> sampleResult_;
};

}  // namespace faultke::gui
