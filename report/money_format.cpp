#include "report/money_format.h"

namespace rw {

namespace {

// Sign, whole euros and cents of an amount; safe for INT64_MIN.
struct Parts {
  bool negative;
  std::uint64_t euros;
  unsigned cents;
};

Parts split(std::int64_t cents) {
  bool negative = cents < 0;
  std::uint64_t magnitude = negative ? ~static_cast<std::uint64_t>(cents) + 1 : static_cast<std::uint64_t>(cents);
  return {negative, magnitude / 100, static_cast<unsigned>(magnitude % 100)};
}

std::string cents_text(unsigned cents) {
  return std::string(1, static_cast<char>('0' + cents / 10)) + static_cast<char>('0' + cents % 10);
}

}  // namespace

std::string plain_amount(std::int64_t cents) {
  Parts p = split(cents);
  return (p.negative ? "-" : "") + std::to_string(p.euros) + "." + cents_text(p.cents);
}

std::string grouped_amount(std::int64_t cents) {
  Parts p = split(cents);
  std::string digits = std::to_string(p.euros);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return (p.negative ? "-" : "") + grouped + "." + cents_text(p.cents);
}

}  // namespace rw
