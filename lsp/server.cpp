#include "lsp/server.h"

#include <functional>
#include <iostream>
#include <map>

#include "lsp/handlers.h"
#include "lsp/transport.h"

namespace rw::lsp {

namespace {

using Handler = std::function<json(const Workspace&, const json&)>;

// The requests answered from the workspace, by method.
const std::map<std::string, Handler>& request_handlers() {
  static const std::map<std::string, Handler> handlers{
      {"textDocument/hover", hover},
      {"textDocument/definition", definition},
      {"textDocument/references", references},
      {"textDocument/rename", rename},
      {"textDocument/completion", completion},
      {"textDocument/documentSymbol", document_symbols},
      {"textDocument/formatting", formatting},
      {"textDocument/foldingRange", folding_ranges},
  };
  return handlers;
}

// What the server can do, for the answer to `initialize`.
json capabilities() {
  return json{{"positionEncoding", "utf-16"},
              {"textDocumentSync", json{{"openClose", true}, {"change", 2}}},
              {"hoverProvider", true},
              {"definitionProvider", true},
              {"referencesProvider", true},
              {"renameProvider", true},
              {"completionProvider", json{{"triggerCharacters", json::array({"."})}}},
              {"documentSymbolProvider", true},
              {"documentFormattingProvider", true},
              {"foldingRangeProvider", true}};
}

// The changes of a didChange's params.
std::vector<TextChange> text_changes(const json& params) {
  std::vector<TextChange> changes;
  for (const json& change : params.at("contentChanges")) {
    TextChange text_change{std::nullopt, change.at("text").get<std::string>()};
    if (change.contains("range")) text_change.range = range_from_json(change.at("range"));
    changes.push_back(std::move(text_change));
  }
  return changes;
}

class LanguageServer {
 public:
  explicit LanguageServer(std::ostream& out) : out_(out) {}

  // Handles one message; false once `exit` has come.
  bool handle(const std::string& body) {
    json message = json::parse(body, nullptr, false);
    if (message.is_discarded() || !message.is_object()) {
      respond_error(nullptr, parse_error, "the message is not a JSON object");
      return true;
    }
    if (!message.contains("method") || !message["method"].is_string()) {
      if (message.contains("id") && !message.contains("result") && !message.contains("error")) {
        respond_error(message["id"], invalid_request, "a request needs a method");
      }
      return true;  // an answer to a request of ours: there are none
    }
    std::string method = message["method"].get<std::string>();
    json params = message.contains("params") ? message["params"] : json::object();
    if (message.contains("id")) {
      request(message["id"], method, params);
      return true;
    }
    if (method == "exit") return false;
    notification(method, params);
    return true;
  }

  // Whether shutdown has been asked for.
  bool shut_down() const { return shut_down_; }

  // Writes a notification or a response.
  void send(const json& message) { write_message(out_, message.dump(-1, ' ', false, json::error_handler_t::replace)); }

 private:
  // Answers request `id` with `result`.
  void respond(const json& id, json result) { send(json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }
  // Answers request `id` with an error.
  void respond_error(const json& id, int code, const std::string& text) {
    send(json{{"jsonrpc", "2.0"}, {"id", id}, {"error", json{{"code", code}, {"message", text}}}});
  }

  // Answers one request: initialize, shutdown, or a request of the workspace.
  void request(const json& id, const std::string& method, const json& params) {
    if (method == "initialize") {
      initialized_ = true;
      respond(id, json{{"capabilities", capabilities()}, {"serverInfo", json{{"name", "regelwerk"}}}});
      return;
    }
    if (!initialized_) return respond_error(id, server_not_initialized, "the server has not been initialized");
    if (shut_down_) return respond_error(id, invalid_request, "the server is shut down; only exit is accepted");
    if (method == "shutdown") {
      shut_down_ = true;
      return respond(id, nullptr);
    }
    auto handler = request_handlers().find(method);
    if (handler == request_handlers().end()) return respond_error(id, method_not_found, "unknown method " + method);
    try {
      respond(id, handler->second(workspace_, params));
    } catch (const RequestError& error) {
      respond_error(id, error.code, error.message);
    } catch (const json::exception& error) {
      respond_error(id, invalid_params, std::string("invalid params: ") + error.what());
    } catch (const std::exception& error) {
      respond_error(id, internal_error, std::string("internal error: ") + error.what());
    }
  }

  // Handles a notification about the open documents; others are ignored.
  void notification(const std::string& method, const json& params) {
    if (!initialized_ || shut_down_) return;
    try {
      if (method == "textDocument/didOpen") {
        const json& item = params.at("textDocument");
        std::string uri = item.at("uri").get<std::string>();
        const Document& document = workspace_.documents.open(uri, language_of(uri, item.value("languageId", "")),
                                                             item.value("version", 0), item.at("text").get<std::string>());
        workspace_.reanalyse(uri);
        publish(uri, document.version);
      } else if (method == "textDocument/didChange") {
        std::string uri = document_uri(params);
        int version = params.at("textDocument").value("version", 0);
        if (Document* document = workspace_.documents.change(uri, version, text_changes(params))) {
          workspace_.reanalyse(uri);
          publish(uri, document->version);
        }
      } else if (method == "textDocument/didClose") {
        std::string uri = document_uri(params);
        workspace_.documents.close(uri);
        workspace_.analyses.erase(uri);
        send(json{{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"},
                  {"params", json{{"uri", uri}, {"diagnostics", json::array()}}}});
      }
    } catch (const std::exception& error) {
      std::cerr << "regelwerk lsp: " << method << ": " << error.what() << "\n";
    }
  }

  // Sends the diagnostics of the latest analysis of `uri`.
  void publish(const std::string& uri, int version) {
    send(json{{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"},
              {"params", diagnostics_params(workspace_, uri, version)}});
  }

  std::ostream& out_;
  Workspace workspace_;
  bool initialized_ = false;
  bool shut_down_ = false;
};

}  // namespace

int serve_language_server(std::istream& in, std::ostream& out) {
  LanguageServer server(out);
  while (std::optional<IncomingMessage> message = read_message(in)) {
    if (!message->problem.empty()) {
      server.send(json{{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", json{{"code", parse_error}, {"message", message->problem}}}});
      continue;
    }
    if (!server.handle(message->body)) return server.shut_down() ? 0 : 1;
  }
  return 1;  // the input ended without exit
}

}  // namespace rw::lsp
