#include "gui/data/FramePanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "gui/data/FrameViewer.h"
#include "gui/data/KeTimelinePlot.h"

namespace faultke::gui {

namespace {

constexpr int kPlayIntervalMs = 120;

QString unitOf(Channel c) {
    switch (c) {
    case Channel::Curl: return FramePanel::tr("1/frame");
    case Channel::U:
    case Channel::V: return FramePanel::tr("mm");
    case Channel::Fault: return {};
    }
    return {};
}

}  // namespace

FramePanel::FramePanel(QWidget* parent) : QWidget(parent) {
    channelBox_ = new QComboBox;
    channelBox_->setObjectName("channelBox");
    channelBox_->addItem(tr("Fault map"), int(Channel::Fault));
    channelBox_->addItem(tr("Curl"), int(Channel::Curl));
    channelBox_->addItem(tr("u displacement"), int(Channel::U));
    channelBox_->addItem(tr("v displacement"), int(Channel::V));
    channelBox_->setToolTip(tr("Which field of the frame to show"));

    auto makeButton = [this](const char* name, QStyle::StandardPixmap icon, const QString& tip) {
        auto* b = new QToolButton;
        b->setObjectName(name);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    prevButton_ = makeButton("prevFrameButton", QStyle::SP_MediaSeekBackward, tr("Previous frame"));
    playButton_ = makeButton("playButton", QStyle::SP_MediaPlay, tr("Play / pause"));
    nextButton_ = makeButton("nextFrameButton", QStyle::SP_MediaSeekForward, tr("Next frame"));
    frameSlider_ = new QSlider(Qt::Horizontal);
    frameSlider_->setObjectName("frameSlider");
    frameLabel_ = new QLabel;
    frameLabel_->setObjectName("frameLabel");
    frameLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Frame %1 of 0–%2").arg(9999).arg(9999)));
    frameLabel_->setToolTip(tr("Frames are numbered from 0, as in the dataset file, the CSV files and faultke-cli"));

    overlayBox_ = new QComboBox;
    overlayBox_->setObjectName("overlayBox");
    overlayBox_->addItem(tr("Windows"), 1.0);
    overlayBox_->addItem(tr("Windows, faint"), 0.35);
    overlayBox_->addItem(tr("No windows"), 0.0);
    overlayBox_->setToolTip(
        tr("How the crop's windows are drawn over the frame, coloured by their split "
           "(train, eval, test); faint or none lets the field underneath show"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show")));
    controls->addWidget(channelBox_);
    controls->addWidget(overlayBox_);
    controls->addStretch();
    // Frame navigation under the frame, as in a video player.
    auto* navigation = new QHBoxLayout;
    navigation->addWidget(prevButton_);
    navigation->addWidget(playButton_);
    navigation->addWidget(nextButton_);
    navigation->addWidget(frameSlider_, 1);
    navigation->addWidget(frameLabel_);

    viewer_ = new FrameViewer;
    cursorLabel_ = new QLabel;
    cursorLabel_->setObjectName("cursorLabel");
    windowInfo_ = new QLabel;
    windowInfo_->setObjectName("windowInfoLabel");
    windowInfo_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Longer languages must wrap, not overlap, when the viewer column is narrow.
    cursorLabel_->setWordWrap(true);
    windowInfo_->setWordWrap(true);
    auto* info = new QHBoxLayout;
    info->addWidget(cursorLabel_, 1);
    info->addWidget(windowInfo_, 1);

    auto* viewerPanel = new QWidget;
    auto* viewerLayout = new QVBoxLayout(viewerPanel);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->addLayout(controls);
    viewerLayout->addWidget(viewer_, 1);
    viewerLayout->addLayout(navigation);
    viewerLayout->addLayout(info);

    timeline_ = new KeTimelinePlot;
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(viewerPanel);
    split->addWidget(timeline_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 380});
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setMinimumWidth(480);

    playTimer_ = new QTimer(this);
    playTimer_->setInterval(kPlayIntervalMs);
    connect(playTimer_, &QTimer::timeout, this, [this] {
        if (experiment_) setCurrentFrame((frame_ + 1) % experiment_->frames());
    });
    connect(channelBox_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        viewer_->setChannel(static_cast<Channel>(channelBox_->currentData().toInt()));
        updateCursorInfo(cursorRow_, cursorCol_);
    });
    connect(overlayBox_, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this] { viewer_->setOverlayOpacity(overlayBox_->currentData().toDouble()); });
    connect(frameSlider_, &QSlider::valueChanged, this, &FramePanel::setCurrentFrame);
    connect(prevButton_, &QToolButton::clicked, this, [this] { setCurrentFrame(frame_ - 1); });
    connect(nextButton_, &QToolButton::clicked, this, [this] { setCurrentFrame(frame_ + 1); });
    connect(playButton_, &QToolButton::clicked, this, &FramePanel::togglePlay);
    connect(viewer_, &FrameViewer::cropEdited, this, &FramePanel::cropEdited);
    connect(viewer_, &FrameViewer::cursorMoved, this, &FramePanel::updateCursorInfo);
    connect(viewer_, &FrameViewer::windowHovered, this, [this](int w) {
        hoveredWindow_ = w;
        updateWindowInfo();
    });
    connect(viewer_, &FrameViewer::windowClicked, this, [this](int w) {
        clickedWindow_ = w;
        viewer_->setHighlightedWindow(w);
        timeline_->setHighlightedWindow(w);
        updateWindowInfo();
    });
    connect(timeline_, &KeTimelinePlot::frameClicked, this, &FramePanel::setCurrentFrame);
    clear({});
}

void FramePanel::setExperiment(std::shared_ptr<const Experiment> experiment) {
    if (!experiment) {
        clear({});
        return;
    }
    if (experiment != experiment_) {
        clickedWindow_ = -1;
        viewer_->setHighlightedWindow(-1);
        timeline_->setHighlightedWindow(-1);
    }
    experiment_ = std::move(experiment);
    viewer_->setMessage({});
    viewer_->setExperiment(experiment_);
    {
        const QSignalBlocker block(frameSlider_);
        frameSlider_->setRange(0, std::max(0, experiment_->frames() - 1));
    }
    const int lastFrame = std::max(0, experiment_->frames() - 1);
    frame_ = frame_ < 0 ? lastFrame : std::clamp(frame_, 0, lastFrame);
    viewer_->setFrame(frame_);
    setCurrentFrame(frame_);
    updateWindowStatuses();
}

void FramePanel::clear(const QString& message) {
    stopPlaying();
    experiment_.reset();
    clickedWindow_ = hoveredWindow_ = -1;
    viewer_->setHighlightedWindow(-1);
    viewer_->setExperiment(nullptr);
    viewer_->setMessage(message);
    frameWindows_.clear();
    updateFrameControls();
    updateWindowInfo();
    cursorLabel_->clear();
}

void FramePanel::reset() {
    clear({});
    frame_ = -1;
    channelBox_->setCurrentIndex(0);
    timeline_->setLabels(nullptr, 0);
}

void FramePanel::setCrop(const CropSpec& crop) {
    crop_ = crop;
    viewer_->setCrop(crop);
    updateWindowStatuses();
}

void FramePanel::setWindowSplits(std::vector<Split> splits) { viewer_->setWindowSplits(std::move(splits)); }

void FramePanel::setDx(double dx) {
    dx_ = dx;
    viewer_->setDx(dx);
    updateWindowStatuses();
}

void FramePanel::setTimeline(const LabelTable* labels, int frames, const QString& message) {
    timeline_->setLabels(labels, frames, message);
    timeline_->setCurrentFrame(std::max(frame_, 0));
}

void FramePanel::setCurrentFrame(int frame) {
    if (!experiment_) return;
    frame = std::clamp(frame, 0, std::max(0, experiment_->frames() - 1));
    const bool changed = frame != frame_ || viewer_->frame() != frame;
    frame_ = frame;
    if (frameSlider_->value() != frame) {
        const QSignalBlocker block(frameSlider_);
        frameSlider_->setValue(frame);
    }
    if (changed) {
        viewer_->setFrame(frame);
        updateWindowStatuses();
    }
    timeline_->setCurrentFrame(frame);
    updateFrameControls();
    updateCursorInfo(cursorRow_, cursorCol_);
}

void FramePanel::selectWindow(int window) {
    clickedWindow_ = window;
    viewer_->setHighlightedWindow(window);
    timeline_->setHighlightedWindow(window);
    updateWindowInfo();
}

void FramePanel::updateFrameControls() {
    const int frames = experiment_ ? experiment_->frames() : 0;
    frameLabel_->setText(frames ? tr("Frame %1 of 0–%2").arg(frame_).arg(frames - 1) : tr("Frame –"));
    frameSlider_->setEnabled(frames > 1);
    prevButton_->setEnabled(frames > 0 && frame_ > 0);
    nextButton_->setEnabled(frames > 0 && frame_ < frames - 1);
    playButton_->setEnabled(frames > 1);
}

void FramePanel::togglePlay() {
    if (playTimer_->isActive() || !experiment_) {
        stopPlaying();
    } else {
        playTimer_->start();
        playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    }
}

void FramePanel::stopPlaying() {
    playTimer_->stop();
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void FramePanel::updateWindowStatuses() {
    frameWindows_.clear();
    std::vector<SampleStatus> statuses;
    if (experiment_) {
        try {
            crop_.validate(experiment_->rows(), experiment_->cols());
            for (const WindowRect& w : crop_.windows(experiment_->cols())) {
                frameWindows_.push_back(labelWindow(*experiment_, crop_, w.index, frame_, dx_));
                statuses.push_back(frameWindows_.back().status);
            }
        } catch (const std::exception&) {
            frameWindows_.clear();  // the crop does not fit this experiment: no overlay statuses
            statuses.clear();
        }
    }
    viewer_->setWindowStatuses(std::move(statuses));
    updateWindowInfo();
}

void FramePanel::updateWindowInfo() {
    const int w = hoveredWindow_ >= 0 ? hoveredWindow_ : clickedWindow_;
    if (w < 0 || w >= static_cast<int>(frameWindows_.size())) {
        windowInfo_->setText(frameWindows_.empty() ? QString() : tr("Hover or click a window to see its labels"));
        return;
    }
    const WindowLabel& l = frameWindows_[static_cast<size_t>(w)];
    QString status;
    switch (l.status) {
    case SampleStatus::Kept:
        // The SD named as on the Evaluate page, where 2SD decides what counts as correct.
        status = tr("KE %1 ± %2 (1SD), kept").arg(l.label.ke, 0, 'f', 2).arg(l.label.sd, 0, 'f', 2);
        break;
    case SampleStatus::EmptyFaultMap: status = tr("empty fault map (skipped)"); break;
    case SampleStatus::NonFinite: status = tr("NaN or Inf in the window (skipped)"); break;
    case SampleStatus::ZeroVelocity: status = tr("zero plate velocity (skipped)"); break;
    }
    windowInfo_->setText(tr("Window %1 · frame %2: %3").arg(w).arg(frame_).arg(status));
}

void FramePanel::updateCursorInfo(int row, int col) {
    cursorRow_ = row;
    cursorCol_ = col;
    if (!experiment_ || row < 0 || col < 0) {
        cursorLabel_->setText(experiment_ ? tr("Move the mouse over the frame to read values") : QString());
        return;
    }
    const Channel channel = viewer_->channel();
    const double value = viewer_->shownValue(row, col);
    QString shown;
    if (std::isnan(value))
        shown = channel == Channel::Fault ? tr("invalid (NaN/Inf)") : tr("NaN");
    else if (channel == Channel::Fault)
        shown = QString::number(value, 'f', 0);
    else
        shown = QString::number(value, 'g', 4) + " " + unitOf(channel);
    cursorLabel_->setText(tr("Row %1, column %2 (x %3 mm): %4").arg(row).arg(col).arg(col * dx_, 0, 'f', 1).arg(shown));
}

}  // namespace faultke::gui
