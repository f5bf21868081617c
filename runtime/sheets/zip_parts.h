#pragma once
// The parts (files) of a zip archive held in memory, read through libzip and inflated chunk by chunk.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/checked.h"

typedef struct zip zip_t;

namespace rw {

class ZipParts {
 public:
  // The archive in `bytes` (which must outlive it), or why libzip cannot open it as a zip.
  static Checked<ZipParts> open(std::string_view bytes);

  // Whether the archive holds the part `name` (exactly, or with other letter case, as OPC allows).
  bool has(std::string_view name) const { return index_of(name).has_value(); }
  // Every part name in the archive, in the archive's order.
  const std::vector<std::string>& names() const { return names_; }

  // Inflates the part `name`, handing it to `consume` in chunks (false from it stops early); an error
  // message when the part is missing, damaged, encrypted or inflates beyond `limit` bytes.
  std::optional<std::string> stream(std::string_view name, std::size_t limit,
                                    const std::function<bool(std::string_view)>& consume) const;

 private:
  struct Close {
    void operator()(zip_t* archive) const;
  };
  std::optional<std::size_t> index_of(std::string_view name) const;

  std::unique_ptr<zip_t, Close> archive_;
  std::vector<std::string> names_;
};

}  // namespace rw
