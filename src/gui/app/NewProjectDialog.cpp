#include "gui/app/NewProjectDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/data/Project.h"
#include "gui/widgets/BreakableText.h"

namespace faultke::gui {

namespace {

// "New Project", or "New Project 2", ...: a name not taken in `location`, so Create works at once.
QString freeName(const QString& location) {
    const QString base = NewProjectDialog::tr("New Project");
    QString name = base;
    for (int i = 2; QFileInfo::exists(QDir(location).filePath(name)); ++i)
        name = QStringLiteral("%1 %2").arg(base).arg(i);
    return name;
}

}  // namespace

NewProjectDialog::NewProjectDialog(const QString& location, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New Project"));
    location_ = new QLineEdit(QDir::toNativeSeparators(location));
    location_->setObjectName(QStringLiteral("projectLocationEdit"));
    auto* browse = new QPushButton(tr("Browse…"));
    name_ = new QLineEdit(freeName(location));
    name_->setObjectName(QStringLiteral("projectNameEdit"));
    name_->setToolTip(tr("The project's folder: made when it does not exist; an existing one must be empty"));
    name_->selectAll();
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("newProjectStatus"));
    status_->setWordWrap(true);
    status_->setMinimumWidth(460);
    // Room for a refusal naming a long path: the dialog does not grow while the user types.
    status_->setMinimumHeight(status_->fontMetrics().lineSpacing() * 3);
    status_->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    create_ = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    create_->setObjectName(QStringLiteral("createProjectButton"));
    create_->setDefault(true);

    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(location_, 1);
    locationRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Create in:"), locationRow);
    form->addRow(tr("Folder name:"), name_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &NewProjectDialog::chooseLocation);
    connect(location_, &QLineEdit::textChanged, this, &NewProjectDialog::updateStatus);
    connect(name_, &QLineEdit::textChanged, this, &NewProjectDialog::updateStatus);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateStatus();
    name_->setFocus();
}

QString NewProjectDialog::folder() const {
    const QString location = QDir::fromNativeSeparators(location_->text().trimmed());
    const QString name = name_->text().trimmed();
    if (location.isEmpty()) return name;
    return QDir::cleanPath(name.isEmpty() ? location : QDir(location).filePath(name));
}

void NewProjectDialog::chooseLocation() {
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Where the Project's Folder Goes"),
                                                             QDir::fromNativeSeparators(location_->text()));
    if (!chosen.isEmpty()) location_->setText(QDir::toNativeSeparators(chosen));
}

// What Create would do, in the core's own words when it would refuse.
void NewProjectDialog::updateStatus() {
    const QString path = folder();
    QString text;
    bool ok = false;
    if (path.isEmpty() || QDir::isRelativePath(path)) {
        text = tr("Choose where the project goes.");
    } else {
        try {
            faultke::Project::checkNewProjectFolder(path.toStdString());
            ok = true;
            text = QFileInfo(path).isDir() ? tr("The empty folder %1 becomes the project.")
                                           : tr("Creates the folder %1 for the project.");
            text = text.arg(QDir::toNativeSeparators(path));
        } catch (const std::exception& e) {
            text = QString::fromStdString(e.what());
        }
    }
    status_->setStyleSheet(ok ? QString() : QStringLiteral("color: #b41414;"));
    status_->setText(breakable(text));
    create_->setEnabled(ok);
}

}  // namespace faultke::gui
