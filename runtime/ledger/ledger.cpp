#include "runtime/ledger/ledger.h"

#include <fmt/format.h>

namespace rw {

std::vector<std::int64_t> Ledger::balances(int year) const {
  std::vector<std::int64_t> result(accounts.size(), 0);
  for (const Posting& posting : postings) {
    if (posting.year != year) continue;
    result[posting.from] -= posting.cents;
    result[posting.to] += posting.cents;
  }
  return result;
}

std::vector<std::int64_t> Ledger::closing_balances(int year) const {
  std::vector<std::int64_t> result = opening;
  result.resize(accounts.size(), 0);
  for (const Posting& posting : postings) {
    if (posting.year > year) continue;
    result[posting.from] -= posting.cents;
    result[posting.to] += posting.cents;
  }
  for (const auto& [key, flows] : unshown_flows) {
    if (key.first > year) continue;
    for (std::size_t a = 0; a < flows.size() && a < result.size(); ++a) result[a] += flows[a];
  }
  return result;
}

const char* subject_kind_name(ReportSubjectKind kind) {
  switch (kind) {
    case ReportSubjectKind::Rule: return "rule";
    case ReportSubjectKind::Record: return "record";
    case ReportSubjectKind::Member: return "member";
    case ReportSubjectKind::Account: return "account";
  }
  return "rule";
}

std::string ComputedUnder::describe() const {
  std::string text = scenario.empty() ? "" : "scenario " + scenario;
  for (std::size_t i = 0; i < data_changes.size(); ++i) text += (i == 0 ? ": " : "; ") + data_changes[i];
  for (const std::string& setting : settings) text += (text.empty() ? "--set " : ", --set ") + setting;
  if (!data.empty()) text = fmt::format("data {}", data) + (text.empty() ? "" : "; " + text);
  return text;
}

const std::vector<std::string>& Provenance::item_ids() const {
  static const std::vector<std::string> none;
  return items ? items->ids : none;
}

const std::vector<RecordPtr>& Provenance::item_records() const {
  static const std::vector<RecordPtr> none;
  return items ? items->records : none;
}

const std::vector<Contribution>& Provenance::each_contribution() const {
  static const std::vector<Contribution> none;
  return items ? items->each : none;
}

const std::string& Report::subject_origin() const {
  static const std::string none;
  return subject_record ? subject_record->origin : none;
}

const std::vector<ParameterUse>& Report::parameters() const {
  static const std::vector<ParameterUse> none;
  return parameter_uses ? *parameter_uses : none;
}

}  // namespace rw
