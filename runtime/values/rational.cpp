#include "runtime/values/rational.h"

#include <algorithm>

namespace rw {

namespace {

Int128 abs128(Int128 v) {
  if (v < 0) {
    Int128 result;
    if (__builtin_sub_overflow(Int128(0), v, &result)) throw ArithmeticOverflow("number too large");
    return result;
  }
  return v;
}

Int128 gcd128(Int128 a, Int128 b) {
  a = abs128(a);
  b = abs128(b);
  while (b != 0) {
    Int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

Int128 checked_mul(Int128 a, Int128 b) {
  Int128 r;
  if (__builtin_mul_overflow(a, b, &r)) throw ArithmeticOverflow("number too large");
  return r;
}

Int128 checked_add(Int128 a, Int128 b) {
  Int128 r;
  if (__builtin_add_overflow(a, b, &r)) throw ArithmeticOverflow("number too large");
  return r;
}

// Decimal digits of a non-negative 128-bit integer.
std::string digits_of(Int128 v) {
  if (v == 0) return "0";
  std::string out;
  while (v > 0) {
    out.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

Int128 power_of_ten(int n) {
  Int128 p = 1;
  for (int i = 0; i < n; ++i) p = checked_mul(p, 10);
  return p;
}

// Integer division rounded by `mode`; den > 0.
Int128 divide_rounded(Int128 num, Int128 den, RoundingMode mode) {
  Int128 q = num / den;  // truncates toward zero
  Int128 r = num % den;  // same sign as num
  if (r == 0) return q;
  bool negative = num < 0;
  Int128 remainder = abs128(r);
  Int128 rest = den - remainder;  // remainder vs rest: below, at or above one half
  switch (mode) {
    case RoundingMode::TowardZero: return q;
    case RoundingMode::Down: return negative ? q - 1 : q;
    case RoundingMode::Up: return negative ? q : q + 1;
    case RoundingMode::HalfAwayFromZero:
      if (remainder >= rest) return negative ? q - 1 : q + 1;
      return q;
    case RoundingMode::HalfEven:
      if (remainder > rest || (remainder == rest && q % 2 != 0)) return negative ? q - 1 : q + 1;
      return q;
  }
  return q;
}

}  // namespace

Rational Rational::fraction(Int128 num, Int128 den) {
  if (den == 0) throw DivisionByZero("division by zero");
  if (den < 0) {
    num = -num;
    den = -den;
  }
  Int128 g = gcd128(num, den);
  Rational r;
  r.num_ = g > 1 ? num / g : num;
  r.den_ = g > 1 ? den / g : den;
  return r;
}

Rational Rational::from_cents(std::int64_t cents) { return fraction(cents, 100); }

std::optional<Rational> Rational::parse_decimal(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  Int128 num = 0;
  Int128 den = 1;
  bool in_fraction = false, previous_digit = false;
  try {
    for (std::size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        num = checked_add(checked_mul(num, 10), c - '0');
        if (in_fraction) den = checked_mul(den, 10);
        previous_digit = true;
      } else if (c == '_' && previous_digit && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
        previous_digit = false;
      } else if (c == '.' && !in_fraction && previous_digit && i + 1 < text.size()) {
        in_fraction = true;
        previous_digit = false;
      } else {
        return std::nullopt;
      }
    }
  } catch (const ArithmeticOverflow&) {
    return std::nullopt;
  }
  if (!previous_digit) return std::nullopt;
  return fraction(negative ? -num : num, den);
}

Rational Rational::operator-() const {
  Rational r;
  if (__builtin_sub_overflow(Int128(0), num_, &r.num_)) throw ArithmeticOverflow("number too large");
  r.den_ = den_;
  return r;
}

Rational operator+(const Rational& a, const Rational& b) {
  if (a.den_ == b.den_) return Rational::fraction(checked_add(a.num_, b.num_), a.den_);
  Int128 g = gcd128(a.den_, b.den_);
  Int128 left = checked_mul(a.num_, b.den_ / g);
  Int128 right = checked_mul(b.num_, a.den_ / g);
  return Rational::fraction(checked_add(left, right), checked_mul(a.den_, b.den_ / g));
}

Rational operator-(const Rational& a, const Rational& b) { return a + (-b); }

Rational operator*(const Rational& a, const Rational& b) {
  Int128 g1 = gcd128(a.num_, b.den_);
  Int128 g2 = gcd128(b.num_, a.den_);
  if (g1 == 0) g1 = 1;
  if (g2 == 0) g2 = 1;
  return Rational::fraction(checked_mul(a.num_ / g1, b.num_ / g2), checked_mul(a.den_ / g2, b.den_ / g1));
}

Rational operator/(const Rational& a, const Rational& b) {
  if (b.num_ == 0) throw DivisionByZero("division by zero");
  return a * Rational::fraction(b.den_, b.num_);
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
  if (a.den_ == b.den_) return a.num_ <=> b.num_;
  // Compare a.num/a.den with b.num/b.den via their difference's sign (exact, overflow-checked).
  return (a - b).sign() <=> 0;
}

Rational Rational::round(int decimals, RoundingMode mode) const {
  Int128 scale = power_of_ten(decimals);
  Int128 scaled = divide_rounded(checked_mul(num_, scale), den_, mode);
  return fraction(scaled, scale);
}

std::int64_t Rational::to_cents(RoundingMode mode) const {
  Int128 cents = divide_rounded(checked_mul(num_, 100), den_, mode);
  if (cents > INT64_MAX || cents < INT64_MIN) throw ArithmeticOverflow("amount too large");
  return static_cast<std::int64_t>(cents);
}

std::int64_t Rational::to_int64() const {
  if (den_ != 1 || num_ > INT64_MAX || num_ < INT64_MIN) throw ArithmeticOverflow("not a 64-bit integer");
  return static_cast<std::int64_t>(num_);
}

std::string Rational::to_fixed(int decimals, RoundingMode mode) const {
  Int128 scaled = divide_rounded(checked_mul(num_, power_of_ten(decimals)), den_, mode);
  std::string sign = scaled < 0 ? "-" : "";
  std::string digits = digits_of(abs128(scaled));
  if (decimals == 0) return sign + digits;
  if (static_cast<int>(digits.size()) <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
  return sign + digits.substr(0, digits.size() - decimals) + "." + digits.substr(digits.size() - decimals);
}

std::string Rational::to_string(int max_decimals) const {
  // A fraction whose denominator has only factors 2 and 5 has a finite decimal expansion.
  Int128 d = den_;
  int twos = 0, fives = 0;
  while (d % 2 == 0) d /= 2, ++twos;
  while (d % 5 == 0) d /= 5, ++fives;
  if (d == 1) {
    int places = std::max(twos, fives);
    std::string text = to_fixed(places, RoundingMode::HalfEven);
    return text;
  }
  return to_fixed(max_decimals, RoundingMode::HalfEven) + "...";
}

}  // namespace rw
