// libFuzzer target: any bytes as a sequence of edits and requests to the language server on the
// Centraal-Gelderland model (each record: an operation byte, a line, a character, a length and a text),
// sent as framed messages through the whole server; it must never crash or hang, whatever the text becomes.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "lsp/server.h"

namespace {

using nlohmann::json;

// The model's text, read once from the source tree.
const std::string& model_text() {
  static const std::string text = [] {
    std::ifstream in(std::string(REGELWERK_SOURCE_DIR) + "/rules/centraal-gelderland.regels");
    std::ostringstream read;
    read << in.rdbuf();
    return read.str();
  }();
  return text;
}

// Appends one framed message to `stream`.
void frame(std::string& stream, const json& message) {
  std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
  stream += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string uri = "file:///fuzz/centraal-gelderland.regels";
  std::string stream;
  int id = 1;
  frame(stream, json{{"jsonrpc", "2.0"}, {"id", id++}, {"method", "initialize"}, {"params", json::object()}});
  frame(stream, json{{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                     {"params", {{"textDocument", {{"uri", uri}, {"languageId", "regels"}, {"version", 1}, {"text", model_text()}}}}}});
  static const char* const requests[] = {"textDocument/hover", "textDocument/completion", "textDocument/definition",
                                         "textDocument/references", "textDocument/rename", "textDocument/documentSymbol",
                                         "textDocument/formatting", "textDocument/foldingRange"};
  std::size_t at = 0;
  for (int version = 2; at + 6 <= size && version < 66; ++version) {
    std::uint8_t operation = data[at];
    json position{{"line", (data[at + 1] << 8 | data[at + 2]) % 450}, {"character", data[at + 3] % 140}};
    std::size_t length = data[at + 4] % 16, text_size = data[at + 5] % 32;
    at += 6;
    std::string text(reinterpret_cast<const char*>(data + at), std::min(text_size, size - at));
    at += text.size();
    json params{{"textDocument", {{"uri", uri}, {"version", version}}}, {"position", position}};
    if (operation % 2 == 0) {
      json end{{"line", position["line"]}, {"character", position["character"].get<int>() + static_cast<int>(length)}};
      params["contentChanges"] = json::array({{{"range", {{"start", position}, {"end", end}}}, {"text", text}}});
      frame(stream, json{{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"}, {"params", params}});
    } else {
      params["newName"] = text;
      params["context"] = {{"includeDeclaration", true}};
      frame(stream, json{{"jsonrpc", "2.0"}, {"id", id++}, {"method", requests[(operation / 2) % 8]}, {"params", params}});
    }
  }
  frame(stream, json{{"jsonrpc", "2.0"}, {"id", id++}, {"method", "shutdown"}});
  frame(stream, json{{"jsonrpc", "2.0"}, {"method", "exit"}});
  std::istringstream in(stream);
  std::ostringstream out;
  rw::lsp::serve_language_server(in, out);
  return 0;
}
