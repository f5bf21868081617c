#pragma once
// The requests the server answers, one file each: each takes the request's params and gives its
// result, or throws RequestError (lsp/protocol.h) for an answer the client should see as an error.
#include "lsp/protocol.h"
#include "lsp/workspace.h"

namespace rw::lsp {

// textDocument/publishDiagnostics params for the latest analysis of `uri` (lsp/diagnostics.cpp).
json diagnostics_params(const Workspace& workspace, const std::string& uri, int version);
// textDocument/hover (lsp/hover.cpp).
json hover(const Workspace& workspace, const json& params);
// textDocument/definition (lsp/definition.cpp).
json definition(const Workspace& workspace, const json& params);
// textDocument/references (lsp/references.cpp).
json references(const Workspace& workspace, const json& params);
// textDocument/rename: a WorkspaceEdit (lsp/rename.cpp).
json rename(const Workspace& workspace, const json& params);
// textDocument/completion (lsp/completion.cpp).
json completion(const Workspace& workspace, const json& params);
// textDocument/documentSymbol (lsp/document_symbols.cpp).
json document_symbols(const Workspace& workspace, const json& params);
// textDocument/formatting: the edits that give `regelwerk fmt`'s layout (lsp/formatting.cpp).
json formatting(const Workspace& workspace, const json& params);
// textDocument/foldingRange (lsp/folding.cpp).
json folding_ranges(const Workspace& workspace, const json& params);

}  // namespace rw::lsp
