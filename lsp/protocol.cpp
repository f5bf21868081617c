#include "lsp/protocol.h"

namespace rw::lsp {

json to_json(Position position) { return json{{"line", position.line}, {"character", position.character}}; }

json to_json(const Range& range) { return json{{"start", to_json(range.start)}, {"end", to_json(range.end)}}; }

Range to_range(const LineIndex& lines, SourceRange range) { return Range{lines.position(range.begin), lines.position(range.end)}; }

json location(const std::string& uri, const LineIndex& lines, SourceRange range) {
  return json{{"uri", uri}, {"range", to_json(to_range(lines, range))}};
}

Position position_from_json(const json& value) {
  return Position{value.at("line").get<int>(), value.at("character").get<int>()};
}

Range range_from_json(const json& value) {
  return Range{position_from_json(value.at("start")), position_from_json(value.at("end"))};
}

std::string document_uri(const json& params) { return params.at("textDocument").at("uri").get<std::string>(); }

}  // namespace rw::lsp
