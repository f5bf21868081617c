#include "runtime/eval/value_hash.h"

#include <functional>

namespace rw {

namespace {

std::size_t mix(std::size_t seed, std::size_t value) { return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)); }

std::size_t hash_int128(Int128 value) {
  auto bits = static_cast<unsigned __int128>(value);
  return mix(std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(bits)), std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(bits >> 64)));
}

}  // namespace

std::size_t hash_value(const Value& value) {
  std::size_t kind = value.index();
  return mix(kind, std::visit(
                       [](const auto& v) -> std::size_t {
                         using T = std::decay_t<decltype(v)>;
                         if constexpr (std::is_same_v<T, Absent>) return 0;
                         else if constexpr (std::is_same_v<T, bool>) return v ? 1 : 2;
                         else if constexpr (std::is_same_v<T, Rational>) return mix(hash_int128(v.numerator()), hash_int128(v.denominator()));
                         else if constexpr (std::is_same_v<T, Date>) return std::hash<std::int32_t>{}(v.serial());
                         else if constexpr (std::is_same_v<T, Duration>) return mix(std::hash<std::int64_t>{}(v.months), std::hash<std::int64_t>{}(v.days));
                         else if constexpr (std::is_same_v<T, Period>) return mix(v.start.serial(), v.end ? v.end->serial() : -1);
                         else if constexpr (std::is_same_v<T, std::string>) return std::hash<std::string>{}(v);
                         else if constexpr (std::is_same_v<T, AccountRef>) return std::hash<int>{}(v.index);
                         else if constexpr (std::is_same_v<T, EnumValue>) return mix(v.decl, v.variant);
                         else if constexpr (std::is_same_v<T, RoundingMode>) return static_cast<std::size_t>(v);
                         else return std::hash<const void*>{}(v.get());  // records and lists: by identity
                       },
                       value));
}

std::size_t ArgumentsHash::operator()(std::span<const Value> arguments) const {
  std::size_t seed = arguments.size();
  for (const Value& v : arguments) seed = mix(seed, hash_value(v));
  return seed;
}

}  // namespace rw
