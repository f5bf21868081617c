#include "report/money_format.h"

#include <fmt/format.h>

#include "messages/language.h"
#include "runtime/eval/describe.h"

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

// Appends "-" when negative, then `euros`, then the decimal mark and the two digits of the cents. Built by
// appending only: `const char* + std::string` gets a false -Wrestrict from GCC 12 at -O3 (the Release build).
std::string with_sign_and_cents(const Parts& p, const std::string& euros, char decimal_mark = '.') {
  std::string text;
  text.reserve(euros.size() + 4);
  if (p.negative) text += '-';
  text += euros;
  text += decimal_mark;
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

std::string grouped_amount(std::int64_t cents) {
  bool dutch = message_language() == Language::Dutch;
  Parts p = split(cents);
  std::string digits = std::to_string(p.euros);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += dutch ? '.' : ',';
    grouped += digits[i];
  }
  return with_sign_and_cents(p, grouped, dutch ? ',' : '.');
}

std::string euro_amount(std::int64_t cents) {
  return (message_language() == Language::Dutch ? "€ " : "€") + grouped_amount(cents);
}

std::string people_date(const Date& date) {
  if (message_language() != Language::Dutch) return date.to_string();
  return fmt::format("{:02}-{:02}-{:04}", date.day(), date.month(), date.year());
}

std::string people_period(const Period& period) {
  return people_date(period.start) + ".." + (period.end ? people_date(*period.end) : "");
}

std::string euro_exact(const Rational& euros) {
  std::string english = describe_money(euros);  // "€6,000.00", "-€6,000.00" or "€1,491.803278688..."
  if (message_language() != Language::Dutch) return english;
  bool negative = english.starts_with('-');
  std::string_view number = std::string_view(english).substr((negative ? 1 : 0) + std::string_view("€").size());
  bool cut = number.ends_with("...");  // more decimals than shown
  if (cut) number.remove_suffix(3);
  std::string dutch = negative ? "€ -" : "€ ";
  for (char c : number) dutch += c == ',' ? '.' : c == '.' ? ',' : c;
  return cut ? dutch + "..." : dutch;
}

}  // namespace rw
