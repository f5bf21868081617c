#include "runtime/data/number_text.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "runtime/data/data_messages.h"

namespace rw {

namespace {

// True for the ASCII digits 0-9.
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Number of leading ASCII digits of `text`.
std::size_t count_digits(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && is_digit(text[n])) ++n;
  return n;
}

// For text of the form -?digits(.digits)? the number of fraction digits; nullopt otherwise.
std::optional<std::size_t> plain_fraction_digits(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  std::size_t whole = count_digits(text);
  if (whole == 0) return std::nullopt;
  text.remove_prefix(whole);
  if (text.empty()) return 0;
  if (text.front() != '.') return std::nullopt;
  text.remove_prefix(1);
  std::size_t fraction = count_digits(text);
  if (fraction == 0 || fraction != text.size()) return std::nullopt;
  return fraction;
}

// True when `text` has an exponent marker ('e' or 'E').
bool has_exponent(std::string_view text) { return text.find_first_of("eE") != std::string_view::npos; }

// Rational::parse_decimal of text already known to be plain; nullopt only when it is too large.
std::optional<Rational> exact(std::string_view text) { return Rational::parse_decimal(text); }

// ": 1000" when the exponent form can be rewritten, otherwise "".
std::string plain_hint(std::string_view text) {
  auto plain = without_exponent(text);
  return plain ? fmt::format(": {}", *plain) : "";
}

// `plain` padded with zeros to exactly two decimals ("6000" -> "6000.00"); nullopt if it has more.
std::optional<std::string> as_cents(std::string plain) {
  std::size_t point = plain.find('.');
  if (point == std::string::npos) return plain + ".00";
  std::size_t decimals = plain.size() - point - 1;
  if (decimals > 2) return std::nullopt;
  return plain + std::string(2 - decimals, '0');
}

}  // namespace

std::optional<std::string> without_exponent(std::string_view text) {
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  std::size_t whole = count_digits(text);
  if (whole == 0) return std::nullopt;
  std::string digits(text.substr(0, whole));
  text.remove_prefix(whole);
  long point = static_cast<long>(digits.size());
  if (!text.empty() && text.front() == '.') {
    text.remove_prefix(1);
    std::size_t fraction = count_digits(text);
    if (fraction == 0) return std::nullopt;
    digits += text.substr(0, fraction);
    text.remove_prefix(fraction);
  }
  if (text.empty() || (text.front() != 'e' && text.front() != 'E')) return std::nullopt;
  text.remove_prefix(1);
  bool negative_exponent = !text.empty() && text.front() == '-';
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  if (text.empty() || text.size() > 2 || count_digits(text) != text.size()) return std::nullopt;  // |exponent| < 100
  long exponent = std::stol(std::string(text));
  point += negative_exponent ? -exponent : exponent;
  if (point <= 0) {
    digits.insert(0, std::string(static_cast<std::size_t>(1 - point), '0'));
    point = 1;
  } else if (point > static_cast<long>(digits.size())) {
    digits.append(static_cast<std::size_t>(point) - digits.size(), '0');
  }
  std::string whole_part = digits.substr(0, static_cast<std::size_t>(point));
  std::string fraction_part = digits.substr(static_cast<std::size_t>(point));
  whole_part.erase(0, std::min(whole_part.find_first_not_of('0'), whole_part.size() - 1));
  fraction_part.erase(fraction_part.find_last_not_of('0') + 1);
  std::string result = fraction_part.empty() ? whole_part : whole_part + "." + fraction_part;
  return negative && result != "0" ? "-" + result : result;
}

Checked<Rational> integer_from_text(std::string_view text) {
  if (has_exponent(text)) {
    return Checked<Rational>::fail(fmt::format("{} has an exponent; write the whole number in plain digits{}",
                                               excerpt(text), plain_hint(text)));
  }
  auto fraction = plain_fraction_digits(text);
  if (!fraction) return Checked<Rational>::fail(fmt::format("'{}' is not a whole number", excerpt(text)));
  if (*fraction > 0) return Checked<Rational>::fail(fmt::format("expected a whole number, found {}", excerpt(text)));
  auto value = exact(text);
  if (!value) return Checked<Rational>::fail(fmt::format("{} is too large", excerpt(text)));
  return Checked<Rational>::ok(*value);
}

Checked<Rational> decimal_from_text(std::string_view text) {
  if (has_exponent(text)) {
    return Checked<Rational>::fail(fmt::format("'{}' has an exponent; write the number in plain digits{}",
                                               excerpt(text), plain_hint(text)));
  }
  if (text.find(',') != std::string_view::npos) {
    return Checked<Rational>::fail(fmt::format(
        "'{}' has a comma; write decimals with a '.' and without thousands separators, e.g. 0.025", excerpt(text)));
  }
  if (!plain_fraction_digits(text)) {
    return Checked<Rational>::fail(fmt::format("'{}' is not a decimal number; write it like 0.025", excerpt(text)));
  }
  auto value = exact(text);
  if (!value) return Checked<Rational>::fail(fmt::format("'{}' has too many digits", excerpt(text)));
  return Checked<Rational>::ok(*value);
}

Checked<Rational> money_from_text(std::string_view text) {
  if (has_exponent(text)) {
    auto plain = without_exponent(text);
    auto cents = plain ? as_cents(*plain) : std::nullopt;
    return Checked<Rational>::fail(fmt::format("'{}' has an exponent; write amounts in plain digits, e.g. \"{}\"",
                                               excerpt(text), cents ? *cents : "6000.00"));
  }
  std::size_t first_point = text.find('.');
  bool two_points = first_point != std::string_view::npos && text.find('.', first_point + 1) != std::string_view::npos;
  if (text.find(',') != std::string_view::npos || two_points) {
    return Checked<Rational>::fail(fmt::format(
        "'{}' is ambiguous: write amounts without thousands separators and with a '.' before the cents, "
        "e.g. \"6000.00\"", excerpt(text)));
  }
  auto fraction = plain_fraction_digits(text);
  if (!fraction) {
    return Checked<Rational>::fail(fmt::format(
        "'{}' is not an amount; write amounts as digits with a '.' before the cents, e.g. \"6000.00\"", excerpt(text)));
  }
  if (*fraction > 2) {
    return Checked<Rational>::fail(fmt::format(
        "'{}' has {} decimals, but money has at most 2 decimals (cents); write amounts like \"6000.00\"",
        excerpt(text), *fraction));
  }
  auto value = exact(text);
  if (!value) return Checked<Rational>::fail(fmt::format("'{}' is too large an amount", excerpt(text)));
  return Checked<Rational>::ok(*value);
}

}  // namespace rw
