#pragma once
// A runtime value. Numbers of every kind (integer, decimal, money) are exact Rationals; the checker
// has already made sure each is used as its type allows. Records and lists are shared and immutable.
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "values/date.h"
#include "values/rational.h"
#include "values/rounding.h"

namespace rw {

struct AccountRef {
  int index = 0;  // into ModelTables::accounts
  friend bool operator==(AccountRef, AccountRef) = default;
};

struct EnumValue {
  int decl = 0;     // into ModelTables::enums
  int variant = 0;  // into EnumInfo::variants
  friend bool operator==(EnumValue, EnumValue) = default;
};

struct Absent {  // the value of an optional field that is not there
  friend bool operator==(Absent, Absent) = default;
};

struct RecordValue;
struct ListValue;
using RecordPtr = std::shared_ptr<const RecordValue>;
using ListPtr = std::shared_ptr<const ListValue>;

using Value = std::variant<Absent, bool, Rational, Date, Duration, Period, std::string, AccountRef,
                           EnumValue, RoundingMode, RecordPtr, ListPtr>;

struct RecordValue {
  int decl = 0;                // into ModelTables::records
  std::vector<Value> fields;   // in declaration order
  std::string origin;          // where it was read: "clients.json: $.clients[17]" (for explanations)
};

struct ListValue {
  std::vector<Value> items;
};

}  // namespace rw
