#include "runtime/eval/check_data.h"

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/data/json_path.h"
#include "runtime/eval/interpreter.h"

namespace rw {

namespace {

// Walks the loaded values along their declared types, checking each record where it was read.
class DataChecker {
 public:
  DataChecker(const CheckedModel& model, const SourceFile& source, const Dataset& data, std::vector<DataError>& errors)
      : model_(model), source_(source), evaluator_(model, source, data), errors_(errors),
        checks_(model.tables.records.size()) {
    for (const RecordCheckInfo& check : model.record_checks) checks_.at(check.record).push_back(&check);
    for (const RecordInfo& record : model.tables.records) {
      std::optional<int> year = record.field_index("year");
      year_fields_.push_back(year && record.fields[*year].type.unwrapped().is(TypeKind::Integer) ? *year : -1);
    }
    if (!model.rules.empty()) years_ = model.year_span();
  }

  // Checks every record inside `value` (of type `type`, read from `file` at `path`).
  void walk(const Value& value, const Type& type, const std::string& file, const JsonPath& path) {
    if (const auto* list = std::get_if<ListPtr>(&value); list && type.unwrapped().is(TypeKind::List)) {
      for (std::size_t i = 0; i < (*list)->items.size(); ++i) {
        walk((*list)->items[i], *type.unwrapped().element, file, path.index(i));
      }
    } else if (const auto* record = std::get_if<RecordPtr>(&value)) {
      check_record(**record, file, path);
    }
  }

 private:
  const CheckedModel& model_;
  const SourceFile& source_;
  ConditionEvaluator evaluator_;
  std::vector<DataError>& errors_;
  std::vector<std::vector<const RecordCheckInfo*>> checks_;  // by record declaration: its require lines
  std::vector<int> year_fields_;                             // by record declaration: its integer field `year`, or -1
  std::optional<std::pair<int, int>> years_;                 // the first and last year of the rules, if any

  // Checks the records inside `record`, then its year and its require lines.
  void check_record(const RecordValue& record, const std::string& file, const JsonPath& path) {
    const RecordInfo& decl = model_.tables.records.at(record.decl);
    for (std::size_t i = 0; i < decl.fields.size(); ++i) {
      walk(record.fields[i], decl.fields[i].type, file, path.key(decl.fields[i].name));
    }
    if (int year = year_fields_[record.decl]; year >= 0 && years_) check_year(record.fields[year], file, path.key("year"));
    for (const RecordCheckInfo* check : checks_[record.decl]) {
      std::vector<Value> frame = record.fields;
      frame.resize(std::max<std::size_t>(frame.size(), check->frame_size));
      std::variant<bool, std::string> holds = evaluator_.holds(*check->check->condition, frame);
      if (const bool* met = std::get_if<bool>(&holds); met && *met) continue;
      const SourceRange range = check->check->condition->range;
      const auto* failure = std::get_if<std::string>(&holds);
      std::string message = failure ? say("cannot check the model's requirement '{}' on this {} ({}): {}", source_.slice(range),
                                          decl.name, source_.location(range), *failure)
                                    : say("{} (this {} does not meet '{}', {})", check->check->message, decl.name,
                                          source_.slice(range), source_.location(range));
      errors_.push_back({file, path.to_string(), std::move(message)});
    }
  }

  // Reports a year outside the years of the rules.
  void check_year(const Value& year, const std::string& file, const JsonPath& path) {
    const auto* number = std::get_if<Rational>(&year);
    if (!number || (*number >= Rational(years_->first) && *number <= Rational(years_->second))) return;
    errors_.push_back({file, path.to_string(),
                       say("{} is not a year this model settles: its rules cover {}..{}, so no rule would ever read this "
                           "record; correct the year",
                           number->to_string(), years_->first, years_->second)});
  }
};

}  // namespace

std::vector<DataError> check_data(const Program& program, const Dataset& data) {
  const CheckedModel& model = program.model;
  const SourceFile& source = *program.source;
  std::vector<DataError> errors;
  DataChecker checker(model, source, data, errors);
  for (std::size_t i = 0; i < model.tables.inputs.size(); ++i) {
    const InputInfo& input = model.tables.inputs[i];
    JsonPath root = JsonPath::root();
    checker.walk(data.inputs.at(i), input.type, data.input_files.at(i), root.key(input.name));
  }
  return errors;
}

std::vector<DataError> check_value(const CheckedModel& model, const SourceFile& source, const Dataset& data, const Value& value,
                                   const Type& type, const std::string& file, const JsonPath& path) {
  std::vector<DataError> errors;
  DataChecker checker(model, source, data, errors);
  checker.walk(value, type, file, path);
  return errors;
}

LoadResult load_model_data(const Program& program, const std::filesystem::path& path, const DataOptions& options) {
  LoadResult result = load_data(program.model.tables, path, options);
  if (!result.data) return result;
  result.errors = check_data(program, *result.data);
  place_errors(*result.data, program.model.tables, result.errors);
  cap_errors(result.errors, path.string());
  if (!result.errors.empty()) result.data.reset();
  return result;
}

}  // namespace rw
