#pragma once
// A drop of local files as a file manager makes it (drag enter, then drop, with file:// URLs),
// for GUI tests. Header-only: the support library itself does not link Qt's GUI.
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QtTest>

namespace faultke::test {

inline void dropFiles(QWidget* target, const QStringList& paths) {
    QMimeData data;
    QList<QUrl> urls;
    for (const QString& p : paths) urls << QUrl::fromLocalFile(p);
    data.setUrls(urls);
    const QPoint at(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

}  // namespace faultke::test
