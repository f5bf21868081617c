#include "runtime/values/value.h"

namespace rw {

const char* value_kind_name(const Value& value) {
  static const char* names[] = {"absent", "bool", "number", "date", "duration", "period", "text",
                                "account", "enum value", "rounding mode", "record", "list"};
  return names[value.index()];
}

}  // namespace rw
