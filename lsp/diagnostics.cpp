// textDocument/publishDiagnostics: the diagnostics of `regelwerk check` (or of the test-file parser).
#include "lsp/handlers.h"

namespace rw::lsp {

namespace {

// The LSP severity of a diagnostic (1 error, 2 warning).
int severity_number(Severity severity) {
  switch (severity) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
  }
  return 1;
}

// One Diagnostic in LSP form; notes with a place become related information, others join the message.
json lsp_diagnostic(const Diagnostic& diagnostic, const Analysis& analysis, const std::string& uri) {
  std::string message = diagnostic.message;
  json related = json::array();
  for (const DiagnosticNote& note : diagnostic.notes) {
    if (note.range) {
      related.push_back(json{{"location", location(uri, analysis.lines, *note.range)}, {"message", note.message}});
    } else {
      message += "\n" + note.message;
    }
  }
  json result{{"range", to_json(to_range(analysis.lines, diagnostic.range))},
              {"severity", severity_number(diagnostic.severity)},
              {"source", "regelwerk"},
              {"message", message}};
  if (!related.empty()) result["relatedInformation"] = related;
  return result;
}

}  // namespace

json diagnostics_params(const Workspace& workspace, const std::string& uri, int version) {
  json list = json::array();
  if (const DocumentAnalyses* analyses = workspace.find(uri); analyses && analyses->latest) {
    for (const Diagnostic& diagnostic : analyses->latest->diagnostics) {
      list.push_back(lsp_diagnostic(diagnostic, *analyses->latest, uri));
    }
  }
  return json{{"uri", uri}, {"version", version}, {"diagnostics", list}};
}

}  // namespace rw::lsp
