// The literal reader's dates and durations (see lang/literal_text.h).
#include <array>
#include <vector>

#include <fmt/format.h>

#include "lang/diagnostics.h"
#include "lang/literal_scan.h"
#include "lang/literal_text.h"
#include "messages/say.h"

namespace rw {

namespace {

constexpr std::array<const char*, 12> month_names = {
    to_translate("January"), to_translate("February"), to_translate("March"),     to_translate("April"),
    to_translate("May"),     to_translate("June"),     to_translate("July"),      to_translate("August"),
    to_translate("September"), to_translate("October"), to_translate("November"), to_translate("December")};

// The longest count of a duration (days, months or years).
constexpr std::int64_t max_duration_count = 1'000'000;

// The number written by `text` when it is 1 to 4 digits, or -1.
int small_number(std::string_view text) {
  if (text.empty() || text.size() > 4) return -1;
  int value = 0;
  for (char c : text) {
    if (!is_digit(c)) return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

// Why "YYYY-MM-DD"-shaped text is not a calendar date ("February 2023 has 28 days").
std::string why_not_calendar_date(int year, int month, int day) {
  if (month < 1 || month > 12) return say("there is no month {:02}", month);
  if (year < 1) return "years run from 0001 to 9999";
  if (day < 1) return "there is no day 00";
  return say("{} {} has {} days", tr(month_names[month - 1]), year, days_in_month(year, month));
}

// For a date written in another order or with other separators ("01-01-2027", "1/1/2027",
// "2027-1-1"), the same date written YYYY-MM-DD; otherwise "".
std::string as_iso_date(std::string_view text) {
  std::size_t first = text.find_first_of("-/.");
  if (first == std::string_view::npos) return "";
  char separator = text[first];
  std::size_t second = text.find(separator, first + 1);
  if (second == std::string_view::npos) return "";
  std::string_view a = text.substr(0, first), b = text.substr(first + 1, second - first - 1), c = text.substr(second + 1);
  if (small_number(a) < 0 || small_number(b) < 0 || small_number(c) < 0) return "";
  bool year_last = c.size() == 4 && a.size() <= 2 && b.size() <= 2;
  bool year_first = a.size() == 4 && b.size() <= 2 && c.size() <= 2;
  if (!year_last && !year_first) return "";
  auto date = year_last ? Date::from_ymd(small_number(c), small_number(b), small_number(a))
                        : Date::from_ymd(small_number(a), small_number(b), small_number(c));
  return date ? date->to_string() : "";
}

}  // namespace

Checked<Date> read_date(std::string_view text) {
  if (auto date = Date::parse(text)) return Checked<Date>::ok(*date);
  if (text.starts_with('-') && Date::parse(text.substr(1))) {
    return Checked<Date>::fail(say("'{}' is not a date: a date cannot be negative; write {}", excerpt(text), text.substr(1)));
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    int year = small_number(text.substr(0, 4)), month = small_number(text.substr(5, 2)), day = small_number(text.substr(8, 2));
    if (year >= 0 && month >= 0 && day >= 0) {
      return Checked<Date>::fail(
          say("{} is not a calendar date ({})", text, why_not_calendar_date(year, month, day)));
    }
  }
  if (std::string iso = as_iso_date(text); !iso.empty()) {
    return Checked<Date>::fail(say("'{}' is not a date; write dates as YYYY-MM-DD: {}", text, iso));
  }
  return Checked<Date>::fail(
      say("'{}' is not a date; write dates as YYYY-MM-DD, e.g. 2025-01-01", excerpt(text)));
}

Checked<Duration> read_duration(std::string_view text) {
  auto fail = [&](std::string hint) {
    return Checked<Duration>::fail(
        say("'{}' is not a duration; write e.g. 30 days, 12 months or 1 year{}", excerpt(text), hint));
  };
  std::string_view rest = text;
  bool negative = rest.starts_with('-');
  if (negative) rest.remove_prefix(1);
  std::string_view count_text = rest.substr(0, rest.find_first_not_of("0123456789_"));
  auto count = Rational::parse_decimal(count_text);  // nullopt for a misplaced '_', or a count too large
  bool only_digits = count_text.find('_') == std::string_view::npos;
  if (count_text.empty() || (!count && !only_digits)) return fail("");
  rest.remove_prefix(count_text.size());
  std::size_t unit_start = rest.find_first_not_of(" \t");
  std::string unit(rest.substr(unit_start == std::string_view::npos ? rest.size() : unit_start));
  if (unit.empty()) {
    std::string written = excerpt(text.substr(0, text.size() - rest.size()));
    return Checked<Duration>::fail(say("'{}' is not a duration: give its unit, e.g. {} days, {} months or {} years",
                                               excerpt(text), written, written, written));
  }
  bool days = unit == "day" || unit == "days", months = unit == "month" || unit == "months";
  bool years = unit == "year" || unit == "years";
  if (!days && !months && !years) {
    std::string hint = closest_name(unit, {"days", "months", "years"});
    return fail(hint.empty() ? "" : say("; did you mean '{}'?", hint));
  }
  if (!count || count->numerator() > max_duration_count) {
    return Checked<Duration>::fail(
        say("duration too long: '{}' (at most {} days, months or years)", excerpt(text), max_duration_count));
  }
  std::int64_t n = negative ? -count->to_int64() : count->to_int64();
  if (days) return Checked<Duration>::ok(Duration{0, n});
  return Checked<Duration>::ok(Duration{years ? 12 * n : n, 0});
}

}  // namespace rw
