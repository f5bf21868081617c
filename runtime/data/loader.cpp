#include "runtime/data/loader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "lang/diagnostics.h"
#include "runtime/data/json_tree.h"

namespace rw {

namespace {

constexpr std::size_t max_errors = 100;

const char* json_kind_name(JsonNode::Kind kind) {
  switch (kind) {
    case JsonNode::Kind::Null: return "null";
    case JsonNode::Kind::Bool: return "true/false";
    case JsonNode::Kind::Number: return "a number";
    case JsonNode::Kind::String: return "text";
    case JsonNode::Kind::Array: return "an array";
    case JsonNode::Kind::Object: return "an object";
  }
  return "?";
}

// The JSON path of a key below `path`: $.clients, or $["odd key"] when the key is not a plain name.
std::string key_path(const std::string& path, const std::string& key) {
  bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
  return plain ? path + "." + key : path + "[\"" + key + "\"]";
}

// Validates one JSON value against one declared type and converts it; reports into `errors`.
class Validator {
 public:
  Validator(const ModelTables& model, const std::string& file, std::vector<DataError>& errors)
      : model_(model), file_(file), errors_(errors) {}

  Value convert(const JsonNode& node, const Type& type, const std::string& path);

 private:
  const ModelTables& model_;
  const std::string& file_;
  std::vector<DataError>& errors_;

  Value fail(const std::string& path, std::string message) {
    errors_.push_back({file_, path, std::move(message)});
    return Absent{};
  }
  Value expected(const JsonNode& node, const std::string& path, const std::string& what) {
    return fail(path, fmt::format("expected {}, found {}", what, json_kind_name(node.kind)));
  }
  Value number(const JsonNode& node, const Type& type, const std::string& path);
  Value money(const JsonNode& node, const std::string& path);
  Value date(const JsonNode& node, const std::string& path);
  Value record(const JsonNode& node, int decl, const std::string& path);
  Value name_in(const JsonNode& node, const std::vector<std::string>& names, const std::string& what, const std::string& path);
};

Value Validator::number(const JsonNode& node, const Type& type, const std::string& path) {
  bool integer = type.is(TypeKind::Integer);
  if (node.kind != JsonNode::Kind::Number && (integer || node.kind != JsonNode::Kind::String)) {
    return expected(node, path, integer ? "a whole number" : "a decimal number such as 0.025 or \"0.025\"");
  }
  if (node.text.find_first_of("eE") != std::string::npos) {
    return fail(path, fmt::format("write {} without an exponent (as plain digits)", node.text));
  }
  auto value = Rational::parse_decimal(node.text);
  if (!value) return fail(path, fmt::format("'{}' is not a decimal number; write it as 0.025", node.text));
  if (integer && !value->is_integer()) return fail(path, fmt::format("expected a whole number, found {}", node.text));
  return *value;
}

Value Validator::money(const JsonNode& node, const std::string& path) {
  if (node.kind != JsonNode::Kind::Number && node.kind != JsonNode::Kind::String) {
    return expected(node, path, "an amount such as \"690000.00\"");
  }
  const std::string& text = node.text;
  std::size_t point = text.find('.');
  bool ambiguous = text.find(',') != std::string::npos ||
                   (point != std::string::npos && text.find('.', point + 1) != std::string::npos);
  if (ambiguous) {
    return fail(path, fmt::format("'{}' is ambiguous: write amounts with a '.' before the cents only, e.g. \"6000.00\"", text));
  }
  if (point != std::string::npos && text.size() - point - 1 > 2) {
    return fail(path, fmt::format("'{}': an amount has at most 2 decimals (cents); write e.g. \"6000.00\"", text));
  }
  if (text.find_first_of("eE") != std::string::npos) {
    return fail(path, fmt::format("write the amount {} without an exponent, e.g. \"6000.00\"", text));
  }
  auto value = Rational::parse_decimal(text);
  if (!value) return fail(path, fmt::format("'{}' is not an amount; write it as \"6000.00\"", text));
  return *value;
}

Value Validator::date(const JsonNode& node, const std::string& path) {
  if (node.kind != JsonNode::Kind::String) return expected(node, path, "a date such as \"2025-01-01\"");
  if (auto value = Date::parse(node.text)) return *value;
  const std::string& t = node.text;
  bool shaped = t.size() == 10 && t[4] == '-' && t[7] == '-' &&
                std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
  if (shaped) {
    int year = std::stoi(t.substr(0, 4)), month = std::stoi(t.substr(5, 2));
    if (month >= 1 && month <= 12 && year >= 1) {
      static const char* months[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"};
      return fail(path, fmt::format("{} is not a calendar date ({} {} has {} days)", t, months[month - 1], year,
                                    days_in_month(year, month)));
    }
    return fail(path, fmt::format("{} is not a calendar date (months are 01 to 12)", t));
  }
  return fail(path, fmt::format("'{}' is not a date; write dates as \"YYYY-MM-DD\", e.g. \"2025-01-01\"", t));
}

Value Validator::name_in(const JsonNode& node, const std::vector<std::string>& names, const std::string& what,
                         const std::string& path) {
  if (node.kind != JsonNode::Kind::String) return expected(node, path, what);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == node.text) return AccountRef{static_cast<int>(i)};
  }
  std::string hint = closest_name(node.text, names);
  return fail(path, fmt::format("'{}' is not {}{}", node.text, what,
                                hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
}

Value Validator::record(const JsonNode& node, int decl, const std::string& path) {
  const RecordDecl& record = model_.records.at(decl);
  if (node.kind != JsonNode::Kind::Object) return expected(node, path, fmt::format("an object (a {} record)", record.name));
  auto result = std::make_shared<RecordValue>();
  result->decl = decl;
  result->origin = file_ + ": " + path;
  std::vector<std::string> field_names;
  for (const FieldDecl& field : record.fields) field_names.push_back(field.name);
  for (const auto& [key, value] : node.members) {
    if (!record.field_index(key)) {
      std::string hint = closest_name(key, field_names);
      fail(key_path(path, key), fmt::format("a {} record has no field '{}'{}", record.name, key,
                                            hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    }
  }
  for (const FieldDecl& field : record.fields) {
    const JsonNode* value = node.find(field.name);
    std::string field_path = key_path(path, field.name);
    if (!value && !field.type.is(TypeKind::Optional)) {
      fail(field_path, fmt::format("missing field '{}' ({})", field.name, type_name(field.type, model_)));
      result->fields.push_back(Absent{});
    } else {
      result->fields.push_back(value ? convert(*value, field.type, field_path) : Value(Absent{}));
    }
  }
  return RecordPtr(std::move(result));
}

Value Validator::convert(const JsonNode& node, const Type& type, const std::string& path) {
  if (errors_.size() >= max_errors) return Absent{};
  switch (type.kind) {
    case TypeKind::Optional:
      if (node.kind == JsonNode::Kind::Null) return Absent{};
      return convert(node, *type.element, path);
    case TypeKind::Bool:
      if (node.kind != JsonNode::Kind::Bool) return expected(node, path, "true or false");
      return node.boolean;
    case TypeKind::Integer:
    case TypeKind::Decimal: return number(node, type, path);
    case TypeKind::Money: return money(node, path);
    case TypeKind::Date: return date(node, path);
    case TypeKind::Text:
      if (node.kind != JsonNode::Kind::String) return expected(node, path, "text");
      return node.text;
    case TypeKind::Duration: {
      if (node.kind != JsonNode::Kind::String) return expected(node, path, "a duration such as \"12 months\"");
      std::istringstream words(node.text);
      std::int64_t count = 0;
      std::string unit, rest;
      if (words >> count >> unit && !(words >> rest) && count >= 0 && count <= 1000000) {
        if (unit == "day" || unit == "days") return Duration{0, count};
        if (unit == "month" || unit == "months") return Duration{count, 0};
        if (unit == "year" || unit == "years") return Duration{12 * count, 0};
      }
      return fail(path, fmt::format("'{}' is not a duration; write e.g. \"30 days\", \"12 months\" or \"1 year\"", node.text));
    }
    case TypeKind::Period: {
      if (node.kind != JsonNode::Kind::Object) return expected(node, path, "a period such as {\"start\": \"2025-01-01\", \"end\": null}");
      for (const auto& [key, value] : node.members) {
        if (key != "start" && key != "end") fail(key_path(path, key), fmt::format("a period has only 'start' and 'end', not '{}'", key));
      }
      const JsonNode* start = node.find("start");
      if (!start) return fail(key_path(path, "start"), "missing field 'start' (date)");
      Value start_value = date(*start, key_path(path, "start"));
      const JsonNode* end = node.find("end");
      Value end_value = end && end->kind != JsonNode::Kind::Null ? date(*end, key_path(path, "end")) : Value(Absent{});
      auto* s = std::get_if<Date>(&start_value);
      auto* e = std::get_if<Date>(&end_value);
      if (!s || (end && end->kind != JsonNode::Kind::Null && !e)) return Absent{};
      if (e && *e < *s) return fail(key_path(path, "end"), fmt::format("the period ends ({}) before it starts ({})", e->to_string(), s->to_string()));
      return Period{*s, e ? std::optional<Date>(*e) : std::nullopt};
    }
    case TypeKind::Member: {
      std::vector<std::string> members;
      for (int i = 0; i < model_.member_count; ++i) members.push_back(model_.accounts[i].id);
      return name_in(node, members, "a member of the region", path);
    }
    case TypeKind::Account: {
      std::vector<std::string> accounts;
      for (const AccountDecl& account : model_.accounts) accounts.push_back(account.id);
      return name_in(node, accounts, "an account of the model", path);
    }
    case TypeKind::Enum: {
      const EnumDecl& decl = model_.enums.at(type.decl);
      if (node.kind == JsonNode::Kind::String) {
        for (std::size_t i = 0; i < decl.variants.size(); ++i) {
          if (decl.variants[i] == node.text) return EnumValue{type.decl, static_cast<int>(i)};
        }
      }
      std::string allowed;
      for (const std::string& v : decl.variants) allowed += (allowed.empty() ? "" : ", ") + ("\"" + v + "\"");
      return fail(path, fmt::format("expected one of {} ({}), found {}", allowed, decl.name,
                                    node.kind == JsonNode::Kind::String ? "\"" + node.text + "\"" : json_kind_name(node.kind)));
    }
    case TypeKind::Record: return record(node, type.decl, path);
    case TypeKind::List: {
      if (node.kind != JsonNode::Kind::Array) return expected(node, path, "an array");
      auto list = std::make_shared<ListValue>();
      list->items.reserve(node.items.size());
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        list->items.push_back(convert(node.items[i], *type.element, fmt::format("{}[{}]", path, i)));
      }
      return ListPtr(std::move(list));
    }
    default: return fail(path, "this kind of value cannot come from data");
  }
}

// Reads a whole file; nullopt if it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::string render(const DataError& error) {
  if (error.json_path.empty()) return fmt::format("{}: error: {}\n", error.file, error.message);
  return fmt::format("{}: {}: error: {}\n", error.file, error.json_path, error.message);
}

void load_json_text(const ModelTables& model, const std::string& file, const std::string& text, Dataset& out,
                    std::vector<bool>& seen, std::vector<DataError>& errors) {
  auto parsed = parse_json(text);
  if (auto* error = std::get_if<JsonParseError>(&parsed)) {
    errors.push_back({file, "", fmt::format("invalid JSON at line {}, column {}: {}", error->line, error->column, error->message)});
    return;
  }
  const JsonNode& root = std::get<JsonNode>(parsed);
  if (root.kind != JsonNode::Kind::Object) {
    errors.push_back({file, "$", fmt::format("expected an object whose keys are the model's inputs, found {}", json_kind_name(root.kind))});
    return;
  }
  std::vector<std::string> input_names;
  for (const InputDecl& input : model.inputs) input_names.push_back(input.name);
  Validator validator(model, file, errors);
  for (const auto& [key, value] : root.members) {
    auto it = std::find(input_names.begin(), input_names.end(), key);
    if (it == input_names.end()) {
      std::string hint = closest_name(key, input_names);
      errors.push_back({file, key_path("$", key), fmt::format("the model has no input '{}'{}", key,
                                                              hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint))});
      continue;
    }
    std::size_t index = it - input_names.begin();
    if (seen[index]) {
      errors.push_back({file, key_path("$", key), fmt::format("input '{}' is also given in {}", key, out.input_files[index])});
      continue;
    }
    seen[index] = true;
    out.input_files[index] = file;
    out.inputs[index] = validator.convert(value, model.inputs[index].type, key_path("$", key));
  }
}

LoadResult load_data(const ModelTables& model, const std::filesystem::path& path) {
  LoadResult result;
  Dataset data;
  data.inputs.assign(model.inputs.size(), Absent{});
  data.input_files.assign(model.inputs.size(), "");
  std::vector<bool> seen(model.inputs.size());
  std::vector<std::filesystem::path> files;
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
      if (entry.path().extension() == ".json" && !entry.is_directory()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) result.errors.push_back({path.string(), "", "the folder has no .json data files"});
  } else if (std::filesystem::exists(path, error)) {
    files.push_back(path);
  } else {
    result.errors.push_back({path.string(), "", "no such data file or folder"});
  }
  for (const auto& file : files) {
    auto text = read_file(file);
    if (!text) {
      result.errors.push_back({file.string(), "", "cannot read this file"});
      continue;
    }
    load_json_text(model, file.string(), *text, data, seen, result.errors);
    if (result.errors.size() >= max_errors) break;
  }
  for (std::size_t i = 0; i < model.inputs.size() && result.errors.empty(); ++i) {
    if (!seen[i]) {
      result.errors.push_back({path.string(), "", fmt::format("missing input '{}' (declared as {})", model.inputs[i].name,
                                                              type_name(model.inputs[i].type, model))});
    }
  }
  if (result.errors.size() > max_errors) {
    std::size_t more = result.errors.size() - max_errors;
    result.errors.resize(max_errors);
    result.errors.push_back({path.string(), "", fmt::format("... and {} more errors", more)});
  }
  if (result.errors.empty()) result.data = std::move(data);
  return result;
}

}  // namespace rw
