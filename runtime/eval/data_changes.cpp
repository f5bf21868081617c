#include "runtime/eval/data_changes.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/data/data_messages.h"
#include "runtime/data/json_tree.h"
#include "runtime/data/unique_keys.h"
#include "runtime/data/value_converter.h"
#include "runtime/eval/check_data.h"
#include "runtime/eval/interpreter.h"

namespace rw {

namespace {

// The byte offset of 1-based `line` and `column` (in characters) within `text`, or text.size().
std::size_t offset_of(const std::string& text, int line, int column) {
  std::size_t offset = 0;
  for (int l = 1; l < line && offset < text.size(); ++offset) {
    if (text[offset] == '\n') ++l;
  }
  for (int c = 1; c < column && offset < text.size(); ++c) {
    ++offset;
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;  // UTF-8 continuation
  }
  return offset;
}

// The records of a list input (an input not given is no records).
std::vector<Value> items_of(const Value& input) {
  const auto* list = std::get_if<ListPtr>(&input);
  return list ? (*list)->items : std::vector<Value>{};
}

// Applies one scenario's changes, one by one, to its own copy of the data.
class DataChanger {
 public:
  DataChanger(const CheckedModel& model, const SourceFile& source, const Dataset& data, const Overrides& overrides,
              ChangedData& out)
      : model_(model), source_(source), evaluator_(model, source, data, overrides), out_(out),
        year_(model.rules.empty() ? 0 : model.year_span().first) {}

  // Applies change `index` of `scenario` to `data`; false after reporting why it cannot be applied.
  bool apply(const ScenarioInfo& scenario, std::size_t index, Dataset& data) {
    const ast::DataChange& change = scenario.decl->data_changes.at(index);
    const DataChangeInfo& info = scenario.data_changes.at(index);
    scenario_ = &scenario;
    Value& input = data.inputs.at(info.input);
    std::vector<Value> items = items_of(input);
    std::optional<std::string> description;
    switch (change.kind) {
      case ast::DataChangeKind::Add: description = add(change, info, data, items); break;
      case ast::DataChangeKind::Change: description = modify(change, info, data, items); break;
      case ast::DataChangeKind::Remove: description = remove(change, info, items); break;
    }
    if (!description || !keys_unique(change, info, items)) return false;
    auto list = std::make_shared<ListValue>();
    list->items = std::move(items);
    input = ListPtr(std::move(list));
    out_.descriptions.push_back(std::move(*description));
    return true;
  }

 private:
  const CheckedModel& model_;
  const SourceFile& source_;
  ConditionEvaluator evaluator_;
  ChangedData& out_;
  int year_;  // parameters in a change have their value of this year: the model's first
  const ScenarioInfo* scenario_ = nullptr;

  void error(SourceRange range, std::string message) {
    out_.diagnostics.push_back({Severity::Error, range, say("scenario {}: {}", scenario_->name, message), {}});
  }

  const InputInfo& input_of(const DataChangeInfo& info) const { return model_.tables.inputs.at(info.input); }

  // The record's key as the data writes it ("R-01"), or "" when its input has no key of one field.
  std::string key_of(const DataChangeInfo& info, const Value& item) const {
    const InputInfo& input = input_of(info);
    const auto* record = std::get_if<RecordPtr>(&item);
    if (input.key_fields.size() != 1 || !record) return "";
    return key_value(model_.tables, (*record)->fields.at(input.key_fields.front())).value_or("");
  }

  // "(R-01)", "(R-01, R-02)" or "(R-01 … R-10)" for the records' keys; "" without keys.
  std::string keys_in_brief(const DataChangeInfo& info, const std::vector<Value>& records) const {
    if (records.empty() || key_of(info, records.front()).empty()) return "";
    std::string first = key_of(info, records.front()), last = key_of(info, records.back());
    if (records.size() == 1) return " (" + first + ")";
    return fmt::format(" ({}{}{})", first, records.size() == 2 ? ", " : " … ", last);
  }

  // The text of the records an `add` gives (inline, or its file's), and the name its origins and messages use.
  std::optional<std::pair<std::string, std::string>> records_text(const ast::DataChange& change) {
    if (change.records_file.empty()) {
      return std::pair{change.records_json, fmt::format("scenario {} ({})", scenario_->name, source_.location(change.records_range))};
    }
    std::filesystem::path path = records_file_path(source_, change);
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || in.bad()) {
      error(change.records_range, say("cannot read the records file {} (a path relative to the folder of the rule file); "
                                      "check that it exists and is readable",
                                      path.string()));
      return std::nullopt;
    }
    return std::pair{text.str(), path.string()};
  }

  // Reports data errors found in records a change adds or makes, at `range` in the rule file.
  bool report_data_errors(const std::vector<DataError>& errors, SourceRange range, const std::string& what) {
    for (const DataError& e : errors) {
      std::string path = json_path(e);
      error(range, fmt::format("{}{}: {}", what, path.empty() || path == "$" ? "" : " " + path, e.message));
    }
    return errors.empty();
  }

  // `add to <input> [...]` or `from "<file>"`: reads the records as data and appends them.
  std::optional<std::string> add(const ast::DataChange& change, const DataChangeInfo& info, const Dataset& data,
                                 std::vector<Value>& items) {
    auto text = records_text(change);
    if (!text) return std::nullopt;
    const auto& [json, file] = *text;
    bool inline_json = change.records_file.empty();
    auto parsed = parse_json(json);
    if (const auto* bad = std::get_if<JsonParseError>(&parsed)) {
      SourceRange at = change.records_range;
      if (inline_json) at.begin += static_cast<std::uint32_t>(offset_of(json, bad->line, bad->column)), at.end = at.begin + 1;
      error(at, inline_json ? say("the records to add are not valid JSON: {}", bad->message)
                            : say("{}: invalid JSON at line {}, column {}: {}", file, bad->line, bad->column, bad->message));
      return std::nullopt;
    }
    const JsonNode& root = std::get<JsonNode>(parsed);
    const InputInfo& input = input_of(info);
    std::string what = inline_json ? std::string(tr("the added record")) : file + ":";
    if (root.kind != JsonNode::Kind::Array) {
      const std::string& record = model_.tables.records.at(info.record).name;
      error(change.records_range,
            inline_json ? say("the records to add must be a JSON list of {} records, [ {{...}}, ... ]; found {}", record,
                              describe_json(root))
                        : say("{} must be a JSON list of {} records, [ {{...}}, ... ]; found {}", file, record, describe_json(root)));
      return std::nullopt;
    }
    std::vector<DataError> errors;
    ValueConverter converter(model_.tables, file, errors);
    const JsonPath at = JsonPath::root();
    Value added = converter.convert(root, input.type, at);
    if (errors.empty()) errors = check_value(model_, source_, data, added, input.type, file, at);
    if (!report_data_errors(errors, change.records_range, what)) return std::nullopt;
    std::vector<Value> records = items_of(added);
    items.insert(items.end(), records.begin(), records.end());
    return fmt::format("adds {} {}{}", records.size(), input.name, keys_in_brief(info, records));
  }

  // The indices of the records a change or removal names (by key or `where`); nullopt after reporting none.
  std::optional<std::vector<std::size_t>> selected(const ast::DataChange& change, const DataChangeInfo& info,
                                                   const std::vector<Value>& items) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto* record = std::get_if<RecordPtr>(&items[i]);
      if (!record) continue;
      if (change.key) {
        if (key_of(info, items[i]) == *change.key) found.push_back(i);
        continue;
      }
      std::vector<Value> frame = (*record)->fields;
      frame.resize(std::max<std::size_t>(frame.size(), info.frame_size));
      std::variant<bool, std::string> holds = evaluator_.holds(*change.filter, frame);
      if (const auto* failure = std::get_if<std::string>(&holds)) {
        error(change.filter->range, say("cannot decide this condition for {}: {}", (*record)->origin, *failure));
        return std::nullopt;
      }
      if (std::get<bool>(holds)) found.push_back(i);
    }
    if (!found.empty()) return found;
    const InputInfo& input = input_of(info);
    if (change.key) {
      const FieldInfo& field = model_.tables.records.at(info.record).fields.at(input.key_fields.front());
      error(change.key_range, say("input '{}' has no record with {} \"{}\" (it has {} records); name a record of the data, or "
                                  "check that no earlier change removed it",
                                  input.name, field.name, *change.key, items.size()));
    } else {
      error(change.filter->range,
            change.kind == ast::DataChangeKind::Remove
                ? say("no record of input '{}' matches this condition (it has {} records), so the removal would do nothing; "
                      "correct the condition, or leave the removal out",
                      input.name, items.size())
                : say("no record of input '{}' matches this condition (it has {} records), so the change would do nothing; "
                      "correct the condition, or leave the change out",
                      input.name, items.size()));
    }
    return std::nullopt;
  }

  // `change <input> "key"|where ... { field = value ... }`: new values, computed from the record as it was.
  std::optional<std::string> modify(const ast::DataChange& change, const DataChangeInfo& info, const Dataset& data,
                                    std::vector<Value>& items) {
    auto chosen = selected(change, info, items);
    if (!chosen) return std::nullopt;
    const RecordInfo& decl = model_.tables.records.at(info.record);
    std::string fields;
    for (int field : info.fields) fields += (fields.empty() ? "" : ", ") + decl.fields.at(field).name;
    std::vector<Value> changed;
    for (std::size_t i : *chosen) {
      const RecordValue& before = *std::get<RecordPtr>(items[i]);
      std::vector<Value> frame = before.fields;
      frame.resize(std::max<std::size_t>(frame.size(), info.frame_size));
      auto after = std::make_shared<RecordValue>(before);
      for (std::size_t a = 0; a < change.assignments.size(); ++a) {
        auto value = evaluator_.value_in(*change.assignments[a].value, frame, year_);
        if (auto* failure = std::get_if<Diagnostic>(&value)) {
          error(failure->range, say("cannot compute the new {} of {}: {}", change.assignments[a].field.name, before.origin,
                                    failure->message));
          return std::nullopt;
        }
        after->fields.at(info.fields[a]) = std::move(std::get<Value>(value));
      }
      after->origin = fmt::format("{}, changed by scenario {} ({})", before.origin, scenario_->name, fields);
      std::vector<DataError> errors = check_value(model_, source_, data, RecordPtr(after), Type::record(info.record), "", JsonPath::root());
      if (!report_data_errors(errors, change.range, say("the changed record {}", before.origin))) return std::nullopt;
      items[i] = RecordPtr(after);
      changed.push_back(items[i]);
    }
    if (change.key) return fmt::format("changes {} {} ({})", input_of(info).name, *change.key, fields);
    return fmt::format("changes {} {} ({})", changed.size(), input_of(info).name, fields);
  }

  // `remove from <input> "key"|where ...`.
  std::optional<std::string> remove(const ast::DataChange& change, const DataChangeInfo& info, std::vector<Value>& items) {
    auto chosen = selected(change, info, items);
    if (!chosen) return std::nullopt;
    std::vector<Value> kept, removed;
    std::size_t next = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      bool drop = next < chosen->size() && (*chosen)[next] == i;
      (drop ? removed : kept).push_back(items[i]);
      next += drop ? 1 : 0;
    }
    items = std::move(kept);
    return fmt::format("removes {} {}{}", removed.size(), input_of(info).name, keys_in_brief(info, removed));
  }

  // After a change: no two records share a key (an added record, or a changed key field, may clash).
  bool keys_unique(const ast::DataChange& change, const DataChangeInfo& info, const std::vector<Value>& items) {
    const InputInfo& input = input_of(info);
    if (input.key_fields.empty()) return true;
    const RecordInfo& decl = model_.tables.records.at(info.record);
    std::map<std::string, const RecordValue*> first_with_key;
    bool unique = true;
    for (const Value& item : items) {
      const auto* record = std::get_if<RecordPtr>(&item);
      if (!record) continue;
      std::string identity, shown, names;
      for (int field : input.key_fields) {
        std::string value = key_value(model_.tables, (*record)->fields.at(field)).value_or("");
        identity += std::to_string(value.size()) + ":" + value;
        shown += (shown.empty() ? "" : ", ") + decl.fields[field].name + " \"" + value + "\"";
        names += (names.empty() ? "" : ", ") + decl.fields[field].name;
      }
      auto [first, added] = first_with_key.try_emplace(identity, record->get());
      if (added) continue;
      error(change.kind == ast::DataChangeKind::Add ? change.records_range : change.range,
            change.kind == ast::DataChangeKind::Add
                ? say("{} and {} have the same {}: input '{}' is keyed by {}, so each may appear only once; give the added "
                      "record another {}",
                      first->second->origin, (*record)->origin, shown, input.name, names, names)
                : say("{} and {} have the same {}: input '{}' is keyed by {}, so each may appear only once; give the changed "
                      "record another {}",
                      first->second->origin, (*record)->origin, shown, input.name, names, names));
      unique = false;
    }
    return unique;
  }
};

}  // namespace

std::filesystem::path records_file_path(const SourceFile& source, const ast::DataChange& change) {
  return std::filesystem::path(source.path()).parent_path() / change.records_file;
}

std::vector<std::filesystem::path> records_files(const SourceFile& source, const Overrides& overrides) {
  std::vector<std::filesystem::path> files;
  for (const ScenarioInfo* scenario : overrides.data_scenarios) {
    for (const ast::DataChange& change : scenario->decl->data_changes) {
      if (!change.records_file.empty()) files.push_back(records_file_path(source, change));
    }
  }
  return files;
}

ChangedData apply_data_changes(const CheckedModel& model, const SourceFile& source, const Dataset& data,
                               const Overrides& overrides) {
  ChangedData out;
  Dataset changed = data;
  DataChanger changer(model, source, data, overrides, out);
  for (const ScenarioInfo* scenario : overrides.data_scenarios) {
    for (std::size_t i = 0; i < scenario->data_changes.size(); ++i) {
      if (!changer.apply(*scenario, i, changed)) return out;
    }
  }
  out.data = std::move(changed);
  return out;
}

}  // namespace rw
