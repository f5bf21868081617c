#include "runtime/data/data_messages.h"

#include <fmt/format.h>

#include "lang/diagnostics.h"

namespace rw {

std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates) {
  std::string closest = closest_name(name, candidates);
  return closest.empty() || closest == name ? "" : fmt::format("; did you mean '{}'?", closest);
}

std::string name_list(const std::vector<std::string>& names, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < limit; ++i) out += (i == 0 ? "" : ", ") + names[i];
  if (names.size() > limit) out += fmt::format(", ... ({} in all)", names.size());
  return out;
}

std::string describe_json(const JsonNode& node) {
  switch (node.kind) {
    case JsonNode::Kind::Null: return "null";
    case JsonNode::Kind::Bool: return node.boolean ? "true" : "false";
    case JsonNode::Kind::Number: return "the number " + excerpt(node.text);
    case JsonNode::Kind::String: return "the text \"" + excerpt(node.text) + "\"";
    case JsonNode::Kind::Array: return "an array";
    case JsonNode::Kind::Object: return "an object";
  }
  return "an unknown JSON value";
}

}  // namespace rw
