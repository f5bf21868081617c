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

// Appends "-" when negative, then `euros`, then "." and the two digits of the cents. Built by appending
// only: `const char* + std::string` gets a false -Wrestrict from GCC 12 at -O3 (the Release build).
std::string with_sign_and_cents(const Parts& p, const std::string& euros) {
  std::string text;
  text.reserve(euros.size() + 4);
  if (p.negative) text += '-';
  text += euros;
  text += '.';
  text += static_cast<char>('0' + p.cents / 10);
  text += static_cast<char>('0' + p.cents % 10);
  return text;
}

}  // namespace

// "-1234.56": no grouping, for machines.
std::string plain_amount(std::int64_t cents) {
  Parts p = split(cents);
  return with_sign_and_cents(p, std::to_string(p.euros));
}

// "-1,234.56": thousands grouped with ',', for people.
std::string grouped_amount(std::int64_t cents) {
  Parts p = split(cents);
  std::string digits = std::to_string(p.euros);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return with_sign_and_cents(p, grouped);
}

std::string euro_amount(std::int64_t cents) { return "€" + grouped_amount(cents); }

}  // namespace rw
