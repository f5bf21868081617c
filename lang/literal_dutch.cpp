// The literal reader's Dutch dialect (see LiteralDialect in lang/literal_text.h): Dutch spellings are
// rewritten to the standard ones and read by the standard readers, so both dialects share every rule
// about ranges, cents and exponents.
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "lang/literal_scan.h"
#include "lang/literal_text.h"
#include "messages/say.h"

namespace rw {

namespace {

// True when `text` is one or more ASCII digits.
bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// A number spelled the Dutch way, split: whole digits (thousand points removed) and decimals after the comma.
struct DutchNumber {
  std::string whole;
  std::optional<std::string> decimals;
};

// The parts of `number` (no sign, no euro sign) when it is digits with optional thousand points
// (1.500.000: a first group of 1-3 digits not starting with 0, then groups of 3) and an optional
// decimal comma; nullopt when it is not spelled so.
std::optional<DutchNumber> split_dutch(std::string_view number) {
  DutchNumber parts;
  std::size_t comma = number.find(',');
  std::string_view whole = number.substr(0, comma);
  if (comma != std::string_view::npos) {
    std::string_view decimals = number.substr(comma + 1);
    if (!all_digits(decimals)) return std::nullopt;
    parts.decimals = std::string(decimals);
  }
  std::size_t point = whole.find('.');
  if (point == std::string_view::npos) {
    if (!all_digits(whole)) return std::nullopt;
    parts.whole = std::string(whole);
    return parts;
  }
  std::string_view first = whole.substr(0, point);
  if (!all_digits(first) || first.size() > 3 || first.front() == '0') return std::nullopt;
  parts.whole = std::string(first);
  for (std::size_t at = point; at != std::string_view::npos;) {
    std::size_t next = whole.find('.', at + 1);
    std::string_view group = whole.substr(at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1);
    if (group.size() != 3 || !all_digits(group)) return std::nullopt;
    parts.whole += group;
    at = next;
  }
  return parts;
}

// Why `number` (no sign), which a reader of English would read as another number, is refused; "" when
// it is not ambiguous. One point before three digits ("15.900") reads in English as a decimal point
// (15.9); a comma before three digits after 1-3 digits ("6,000", "1,234") as thousands (6000, 1234).
std::string ambiguity(std::string_view number, const DutchNumber& parts, bool amount) {
  bool one_point = number.find('.') != std::string_view::npos && number.find('.') == number.rfind('.');
  if (one_point && !parts.decimals) {
    std::string_view before = number.substr(0, number.find('.')), after = number.substr(number.find('.') + 1);
    std::string english = std::string(before) + "." + std::string(after);
    while (english.back() == '0') english.pop_back();
    if (english.back() == '.') english.pop_back();
    return say("a reader of English reads {} where the Dutch dialect reads {}; write {}{}", english, parts.whole,
                       parts.whole, amount ? say(" or {},00", number) : say(" or {}", std::string(before) + "," + std::string(after)));
  }
  std::size_t comma = number.find(',');
  bool english_thousands = number.find('.') == std::string_view::npos && parts.decimals && parts.decimals->size() == 3 &&
                           comma >= 1 && comma <= 3 && number.front() != '0';
  if (english_thousands) {
    std::string english = parts.whole + *parts.decimals;
    std::string dutch = parts.whole + "," + *parts.decimals;
    return say("a reader of English reads {} where the Dutch dialect reads {}; write {}{} or {}", english,
                       parts.whole + "." + *parts.decimals, english, amount ? say(" (or {},00)", english) : "",
                       amount ? say("{}0 with the cents you mean", dutch) : dutch + "0");
  }
  return "";
}

// How numbers are written under the Dutch dialect, for refusals.
constexpr const char* dutch_spelling = to_translate("under the Dutch dialect a ',' is the decimal comma and '.' groups thousands");

// The standard spelling ("-1500000.5", "2.5%") of the Dutch `text`, or why it has none. Text with other
// characters than digits, '.' and ',' is passed on unchanged for the standard reader to judge.
Checked<std::string> standard_spelling(std::string_view text, bool amount, std::string_view example) {
  std::string_view number = text;
  std::string prefix = consume(number, "-") ? "-" : "";
  if (amount && (consume(number, "€") || consume(number, "EUR"))) {
    consume(number, " ");
    prefix += "€";
  }
  std::string suffix;
  if (!amount && number.ends_with('%')) {
    number.remove_suffix(1);
    suffix = "%";
  }
  if (number.empty() || number.find_first_not_of("0123456789.,") != std::string_view::npos) {
    return Checked<std::string>::ok(std::string(text));
  }
  std::optional<DutchNumber> parts = split_dutch(number);
  if (!parts) {
    // One decimal point and no comma ("0.025", "6000.50"): the same number with a decimal comma.
    bool one_point = number.find(',') == std::string_view::npos && number.find('.') == number.rfind('.') &&
                     number.find('.') != std::string_view::npos;
    std::string meant = std::string(number);
    if (one_point) meant[meant.find('.')] = ',';
    return Checked<std::string>::fail(say("'{}' is not {} in the Dutch dialect ({}); write {}", excerpt(text),
                                          amount ? tr("an amount") : tr("a number"), tr(dutch_spelling),
                                          one_point ? meant : say("e.g. {}", example)));
  }
  if (std::string why = ambiguity(number, *parts, amount); !why.empty()) {
    return Checked<std::string>::fail(amount ? say("ambiguous amount '{}': {}", excerpt(text), why)
                                             : say("ambiguous number '{}': {}", excerpt(text), why));
  }
  std::string plain = parts->whole;
  if (parts->decimals) {
    std::string decimals = *parts->decimals;
    if (amount && decimals.size() > 2) {
      return Checked<std::string>::fail(
          say("'{}' has more than two decimals; an amount is whole cents, e.g. 6000,50", excerpt(text)));
    }
    if (amount && decimals.size() == 1) decimals += '0';
    plain += "." + decimals;
  }
  return Checked<std::string>::ok(prefix + plain + suffix);
}

// True when `text` is D-M-YYYY or DD-MM-YYYY; then the same date written YYYY-MM-DD into `iso`.
bool day_month_year(std::string_view text, std::string& iso) {
  std::size_t first = text.find('-');
  std::size_t second = first == std::string_view::npos ? first : text.find('-', first + 1);
  if (second == std::string_view::npos) return false;
  std::string_view day = text.substr(0, first), month = text.substr(first + 1, second - first - 1), year = text.substr(second + 1);
  if (!all_digits(day) || !all_digits(month) || !all_digits(year) || day.size() > 2 || month.size() > 2 || year.size() != 4) {
    return false;
  }
  iso = fmt::format("{}-{:0>2}-{:0>2}", year, month, day);
  return true;
}

}  // namespace

Checked<Rational> read_amount_in(std::string_view text, LiteralDialect dialect) {
  if (dialect == LiteralDialect::Standard) return read_amount(text);
  Checked<std::string> plain = standard_spelling(text, true, "6000, 6000,50 or 1.500.000,00");
  if (!plain.value) return Checked<Rational>::fail(std::move(plain.error));
  return read_amount(*plain.value);
}

Checked<Rational> read_number_in(std::string_view text, LiteralDialect dialect) {
  if (dialect == LiteralDialect::Standard) return read_number(text);
  Checked<std::string> plain = standard_spelling(text, false, "0,025, 1.234,5 or 2,5%");
  if (!plain.value) return Checked<Rational>::fail(std::move(plain.error));
  return read_number(*plain.value);
}

Checked<Rational> read_whole_number_in(std::string_view text, LiteralDialect dialect) {
  if (dialect == LiteralDialect::Standard) return read_whole_number(text);
  Checked<std::string> plain = standard_spelling(text, false, "12 or 1.500.000");
  if (!plain.value) return Checked<Rational>::fail(std::move(plain.error));
  return read_whole_number(*plain.value);
}

Checked<Date> read_date_in(std::string_view text, LiteralDialect dialect) {
  std::string iso;
  if (dialect == LiteralDialect::Standard || !day_month_year(text, iso)) return read_date(text);
  Checked<Date> date = read_date(iso);
  if (date.value) return date;
  // "2024-02-31 is not a calendar date (February 2024 has 29 days)": keep the reason, quote the text as written.
  std::size_t open = date.error.find(" (");
  std::string reason = open != std::string::npos && date.error.ends_with(')')
                           ? date.error.substr(open + 2, date.error.size() - open - 3)
                           : date.error;
  return Checked<Date>::fail(say("'{}' is not a date ({})", excerpt(text), reason));
}

}  // namespace rw
