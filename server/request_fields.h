#pragma once
// The JSON body of an API request, and its fields read with their type checked: every problem names
// the field by its JSON path (/sets/0) and says what was expected.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "lang/checked_model.h"
#include "runtime/eval/overrides.h"

namespace rw {

// A request body: a JSON object (an empty body counts as {}), or why it is not one.
std::variant<nlohmann::json, std::string> parse_request_body(const std::string& body);

// The text at `key` (nullopt when absent or null), or the problem when it is no text.
std::variant<std::optional<std::string>, std::string> text_field(const nlohmann::json& request, const std::string& key);
// The whole number at `key` (nullopt when absent or null), or the problem when it is none.
std::variant<std::optional<int>, std::string> integer_field(const nlohmann::json& request, const std::string& key);
// The true/false at `key` (`absent` when absent or null), or the problem when it is neither.
std::variant<bool, std::string> flag_field(const nlohmann::json& request, const std::string& key, bool absent = false);

// Keeps in `problem` the first problem of the fields read (results of the *_field functions), in order.
template <typename... Fields>
void first_problem(std::string& problem, const Fields&... fields) {
  auto note = [&](const auto& field) {
    if (const auto* found = std::get_if<std::string>(&field); found && problem.empty()) problem = *found;
  };
  (note(fields), ...);
}

// The what-if a request asks for, as the CLI's --scenario then --set options would give it:
// {"scenario": NAME, "sets": ["NAME=VALUE" or "NAME@YEAR=VALUE", ...]}, both optional; or the first problem,
// its JSON path starting with `at` (the path of `request` in the body: "" for the body itself).
std::variant<Overrides, std::string> read_what_if(const CheckedModel& model, const nlohmann::json& request, const std::string& at = "");

}  // namespace rw
