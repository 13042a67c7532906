#include "gui/app/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <thread>

#include "gui/app/Translations.h"

namespace faultke::gui {

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent),
      initialLanguage_(current.language),
      language_(new QComboBox(this)),
      restartNote_(new QLabel(this)),
      device_(new QComboBox(this)),
      threads_(new QSpinBox(this)),
      projectFolder_(new QLineEdit(this)) {
    setWindowTitle(tr("Preferences"));

    for (const Language& l : availableLanguages()) language_->addItem(l.nativeName, l.code);
    language_->setCurrentIndex(std::max(0, language_->findData(current.language)));
    restartNote_->setText(tr("The new language is used after FaultKE restarts."));
    restartNote_->setWordWrap(true);
    QFont small = restartNote_->font();
    small.setItalic(true);
    restartNote_->setFont(small);
    connect(language_, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);

    const bool cuda = faultke::cudaAvailable();
    device_->addItem(tr("Automatic (GPU when available)"), QStringLiteral("auto"));
    device_->addItem(tr("CPU"), QStringLiteral("cpu"));
    device_->addItem(cuda ? tr("CUDA GPU") : tr("CUDA GPU (not available)"), QStringLiteral("cuda"));
    device_->setCurrentIndex(
        std::max(0, device_->findData(QString::fromLatin1(faultke::deviceChoiceName(current.device)))));
    device_->setToolTip(tr("Where training, evaluation and prediction run."));

    const int hardware = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    threads_->setRange(0, std::max(256, hardware));
    threads_->setSpecialValueText(tr("All (%1)").arg(hardware));
    threads_->setValue(current.cpuThreads);
    threads_->setToolTip(tr("Threads used on the CPU; takes effect after FaultKE restarts."));

    projectFolder_->setText(current.projectFolder);
    projectFolder_->setPlaceholderText(QDir::toNativeSeparators(Preferences().effectiveProjectFolder()));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseProjectFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(projectFolder_, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), language_);
    form->addRow(QString(), restartNote_);
    form->addRow(tr("Compute &device:"), device_);
    form->addRow(tr("CPU &threads:"), threads_);
    // A layout has no focus to give: the label's mnemonic goes to the line edit.
    auto* folderLabel = new QLabel(tr("Default project &folder:"), this);
    folderLabel->setBuddy(projectFolder_);
    form->addRow(folderLabel, folderRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateRestartNote();
}

Preferences PreferencesDialog::preferences() const {
    Preferences p;
    p.language = language_->currentData().toString();
    p.device = faultke::parseDeviceChoice(device_->currentData().toString().toStdString());
    p.cpuThreads = threads_->value();
    p.projectFolder = projectFolder_->text().trimmed();
    return p;
}

void PreferencesDialog::browseProjectFolder() {
    const QString start =
        projectFolder_->text().isEmpty() ? Preferences().effectiveProjectFolder() : projectFolder_->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Default Project Folder"), start);
    if (!folder.isEmpty()) projectFolder_->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::updateRestartNote() {
    restartNote_->setVisible(language_->currentData().toString() != initialLanguage_);
}

}  // namespace faultke::gui
