#include "core/sweep/SweepTable.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "core/util/Csv.h"
#include "core/util/Error.h"

namespace faultke {

const std::vector<std::string>& sweepTableRankings() {
    static const std::vector<std::string> columns{"eval_acc2sd", "eval_loss"};
    return columns;
}

namespace {

MeanSd meanSd(const std::vector<double>& values) {
    MeanSd m;
    m.n = int(values.size());
    if (values.empty()) return m;
    for (double v : values) m.mean += v;
    m.mean /= double(values.size());
    if (values.size() > 1) {
        double ss = 0;
        for (double v : values) ss += (v - m.mean) * (v - m.mean);
        m.sd = std::sqrt(ss / double(values.size() - 1));
    }
    return m;
}

// The table's figures, in CSV order: the rankings, then the test figures reported beside them.
const std::vector<std::string> kCsvColumns{"eval_acc2sd", "eval_loss", "test_acc2sd", "test_r2"};

const MeanSd& figure(const SweepTableRow& row, const std::string& column) {
    if (column == "eval_loss") return row.evalLoss;
    if (column == "test_acc2sd") return row.testAccuracy;
    if (column == "test_r2") return row.testR2;
    return row.evalAccuracy;
}

}  // namespace

std::vector<SweepTableRow> sweepTable(const std::vector<SweepRunStatus>& runs, const std::string& sort) {
    if (sort == "test_acc2sd" || sort == "test_r2")
        throw Error("'" + sort +
                    "' is reported, never used to rank: test windows choose nothing (sort by eval_acc2sd or "
                    "eval_loss)");
    const auto& columns = sweepTableRankings();
    if (std::find(columns.begin(), columns.end(), sort) == columns.end())
        throw Error("unknown column '" + sort + "': expected eval_acc2sd or eval_loss");
    std::vector<SweepTableRow> rows;
    std::map<std::string, std::vector<double>> figures[4];
    for (const SweepRunStatus& s : runs) {
        auto row = std::find_if(rows.begin(), rows.end(),
                                [&](const SweepTableRow& r) { return r.combination == s.run.combination; });
        if (row == rows.end()) {
            rows.push_back({s.run.combination, s.run.values, {}, 0, {}, {}, {}, {}});
            row = rows.end() - 1;
        }
        row->runs.push_back(s.run.name);
        const int best = s.summary.best.epoch;
        if (best < 1 || best > s.summary.epochs()) continue;
        const HistoryRow& h = s.summary.history[size_t(best - 1)];
        ++row->finished;
        figures[0][row->combination].push_back(h.eval().accuracy2sd);
        figures[1][row->combination].push_back(h.eval().loss);
        figures[2][row->combination].push_back(h.test().accuracy2sd);
        figures[3][row->combination].push_back(h.test().r2);
    }
    for (SweepTableRow& row : rows) {
        row.evalAccuracy = meanSd(figures[0][row.combination]);
        row.evalLoss = meanSd(figures[1][row.combination]);
        row.testAccuracy = meanSd(figures[2][row.combination]);
        row.testR2 = meanSd(figures[3][row.combination]);
    }
    const bool lowerFirst = sort == "eval_loss";
    std::stable_sort(rows.begin(), rows.end(), [&](const SweepTableRow& a, const SweepTableRow& b) {
        const MeanSd &x = figure(a, sort), &y = figure(b, sort);
        if ((x.n > 0) != (y.n > 0)) return x.n > 0;  // combinations without results last
        return lowerFirst ? x.mean < y.mean : x.mean > y.mean;
    });
    return rows;
}

std::string sweepTableCsv(const std::vector<SweepTableRow>& rows) {
    std::vector<std::string> keys;
    for (const SweepTableRow& row : rows)
        for (auto it = row.values.begin(); it != row.values.end(); ++it)
            if (std::find(keys.begin(), keys.end(), it.key()) == keys.end()) keys.push_back(it.key());
    std::ostringstream out;
    out.precision(6);
    out << "combination";
    for (const std::string& key : keys) out << ',' << csvField(key);
    out << ",runs,finished";
    for (const std::string& column : kCsvColumns) out << ',' << column << "_mean," << column << "_sd";
    out << '\n';
    for (const SweepTableRow& row : rows) {
        out << csvField(row.combination);
        for (const std::string& key : keys) {
            const auto it = row.values.find(key);
            out << ','
                << (it == row.values.end() ? std::string()
                                           : csvField(it->is_string() ? it->get<std::string>() : it->dump()));
        }
        out << ',' << row.runs.size() << ',' << row.finished;
        for (const std::string& column : kCsvColumns) {
            const MeanSd& m = figure(row, column);
            if (m.n == 0)
                out << ",,";
            else
                out << ',' << m.mean << ',' << m.sd;
        }
        out << '\n';
    }
    return out.str();
}

}  // namespace faultke
