// The literal reader's amounts and numbers (see lang/literal_text.h).
#include <algorithm>
#include <limits>
#include <vector>

#include <fmt/format.h>

#include "lang/literal_scan.h"
#include "lang/literal_text.h"
#include "messages/say.h"

namespace rw {

namespace {

// The largest amount: its cents are the largest 64-bit integer.
const Rational max_amount = Rational::fraction(std::numeric_limits<std::int64_t>::max(), 100);

// Number of leading ASCII digits of `text`.
std::size_t count_digits(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && is_digit(text[n])) ++n;
  return n;
}

// Digits with single underscores between them: 6000, 6_000.
bool is_digit_group(std::string_view text) {
  if (text.empty() || !is_digit(text.front()) || !is_digit(text.back())) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(text[i]) && (text[i] != '_' || !is_digit(text[i + 1]))) return false;
  }
  return true;
}

// Whole euros, or euros and exactly two digits of cents: 7000, 7_000, 7000.00.
bool is_amount_digits(std::string_view number) {
  std::size_t point = number.find('.');
  return is_digit_group(number.substr(0, point)) &&
         (point == std::string_view::npos || (number.size() == point + 3 && count_digits(number.substr(point + 1)) == 2));
}

// `text` without a leading euro sign ("€", "EUR") and the one space that may follow it.
bool consume_euro_sign(std::string_view& text) {
  if (!consume(text, "€") && !consume(text, "EUR")) return false;
  consume(text, " ");
  return true;
}

// `plain` padded with zeros to exactly two decimals ("6000" -> "6000.00"); nullopt if it has more.
std::optional<std::string> as_cents(std::string plain) {
  std::size_t point = plain.find('.');
  if (point == std::string::npos) return plain + ".00";
  std::size_t decimals = plain.size() - point - 1;
  if (decimals > 2) return std::nullopt;
  return plain + std::string(2 - decimals, '0');
}

// Whole euros in digits with an underscore every three digits: "7000" -> "7_000".
std::string grouped(const std::string& digits) {
  std::string result;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) result += '_';
    result += digits[i];
  }
  return result;
}

// The accepted spellings of `euros` (whole digits, or digits with two decimals), in the style the
// text was written in: "7000, 7_000, €7000 or €7000.00", or "€7000, €7_000 or €7000.00" after a euro sign.
std::string spellings(const std::string& sign, const std::string& euros, bool euro_sign) {
  std::vector<std::string> forms;
  if (!euro_sign) forms.push_back(sign + euros);
  bool whole = euros.find('.') == std::string::npos;
  if (whole && euros.size() > 3 && !euro_sign) forms.push_back(sign + grouped(euros));
  forms.push_back(sign + "€" + euros);
  if (whole && euros.size() > 3 && euro_sign) forms.push_back(sign + "€" + grouped(euros));
  if (whole) forms.push_back(sign + "€" + euros + ".00");
  std::string result;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    result += (i == 0 ? "" : i + 1 == forms.size() ? " or " : ", ") + forms[i];
  }
  return result;
}

// What an amount written with '.' and ',' as separators was most likely meant to be: every group of
// three digits after the same separator is thousands ("7.000", "6,500" -> "7000", "6500"), two digits
// after a ',' or after the other separator are cents ("6.000,50", "6,000.50" -> "6000.50"), one digit
// after a single '.' is tens of cents ("7.5" -> "7.50"); nullopt when there is no likely reading.
std::optional<std::string> likely_meaning(std::string_view number) {
  std::vector<std::string_view> groups;
  std::string separators;
  for (std::size_t start = 0;;) {
    std::size_t end = number.find_first_of(".,", start);
    groups.push_back(number.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (groups.back().empty() || count_digits(groups.back()) != groups.back().size()) return std::nullopt;
    if (end == std::string_view::npos) break;
    separators += number[end];
    start = end + 1;
  }
  if (separators.empty()) return std::nullopt;
  if (separators == "." && groups[1].size() == 1) return fmt::format("{}.{}0", groups[0], groups[1]);
  std::string cents;
  if (groups.back().size() == 2 && (separators.back() == ',' || separators.back() != separators.front())) {
    cents = "." + std::string(groups.back());
    groups.pop_back();
    separators.pop_back();
  }
  // a leading zero ("0.005", "012.345") is never the first group of a thousands grouping
  bool thousands = groups.front().size() <= 3 && groups.front().front() != '0' && separators.find_first_not_of(separators.substr(0, 1)) == std::string::npos &&
                   std::all_of(groups.begin() + 1, groups.end(), [](std::string_view g) { return g.size() == 3; });
  if (!thousands) return std::nullopt;
  std::string whole;
  for (std::string_view group : groups) whole += group;
  return whole + cents;
}

// The refusal of an amount written with separators that people read differently ("7.000", "6,500").
std::string ambiguous_amount(std::string_view text, const std::string& sign, std::string_view number, bool euro_sign) {
  bool comma = number.find(',') != std::string_view::npos;
  bool point = number.find('.') != std::string_view::npos;
  std::string reason(point && comma ? tr("'.' is only the decimal point, followed by exactly two digits; ',' is not used in amounts")
                     : comma        ? tr("',' is not used in amounts")
                                    : tr("'.' is only the decimal point, followed by exactly two digits"));
  std::optional<std::string> meant = likely_meaning(number);
  if (meant && meant->size() > 30) meant.reset();  // no suggestion longer than any amount there is
  if (!meant && !comma && number.front() == '0') {  // "0.005": less than a cent, never thousands
    return say("'{}' is not a whole number of cents; an amount has at most two digits after the '.', e.g. {}",
                       excerpt(text), spellings(sign, "0.01", euro_sign));
  }
  std::string_view whole = number.substr(0, number.find_first_of(".,"));
  std::string example = count_digits(whole) == whole.size() && whole.size() <= 30 ? std::string(whole) : "7000";
  std::string written = spellings(sign, meant.value_or(example), euro_sign);
  return say("ambiguous amount '{}': write {} ({})", excerpt(text), meant ? written : say("e.g. {}", written), reason);
}

// The refusal of text that is no amount at all.
std::string not_an_amount(std::string_view text) {
  return say("'{}' is not an amount; write e.g. 7000, 7_000, €7000 or €7000.00", excerpt(text));
}

// For "7000 euro", "7000 EUR", "7000€": the number before the currency; nullopt otherwise.
std::optional<std::string_view> before_currency_word(std::string_view text) {
  for (std::string_view word : {"euros", "euro", "eur", "€"}) {
    if (text.size() <= word.size()) continue;
    std::string_view tail = text.substr(text.size() - word.size());
    bool same = std::equal(tail.begin(), tail.end(), word.begin(), word.end(), [](char a, char b) {
      return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
    });
    if (!same) continue;
    std::string_view number = text.substr(0, text.size() - word.size());
    while (!number.empty() && number.back() == ' ') number.remove_suffix(1);
    return number;
  }
  return std::nullopt;
}

}  // namespace

std::string excerpt(std::string_view text) {
  constexpr std::size_t max_chars = 40;
  if (text.size() <= max_chars) return std::string(text);
  std::size_t cut = max_chars - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return std::string(text.substr(0, cut)) + "...";
}

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
  if (digits.size() + static_cast<std::size_t>(exponent) > 40) return std::nullopt;  // no plain spelling that long
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

bool has_euro_sign(std::string_view text) {
  consume(text, "-");
  return consume_euro_sign(text);
}

Checked<Rational> read_amount(std::string_view text) {
  if (text.empty()) return Checked<Rational>::fail(say("no amount given; write e.g. 7000, 7_000, €7000 or €7000.00"));
  std::string_view number = text;
  std::string sign = consume(number, "-") ? "-" : "";
  bool euro_sign = consume_euro_sign(number);
  if (auto before = before_currency_word(number); before && !euro_sign && is_amount_digits(*before)) {
    return Checked<Rational>::fail(
        say("'{}': write the euro sign before the amount: {}€{}", excerpt(text), sign, excerpt(*before)));
  }
  if (auto plain = without_exponent(number)) {
    auto cents = plain->find('.') == std::string::npos ? plain : as_cents(*plain);
    return Checked<Rational>::fail(say("'{}' has an exponent; write amounts in plain digits, e.g. {}",
                                               excerpt(text), spellings(sign, cents.value_or("6000"), euro_sign)));
  }
  if (number.empty() || !is_digit(number.front())) return Checked<Rational>::fail(not_an_amount(text));
  if (number.find_first_not_of("0123456789_.,") == std::string_view::npos && !is_amount_digits(number) &&
      (number.find_first_of(".,") != std::string_view::npos)) {
    return Checked<Rational>::fail(ambiguous_amount(text, sign, number, euro_sign));
  }
  if (!is_amount_digits(number)) return Checked<Rational>::fail(not_an_amount(text));
  auto value = Rational::parse_decimal(number);
  if (!value || *value > max_amount) {
    return Checked<Rational>::fail(
        say("'{}' is too large an amount (at most €92_233_720_368_547_758.07, whole cents in 64 bits)", excerpt(text)));
  }
  return Checked<Rational>::ok(sign.empty() ? *value : -*value);
}

Checked<Rational> read_number(std::string_view text) {
  std::string_view number = text;
  bool negative = consume(number, "-");
  bool percent = number.ends_with('%');
  if (percent) number.remove_suffix(1);
  if (auto plain = without_exponent(number)) {
    return Checked<Rational>::fail(say("'{}' has an exponent; write the number in plain digits: {}{}{}",
                                               excerpt(text), negative ? "-" : "", *plain, percent ? "%" : ""));
  }
  if (number.find(',') != std::string_view::npos) {
    return Checked<Rational>::fail(say(
        "'{}' has a comma; write decimals with a '.' and without thousands separators, e.g. 0.025", excerpt(text)));
  }
  std::size_t point = number.find('.');
  if (!is_digit_group(number.substr(0, point)) || (point != std::string_view::npos && !is_digit_group(number.substr(point + 1)))) {
    return Checked<Rational>::fail(say("'{}' is not a number; write it like 0.025 or 2.5%", excerpt(text)));
  }
  auto value = Rational::parse_decimal(number);
  if (!value) return Checked<Rational>::fail(say("'{}' has too many digits", excerpt(text)));
  Rational result = percent ? *value / Rational(100) : *value;
  return Checked<Rational>::ok(negative ? -result : result);
}

Checked<Rational> read_whole_number(std::string_view text) {
  if (auto plain = without_exponent(text)) {
    return Checked<Rational>::fail(
        say("'{}' has an exponent; write the whole number in plain digits: {}", excerpt(text), *plain));
  }
  std::string_view number = text;
  bool negative = consume(number, "-");
  std::size_t point = number.find('.');
  if (!is_digit_group(number.substr(0, point))) {
    return Checked<Rational>::fail(say("'{}' is not a whole number", excerpt(text)));
  }
  if (point != std::string_view::npos) {
    return Checked<Rational>::fail(say("expected a whole number, found {}", excerpt(text)));
  }
  auto value = Rational::parse_decimal(number);
  if (!value) return Checked<Rational>::fail(say("{} is too large", excerpt(text)));
  return Checked<Rational>::ok(negative ? -*value : *value);
}

}  // namespace rw
