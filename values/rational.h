#pragma once
// Exact rational numbers: every integer, decimal, share and money amount in regelwerk is one of these.
// No binary floating point is involved anywhere. Numerator and denominator are 128-bit integers kept
// in lowest terms with a positive denominator; an operation whose result does not fit throws
// ArithmeticOverflow (the interpreter turns it into a diagnostic at the expression that caused it).
#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "values/rounding.h"

namespace rw {

using Int128 = __int128;

struct ArithmeticOverflow : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct DivisionByZero : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Rational {
 public:
  Rational() = default;
  Rational(std::int64_t integer) : num_(integer), den_(1) {}  // NOLINT: implicit by design
  // num/den reduced to lowest terms; throws DivisionByZero when den == 0.
  static Rational fraction(Int128 num, Int128 den);
  // Whole cents to euros: from_cents(1999) == 19.99.
  static Rational from_cents(std::int64_t cents);

  // Parses a plain decimal literal: optional '-', digits, optional '.' and digits ("-12.50").
  // Underscores between digits are allowed as separators ("6_000"). nullopt on anything else.
  static std::optional<Rational> parse_decimal(std::string_view text);

  Int128 numerator() const { return num_; }
  Int128 denominator() const { return den_; }
  bool is_integer() const { return den_ == 1; }
  bool is_zero() const { return num_ == 0; }
  int sign() const { return num_ < 0 ? -1 : (num_ > 0 ? 1 : 0); }

  Rational operator-() const;
  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  friend Rational operator/(const Rational& a, const Rational& b);  // throws DivisionByZero
  Rational& operator+=(const Rational& b) { return *this = *this + b; }
  Rational& operator-=(const Rational& b) { return *this = *this - b; }

  friend bool operator==(const Rational& a, const Rational& b) = default;
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

  // Rounds to a multiple of 10^-decimals with the given mode (decimals >= 0).
  Rational round(int decimals, RoundingMode mode) const;
  // Rounds to whole cents and returns them; throws ArithmeticOverflow if they exceed int64.
  std::int64_t to_cents(RoundingMode mode) const;
  // The integer value; precondition is_integer() and fits int64 (throws ArithmeticOverflow if not).
  std::int64_t to_int64() const;

  // Exact decimal text if the denominator has only factors 2 and 5 ("0.025", "-3"); otherwise the
  // fraction rounded half-even to `max_decimals` places followed by "..." (for explanations only).
  std::string to_string(int max_decimals = 10) const;
  // Fixed text with exactly `decimals` places, after rounding with `mode` ("648000.00").
  std::string to_fixed(int decimals, RoundingMode mode = RoundingMode::HalfEven) const;

 private:
  Int128 num_ = 0;
  Int128 den_ = 1;
};

}  // namespace rw
