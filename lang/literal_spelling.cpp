#include "lang/literal_spelling.h"

#include <array>

#include <fmt/format.h>

#include "lang/name_chars.h"
#include "messages/say.h"

namespace rw {

namespace {

bool is_digit_char(char c) { return c >= '0' && c <= '9'; }

// The digits, group separator and decimal mark of `language`.
char group_mark(Language language) { return language == Language::Dutch ? '.' : '_'; }
char decimal_mark(Language language) { return language == Language::Dutch ? ',' : '.'; }

// Whether the groups of `digits` (separated by `group`, no decimal part) can be read the Dutch way:
// the first of one to three digits, every other of exactly three.
bool dutch_groups(std::string_view digits, char group) {
  std::size_t start = 0;
  for (bool first = true;; first = false) {
    std::size_t end = digits.find(group, start);
    std::size_t size = (end == std::string_view::npos ? digits.size() : end) - start;
    if (first ? (size == 0 || (size > 3 && end != std::string_view::npos)) : size != 3) return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

}  // namespace

Checked<std::string> number_spelled(std::string_view text, Language from, Language to) {
  // The parts around the number: a sign, € or EUR and a space before; % after.
  std::size_t begin = 0;
  while (begin < text.size() && !is_digit_char(text[begin])) ++begin;
  std::size_t end = text.size();
  while (end > begin && !is_digit_char(text[end - 1])) --end;
  std::string_view number = text.substr(begin, end - begin);
  std::size_t decimal = number.find(decimal_mark(from));
  std::string_view whole = number.substr(0, decimal);
  if (number.find(decimal_mark(from), decimal == std::string_view::npos ? number.size() : decimal + 1) != std::string_view::npos ||
      (decimal != std::string_view::npos && number.substr(decimal + 1).find(group_mark(from)) != std::string_view::npos)) {
    return Checked<std::string>::fail(say("'{}' has more than one decimal mark, or groups after it", text));
  }
  bool grouped = whole.find(group_mark(from)) != std::string_view::npos;
  if (grouped && (from == Language::Dutch || to == Language::Dutch) && !dutch_groups(whole, group_mark(from))) {
    if (from == Language::Dutch) {
      return Checked<std::string>::fail(say(
          "'{}' is not a number in a Dutch file: '.' groups thousands (1.500.000) and ',' is the decimal comma (1,5)", text));
    }
    return Checked<std::string>::fail(say(
        "'{}' cannot be written the Dutch way: group its digits by three (1_500_000) or not at all", text));
  }
  std::string result(text.substr(0, begin));
  for (char c : number) {
    if (c == group_mark(from)) result += group_mark(to);
    else if (c == decimal_mark(from)) result += decimal_mark(to);
    else result += c;
  }
  result += text.substr(end);
  return Checked<std::string>::ok(std::move(result));
}

Checked<std::string> date_spelled(std::string_view text, Language from, Language to) {
  bool iso = text.size() == 10 && text[4] == '-' && text[7] == '-';
  bool dutch = text.size() == 10 && text[2] == '-' && text[5] == '-';
  if (from == Language::Dutch && !dutch) {
    std::string written = iso ? fmt::format("{}-{}-{}", text.substr(8, 2), text.substr(5, 2), text.substr(0, 4)) : "31-12-2024";
    return Checked<std::string>::fail(say("in a Dutch file a date is written day-month-year: {}", written));
  }
  if (from == Language::English && !iso) {
    std::string written = dutch ? fmt::format("{}-{}-{}", text.substr(6, 4), text.substr(3, 2), text.substr(0, 2)) : "2024-12-31";
    return Checked<std::string>::fail(say("in an English file a date is written year-month-day: {}", written));
  }
  if (from == to) return Checked<std::string>::ok(std::string(text));
  if (to == Language::Dutch) return Checked<std::string>::ok(fmt::format("{}-{}-{}", text.substr(8, 2), text.substr(5, 2), text.substr(0, 4)));
  return Checked<std::string>::ok(fmt::format("{}-{}-{}", text.substr(6, 4), text.substr(3, 2), text.substr(0, 2)));
}

Checked<std::string> duration_spelled(std::string_view text, Language from, Language to) {
  constexpr std::array units{&words::days, &words::day, &words::months, &words::month, &words::years, &words::year};
  std::size_t unit_start = text.size();
  while (std::size_t length = names::letter_before(text, unit_start)) unit_start -= length;
  std::string_view unit = text.substr(unit_start);
  std::size_t count_end = unit_start;
  while (count_end > 0 && (text[count_end - 1] == ' ' || text[count_end - 1] == '\t')) --count_end;
  Checked<std::string> count = number_spelled(text.substr(0, count_end), from, to);
  if (!count.value) return count;
  for (const words::Word* word : units) {
    if (unit == spelled(*word, from)) {
      return Checked<std::string>::ok(*count.value + std::string(text.substr(count_end, unit_start - count_end)) +
                                      std::string(spelled(*word, to)));
    }
  }
  return Checked<std::string>::fail(say("'{}' is not a duration", text));
}

}  // namespace rw
