#pragma once
// The workbench's page and its scripts, styles and Chart.js, embedded in the binary at build time
// (server/embed_assets.cmake): the server needs no files and no network to serve them.
#include <string_view>

namespace rw {

struct Asset {
  std::string_view path;          // as requested: "/app.js"
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view bytes;
};

// The asset served at `path`, or null: a request path is only ever looked up here, never on disk.
const Asset* find_asset(std::string_view path);

}  // namespace rw
