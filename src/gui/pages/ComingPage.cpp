#include "gui/pages/ComingPage.h"

#include <QDir>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

#include "core/data/Project.h"

namespace faultke::gui {

namespace {

// Paths with spaces must survive being pasted into a shell.
QString shellQuoted(const QString& path) {
    const QString native = QDir::toNativeSeparators(path);
    if (!native.contains(QLatin1Char(' ')) && !native.contains(QLatin1Char('\''))) return native;
    QString quoted = native;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

}  // namespace

ComingPage::ComingPage(const QIcon& icon, const QString& title, const QString& description,
                       const QString& commandTemplate, QWidget* parent)
    : QWidget(parent), commandTemplate_(commandTemplate), command_(new QPlainTextEdit(this)) {
    auto* iconLabel = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3;
    iconLabel->setPixmap(icon.pixmap(iconSize, iconSize));
    iconLabel->setAlignment(Qt::AlignCenter);
    iconLabel->setMinimumHeight(iconSize);

    auto* heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto* coming = new QLabel(tr("Coming in a later version of FaultKE"), this);
    QFont comingFont = coming->font();
    comingFont.setItalic(true);
    coming->setFont(comingFont);
    coming->setAlignment(Qt::AlignCenter);
    coming->setEnabled(false);  // the palette's muted text colour

    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    auto* meanwhile = new QLabel(tr("Until then, the command line does it:"), this);

    command_->setObjectName(QStringLiteral("cliCommand"));
    command_->setReadOnly(true);
    command_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    command_->setMaximumHeight(command_->fontMetrics().lineSpacing() * 5);
    command_->setFrameShape(QFrame::StyledPanel);

    // A column of readable width: its wrapped text then gets the height it needs.
    auto* column = new QWidget(this);
    column->setFixedWidth(fontMetrics().averageCharWidth() * 84);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(iconLabel);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(coming);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(text);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(meanwhile);
    columnLayout->addWidget(command_);

    // Centred by stretches rather than by alignment, so that the wrapped text's
    // height-for-width reaches the layout and nothing overlaps in a small window.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    updateCommand();
}

void ComingPage::setProject(const faultke::Project* project) {
    project_ = project;
    updateCommand();
}

QString ComingPage::command() const { return command_->toPlainText(); }

void ComingPage::updateCommand() {
    QString text = commandTemplate_;
    if (project_) {
        text.replace(QLatin1String("{project}"), shellQuoted(QString::fromStdString(project_->folder())));
        text.replace(QLatin1String("{data}"), shellQuoted(QString::fromStdString(project_->dataDir())));
        text.replace(QLatin1String("{dataset}"), shellQuoted(QString::fromStdString(project_->datasetPath())));
        text.replace(QLatin1String("{runs}"), shellQuoted(QString::fromStdString(project_->experimentsDir())));
    } else {
        text.replace(QLatin1String("{project}"), tr("PROJECT"));
        text.replace(QLatin1String("{data}"), tr("PROJECT/data"));
        text.replace(QLatin1String("{dataset}"), tr("PROJECT/dataset.mat"));
        text.replace(QLatin1String("{runs}"), tr("PROJECT/experiments"));
    }
    command_->setPlainText(text);
}

}  // namespace faultke::gui
