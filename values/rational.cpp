// Exact rationals on 128-bit integers. See rational.h for the contract.
//
// Invariants of every Rational: den_ >= 1, gcd(|num_|, den_) == 1, and |num_|, den_ <= max_int128.
// The range is symmetric: the most negative 128-bit value is never stored, so negating a Rational
// can never overflow. Any result outside that range throws ArithmeticOverflow.
//
// Decimal output and rounding use long division one digit at a time, so printing and rounding never
// form num * 10^decimals and work for every representable value.
#include "values/rational.h"

#include <algorithm>
#include <limits>

namespace rw {

namespace {

using UInt128 = unsigned __int128;

constexpr Int128 max_int128 = static_cast<Int128>(~UInt128(0) >> 1);  // 2^127 - 1

// Throws the error every operation reports when a result does not fit.
[[noreturn]] void throw_overflow() { throw ArithmeticOverflow("number too large for exact arithmetic"); }

// a + b; throws ArithmeticOverflow when the sum does not fit.
Int128 checked_add(Int128 a, Int128 b) {
  Int128 sum;
  if (__builtin_add_overflow(a, b, &sum)) throw_overflow();
  return sum;
}

// a * b; throws ArithmeticOverflow when the product does not fit.
Int128 checked_mul(Int128 a, Int128 b) {
  Int128 product;
  if (__builtin_mul_overflow(a, b, &product)) throw_overflow();
  return product;
}

// base^exponent for exponent >= 0; throws ArithmeticOverflow when it does not fit.
Int128 checked_power(Int128 base, int exponent) {
  Int128 result = 1;
  for (int i = 0; i < exponent; ++i) result = checked_mul(result, base);
  return result;
}

// |value| as an unsigned number; exact even for the most negative 128-bit value.
UInt128 magnitude(Int128 value) { return value < 0 ? UInt128(0) - UInt128(value) : UInt128(value); }

// The signed number with this magnitude and sign; throws ArithmeticOverflow beyond +-max_int128.
Int128 with_sign(UInt128 size, bool negative) {
  if (size > UInt128(max_int128)) throw_overflow();
  Int128 value = static_cast<Int128>(size);
  return negative ? -value : value;
}

// Whether a value fits in 64 bits, so that the fast paths below may use the processor's own division.
bool fits_64(UInt128 value) { return (value >> 64) == 0; }

// a / b, in 64 bits when both fit (a 128-bit division is a library call many times slower).
UInt128 divide(UInt128 a, UInt128 b) {
  if (fits_64(a) && fits_64(b)) return static_cast<std::uint64_t>(a) / static_cast<std::uint64_t>(b);
  return a / b;
}

// Greatest common divisor by Euclid's algorithm; gcd(x, 0) == x. In 64 bits once both fit, as they
// almost always do (money in cents, shares, counts).
UInt128 gcd(UInt128 a, UInt128 b) {
  while (b != 0 && !(fits_64(a) && fits_64(b))) {
    UInt128 rest = a % b;
    a = b;
    b = rest;
  }
  if (b == 0) return a;  // a may not fit 64 bits
  std::uint64_t small_a = static_cast<std::uint64_t>(a), small_b = static_cast<std::uint64_t>(b);
  while (small_b != 0) {
    std::uint64_t rest = small_a % small_b;
    small_a = small_b;
    small_b = rest;
  }
  return small_a;
}

// gcd(|a|, |b|) for values inside the symmetric range (so the result fits in Int128).
Int128 common_factor(Int128 a, Int128 b) { return static_cast<Int128>(gcd(magnitude(a), magnitude(b))); }

// Compares p1/q1 with p2/q2 (p >= 0, q > 0) without multiplying: compares the whole parts, and when
// they are equal compares the remainders by comparing their inverses (a continued-fraction expansion).
std::strong_ordering compare_non_negative(Int128 p1, Int128 q1, Int128 p2, Int128 q2) {
  while (true) {
    Int128 whole1 = p1 / q1;
    Int128 whole2 = p2 / q2;
    if (whole1 != whole2) return whole1 <=> whole2;
    Int128 rest1 = p1 % q1;
    Int128 rest2 = p2 % q2;
    if (rest1 == 0 || rest2 == 0) return rest1 <=> rest2;
    // rest1/q1 < rest2/q2 exactly when q2/rest2 < q1/rest1.
    Int128 old_q1 = q1;
    p1 = q2;
    q1 = rest2;
    p2 = old_q1;
    q2 = rest1;
  }
}

// Decimal digits of a non-negative number, written by hand (the standard library cannot print __int128).
std::string digits_of(Int128 value) {
  if (value == 0) return "0";
  std::string digits;
  while (value > 0) {
    digits.push_back(static_cast<char>('0' + static_cast<int>(value % 10)));
    value /= 10;
  }
  std::reverse(digits.begin(), digits.end());
  return digits;
}

// The number written by a string of ASCII digits; throws ArithmeticOverflow when it does not fit.
Int128 value_of_digits(std::string_view digits) {
  Int128 value = 0;
  for (char c : digits) value = checked_add(checked_mul(value, 10), c - '0');
  return value;
}

// value / 10^places in lowest terms. Factors 2 and 5 are cancelled first, so 10^places itself is
// never formed when it would not fit but the reduced denominator does (e.g. 1/2^40 has 40 places).
Rational decimal_fraction(Int128 value, int places) {
  if (value == 0) return Rational(0);
  int twos = places;
  int fives = places;
  while (twos > 0 && value % 2 == 0) value /= 2, --twos;
  while (fives > 0 && value % 5 == 0) value /= 5, --fives;
  return Rational::fraction(value, checked_mul(checked_power(2, twos), checked_power(5, fives)));
}

// The next decimal digit of remainder/den: floor(remainder * 10 / den), and remainder becomes
// (remainder * 10) mod den. Needs 0 <= remainder < den; never overflows, even for den near 2^127.
int next_digit(Int128& remainder, Int128 den) {
  if (remainder <= max_int128 / 10) {
    Int128 tenfold = remainder * 10;
    remainder = tenfold % den;
    return static_cast<int>(tenfold / den);
  }
  // Add remainder ten times modulo den, counting the wrap-arounds; `gap` is what still fits below den.
  int digit = 0;
  Int128 sum = 0;
  Int128 gap = den - remainder;
  for (int i = 0; i < 10; ++i) {
    if (sum >= gap) {
      sum -= gap;
      ++digit;
    } else {
      sum += remainder;
    }
  }
  remainder = sum;
  return digit;
}

// |value| written as whole part and a fixed number of fraction digits, plus the part that was cut off
// (leftover / den, with 0 <= leftover < den), which decides the rounding.
struct DecimalMagnitude {
  Int128 whole = 0;
  std::string fraction;  // exactly `decimals` ASCII digits
  Int128 leftover = 0;
  bool exact = false;  // nothing non-zero was cut off, so the digits are the value itself
};

// |num/den| cut off (not rounded) after `decimals` fraction digits.
DecimalMagnitude truncated_magnitude(Int128 num, Int128 den, int decimals) {
  Int128 size = num < 0 ? -num : num;  // num is inside the symmetric range
  DecimalMagnitude result;
  result.whole = size / den;
  result.leftover = size % den;
  for (int i = 0; i < decimals; ++i) {
    result.fraction.push_back(static_cast<char>('0' + next_digit(result.leftover, den)));
  }
  return result;
}

// True when the last kept digit (of the fraction, or of the whole part if there is none) is odd.
bool last_digit_is_odd(const DecimalMagnitude& m) {
  if (m.fraction.empty()) return m.whole % 2 != 0;
  return (m.fraction.back() - '0') % 2 != 0;
}

// Whether `mode` moves the cut-off magnitude one unit of the last place further from zero.
bool rounds_away_from_zero(const DecimalMagnitude& m, Int128 den, bool negative, RoundingMode mode) {
  if (m.leftover == 0) return false;  // exact: every mode keeps it
  Int128 rest = den - m.leftover;      // leftover < rest: below one half; == : exactly one half
  switch (mode) {
    case RoundingMode::TowardZero: return false;
    case RoundingMode::Down: return negative;  // floor: negatives move away from zero
    case RoundingMode::Up: return !negative;   // ceiling: positives move away from zero
    case RoundingMode::HalfAwayFromZero: return m.leftover >= rest;
    case RoundingMode::HalfEven: return m.leftover > rest || (m.leftover == rest && last_digit_is_odd(m));
  }
  return false;
}

// Adds one unit of the last place, carrying through the fraction digits into the whole part.
void add_one_unit(DecimalMagnitude& m) {
  for (auto digit = m.fraction.rbegin(); digit != m.fraction.rend(); ++digit) {
    if (*digit != '9') {
      ++*digit;
      return;
    }
    *digit = '0';
  }
  m.whole = checked_add(m.whole, 1);
}

// |num/den| rounded to `decimals` places with `mode` (the sign of num decides the direction).
DecimalMagnitude rounded_magnitude(Int128 num, Int128 den, int decimals, RoundingMode mode) {
  if (decimals < 0) throw std::invalid_argument("rounding needs decimals >= 0");
  DecimalMagnitude m = truncated_magnitude(num, den, decimals);
  m.exact = m.leftover == 0;
  if (rounds_away_from_zero(m, den, num < 0, mode)) add_one_unit(m);
  return m;
}

// True when every digit of a magnitude is zero.
bool is_zero_magnitude(const DecimalMagnitude& m) {
  return m.whole == 0 && std::all_of(m.fraction.begin(), m.fraction.end(), [](char c) { return c == '0'; });
}

// Number of decimal places of 1/den when that expansion ends (den = 2^a * 5^b needs max(a, b));
// nullopt when den has another prime factor and the expansion repeats forever.
std::optional<int> terminating_places(Int128 den) {
  int twos = 0;
  int fives = 0;
  while (den % 2 == 0) den /= 2, ++twos;
  while (den % 5 == 0) den /= 5, ++fives;
  if (den != 1) return std::nullopt;
  return std::max(twos, fives);
}

// True for an ASCII digit.
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// True for one or more digits where single underscores may separate digits ("6_000", not "6__0", "_6", "6_").
bool is_digit_group(std::string_view text) {
  if (text.empty() || !is_digit(text.front()) || !is_digit(text.back())) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_digit(text[i])) continue;
    if (text[i] != '_' || !is_digit(text[i + 1])) return false;  // i + 1 exists: the last char is a digit
  }
  return true;
}

// `text` without its underscores.
std::string without_underscores(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c != '_') digits.push_back(c);
  }
  return digits;
}

// `digits` without trailing zeros ("500" -> "5"): they do not change a fraction's value.
std::string_view without_trailing_zeros(std::string_view digits) {
  while (!digits.empty() && digits.back() == '0') digits.remove_suffix(1);
  return digits;
}

}  // namespace

// num/den in lowest terms with a positive denominator; DivisionByZero when den == 0.
Rational Rational::fraction(Int128 num, Int128 den) {
  if (den == 0) throw DivisionByZero("division by zero");
  UInt128 num_size = magnitude(num);
  UInt128 den_size = magnitude(den);
  UInt128 divisor = gcd(num_size, den_size);  // >= 1 because den != 0
  bool negative = num != 0 && ((num < 0) != (den < 0));
  Rational result;
  result.num_ = with_sign(divide(num_size, divisor), negative);
  result.den_ = with_sign(divide(den_size, divisor), false);
  return result;
}

// cents / 100, e.g. 1999 -> 19.99.
Rational Rational::from_cents(std::int64_t cents) { return fraction(cents, 100); }

// "-12.50", "6_000", "0.025", "7" -> exact value; nullopt for anything else or a value too large.
std::optional<Rational> Rational::parse_decimal(std::string_view text) {
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  std::size_t point = text.find('.');
  std::string_view whole_part = text.substr(0, point);
  std::string_view fraction_part = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  if (!is_digit_group(whole_part)) return std::nullopt;
  if (point != std::string_view::npos && !is_digit_group(fraction_part)) return std::nullopt;
  std::string fraction_digits = without_underscores(fraction_part);
  std::string_view significant = without_trailing_zeros(fraction_digits);
  try {
    Int128 value = value_of_digits(without_underscores(whole_part) + std::string(significant));
    Rational result = decimal_fraction(value, static_cast<int>(significant.size()));
    return negative ? -result : result;
  } catch (const ArithmeticOverflow&) {
    return std::nullopt;
  }
}

// The same magnitude with the opposite sign; cannot overflow because the range is symmetric.
Rational Rational::operator-() const {
  Rational result = *this;
  result.num_ = -num_;
  return result;
}

// a + b, reducing by the denominators' common factor first (Knuth, TAOCP 4.5.1) so that the
// intermediate products stay as small as possible.
Rational operator+(const Rational& a, const Rational& b) {
  if (a.den_ == 1 && b.den_ == 1) return Rational::fraction(checked_add(a.num_, b.num_), 1);  // whole numbers: nothing to reduce
  Int128 shared = common_factor(a.den_, b.den_);
  Int128 sum = checked_add(checked_mul(a.num_, b.den_ / shared), checked_mul(b.num_, a.den_ / shared));
  Int128 cancel = common_factor(sum, shared);  // the only factors sum can share with the denominator
  return Rational::fraction(sum / cancel, checked_mul(a.den_ / shared, b.den_ / cancel));
}

// a - b, as a + (-b); the negation is always exact.
Rational operator-(const Rational& a, const Rational& b) { return a + (-b); }

// a * b, cancelling each numerator against the other denominator before multiplying.
Rational operator*(const Rational& a, const Rational& b) {
  Int128 cancel_a = common_factor(a.num_, b.den_);  // >= 1 because b.den_ >= 1
  Int128 cancel_b = common_factor(b.num_, a.den_);
  Int128 num = checked_mul(a.num_ / cancel_a, b.num_ / cancel_b);
  Int128 den = checked_mul(a.den_ / cancel_b, b.den_ / cancel_a);
  return Rational::fraction(num, den);
}

// a / b as a times the reciprocal of b; DivisionByZero when b == 0.
Rational operator/(const Rational& a, const Rational& b) {
  if (b.is_zero()) throw DivisionByZero("division by zero");
  return a * Rational::fraction(b.den_, b.num_);
}

// Exact ordering; never overflows (cross products are formed only where they fit).
std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
  if (a.sign() != b.sign()) return a.sign() <=> b.sign();
  if (a.den_ == b.den_) return a.num_ <=> b.num_;
  // Below 2^63 the cross products fit in a signed 128-bit integer: compare them directly.
  auto small = [](Int128 value) { return (magnitude(value) >> 63) == 0; };
  if (small(a.num_) && small(b.num_) && small(a.den_) && small(b.den_)) {
    return a.num_ * b.den_ <=> b.num_ * a.den_;
  }
  if (a.sign() >= 0) return compare_non_negative(a.num_, a.den_, b.num_, b.den_);
  return compare_non_negative(-b.num_, b.den_, -a.num_, a.den_);  // both negative: larger size is smaller
}

// The nearest multiple of 10^-decimals in the direction `mode` prescribes.
Rational Rational::round(int decimals, RoundingMode mode) const {
  DecimalMagnitude m = rounded_magnitude(num_, den_, decimals, mode);
  if (m.exact) return *this;  // already a multiple of 10^-decimals
  Rational size = Rational::fraction(m.whole, 1) + decimal_fraction(value_of_digits(m.fraction), decimals);
  return num_ < 0 ? -size : size;
}

// Whole cents after rounding with `mode`; ArithmeticOverflow when they do not fit in int64.
std::int64_t Rational::to_cents(RoundingMode mode) const {
  DecimalMagnitude m = rounded_magnitude(num_, den_, 2, mode);
  Int128 cents = checked_add(checked_mul(m.whole, 100), value_of_digits(m.fraction));
  if (num_ < 0) cents = -cents;
  if (cents > std::numeric_limits<std::int64_t>::max() || cents < std::numeric_limits<std::int64_t>::min()) {
    throw_overflow();
  }
  return static_cast<std::int64_t>(cents);
}

// The value as int64; ArithmeticOverflow when it is not an integer or does not fit.
std::int64_t Rational::to_int64() const {
  if (!is_integer() || num_ > std::numeric_limits<std::int64_t>::max() ||
      num_ < std::numeric_limits<std::int64_t>::min()) {
    throw ArithmeticOverflow("not a 64-bit integer");
  }
  return static_cast<std::int64_t>(num_);
}

// Exact decimals when they end, else half-even to `max_decimals` places followed by "...".
std::string Rational::to_string(int max_decimals) const {
  if (std::optional<int> places = terminating_places(den_)) return to_fixed(*places, RoundingMode::HalfEven);
  return to_fixed(max_decimals, RoundingMode::HalfEven) + "...";
}

// Exactly `decimals` places after rounding with `mode`; a result of zero is printed without a sign.
std::string Rational::to_fixed(int decimals, RoundingMode mode) const {
  DecimalMagnitude m = rounded_magnitude(num_, den_, decimals, mode);
  std::string text = (num_ < 0 && !is_zero_magnitude(m)) ? "-" : "";
  text += digits_of(m.whole);
  if (!m.fraction.empty()) text += "." + m.fraction;
  return text;
}

}  // namespace rw
