#pragma once
// A location in a JSON document ("$.clients[17].decision.start"). Paths are built on the stack while
// a document is walked and turned into text only when an error is reported there.
#include <cstddef>
#include <string>
#include <string_view>

namespace rw {

class JsonPath {
 public:
  // The document itself: "$".
  static JsonPath root() { return JsonPath(); }
  // The member `name` of the object at this path. `name` and this path must outlive the result.
  JsonPath key(std::string_view name) const { return JsonPath(this, name, 0); }
  // The item `index` of the array at this path. This path must outlive the result.
  JsonPath index(std::size_t index) const { return JsonPath(this, {}, index + 1); }
  // "$.clients[17].start"; keys with characters other than [A-Za-z0-9_] are quoted: $["odd key"].
  std::string to_string() const;

 private:
  JsonPath() = default;
  JsonPath(const JsonPath* parent, std::string_view key, std::size_t index_plus_one)
      : parent_(parent), key_(key), index_plus_one_(index_plus_one) {}

  const JsonPath* parent_ = nullptr;  // nullptr for the root
  std::string_view key_;              // when this step is a key
  std::size_t index_plus_one_ = 0;    // when this step is an array index (0: not an index)
};

}  // namespace rw
