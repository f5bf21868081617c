#include "runtime/data/data_messages.h"

#include <fmt/format.h>

#include "lang/diagnostics.h"
#include "messages/say.h"

namespace rw {

std::string close_name(const std::string& name, const std::vector<std::string>& candidates) {
  std::string closest = closest_name(name, candidates);
  return closest == name ? "" : closest;
}

std::string name_list(const std::vector<std::string>& names, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < limit; ++i) out += (i == 0 ? "" : ", ") + names[i];
  if (names.size() > limit) out += say(", ... ({} in all)", names.size());
  return out;
}

std::string describe_json(const JsonNode& node) {
  switch (node.kind) {
    case JsonNode::Kind::Null: return "null";
    case JsonNode::Kind::Bool: return node.boolean ? "true" : "false";
    case JsonNode::Kind::Number: return say("the number {}", excerpt(node.text));
    case JsonNode::Kind::String: return say("the text \"{}\"", excerpt(node.text));
    case JsonNode::Kind::Array: return std::string(tr("an array"));
    case JsonNode::Kind::Object: return std::string(tr("an object"));
  }
  return std::string(tr("an unknown JSON value"));
}

}  // namespace rw
