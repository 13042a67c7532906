// ExperimentListModel: what each cell shows for a row being read, labelled, unreadable or
// with a bad crop, and role edits through setData.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "core/data/Labels.h"
#include "gui/data/ExperimentListModel.h"

using faultke::ExperimentRole;
using faultke::gui::ExperimentListModel;
using faultke::gui::ExperimentRow;

namespace {

ExperimentRow row(const QString& path) {
    ExperimentRow r;
    r.absolutePath = path;
    r.storedPath = path;
    return r;
}

}  // namespace

class TestExperimentListModel : public QObject {
    Q_OBJECT
private slots:
    void cellsFollowTheRowState() {
        ExperimentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row("/data/EB_025_1.mat"), row("/data/BROKEN_1.mat")});
        QCOMPARE(model.rowCount(), 2);
        auto cell = [&](int r, int c) { return model.data(model.index(r, c)).toString(); };

        // Not read yet: the name from the file, placeholders elsewhere.
        QCOMPARE(cell(0, ExperimentListModel::NameColumn), QStringLiteral("EB_025_1"));
        QCOMPARE(cell(0, ExperimentListModel::FramesColumn), QStringLiteral("…"));
        QCOMPARE(cell(0, ExperimentListModel::SamplesColumn), QStringLiteral("…"));
        QCOMPARE(cell(0, ExperimentListModel::RoleColumn), QStringLiteral("split"));

        // Read and labelled.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto labels = std::make_shared<faultke::LabelTable>();
        labels->kept.resize(17);
        model.updateRow(0, [&](ExperimentRow& r) {
            faultke::ExperimentInfo info;
            info.name = "EB_025_1";
            info.frames = 40;
            info.rows = 135;
            info.cols = 313;
            r.info = info;
            r.labels = labels;
            r.labelsPending = false;
            r.velRange = std::pair{0.25, 0.5};
        });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(0, ExperimentListModel::FramesColumn), QStringLiteral("40"));
        QCOMPARE(cell(0, ExperimentListModel::SizeColumn), QString::fromUtf8("135×313"));
        QCOMPARE(cell(0, ExperimentListModel::VelocityColumn), QString::fromUtf8("0.250–0.500"));
        QCOMPARE(cell(0, ExperimentListModel::SamplesColumn), QStringLiteral("17"));

        // Unreadable: the problem without the repeated file name, in red, the whole message as tip.
        model.updateRow(1, [](ExperimentRow& r) {
            r.fileError = "/data/BROKEN_1.mat: truncated file";
            r.labelsPending = false;
        });
        QCOMPARE(cell(1, ExperimentListModel::FramesColumn), QStringLiteral("error: truncated file"));
        QCOMPARE(model.data(model.index(1, 0), Qt::ToolTipRole).toString(),
                 QStringLiteral("/data/BROKEN_1.mat: truncated file"));
        QVERIFY(model.data(model.index(1, 0), Qt::ForegroundRole).isValid());
        QCOMPARE(cell(1, ExperimentListModel::SamplesColumn), QString());

        // A crop that does not fit: the label error shows in the samples column.
        model.updateRow(0, [](ExperimentRow& r) { r.labelError = "the crop needs 200 rows"; });
        QCOMPARE(cell(0, ExperimentListModel::SamplesColumn), QStringLiteral("error"));
        QCOMPARE(model.rowOf("/data/BROKEN_1.mat"), 1);
        QCOMPARE(model.rowOf("/data/none.mat"), -1);
    }

    void roleIsEditedInPlace() {
        ExperimentListModel model;
        model.setRows({row("/data/A_1.mat")});
        QSignalSpy edited(&model, &ExperimentListModel::roleEdited);
        const QModelIndex role = model.index(0, ExperimentListModel::RoleColumn);
        QVERIFY(model.flags(role) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, ExperimentListModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(role, int(ExperimentRole::TrainOnly)));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().at(1).value<ExperimentRole>(), ExperimentRole::TrainOnly);
        QCOMPARE(model.row(0).role, ExperimentRole::TrainOnly);
        QVERIFY(!model.setData(role, 99));  // no such role
        QVERIFY(!model.setData(model.index(0, ExperimentListModel::NameColumn), "x"));
        QCOMPARE(edited.count(), 1);

        model.removeRowAt(0);
        QCOMPARE(model.rowCount(), 0);
        model.removeRowAt(5);  // out of range: nothing happens
    }
};

QTEST_MAIN(TestExperimentListModel)
#include "test_experiment_list_model.moc"
