#pragma once
// LSP values in JSON: positions, ranges and locations to and from nlohmann::json, and the error codes
// of JSON-RPC and LSP.
#include <nlohmann/json.hpp>
#include <string>

#include "lang/source.h"
#include "lsp/text_positions.h"

namespace rw::lsp {

using nlohmann::json;

// JSON-RPC and LSP error codes.
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int request_failed = -32803;

// A failed request: the error code and message the client is told.
struct RequestError {
  int code = request_failed;
  std::string message;
};

// A Position as JSON: {line, character}.
json to_json(Position position);
// A Range as JSON: {start, end}.
json to_json(const Range& range);
// The LSP range of byte range `range` of the text `lines` indexes.
Range to_range(const LineIndex& lines, SourceRange range);
// A Location: `uri` and the LSP range of `range` in `lines`.
json location(const std::string& uri, const LineIndex& lines, SourceRange range);
// A Position from its JSON (`line`, `character`).
Position position_from_json(const json& value);
Range range_from_json(const json& value);
// params.textDocument.uri.
std::string document_uri(const json& params);

}  // namespace rw::lsp
