// libFuzzer target: any bytes as the text of a literal, read by the one literal reader for each type
// (amount, number, whole number, date, duration) and as a --set value of every parameter of the
// Centraal-Gelderland model; never crash, and every accepted value is one the reader promises.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz/example_model.h"
#include "lang/literal_text.h"
#include "runtime/eval/overrides.h"

namespace {

// Stops the run (a finding) when a promise of the reader does not hold.
void require(bool promise) {
  if (!promise) std::abort();
}

// A result is a value or a message, never both or neither.
template <class T>
bool well_formed(const rw::Checked<T>& result) {
  return result.value.has_value() == result.error.empty();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  rw::Checked<rw::Rational> amount = rw::read_amount(text);
  require(well_formed(amount));
  if (amount.value) require((*amount.value * rw::Rational(100)).is_integer());  // at most two decimals
  require(well_formed(rw::read_number(text)));
  rw::Checked<rw::Rational> whole = rw::read_whole_number(text);
  require(well_formed(whole));
  if (whole.value) require(whole.value->is_integer());
  rw::Checked<rw::Date> date = rw::read_date(text);
  require(well_formed(date));
  if (date.value) require(rw::read_date(date.value->to_string()).value == date.value);  // YYYY-MM-DD both ways
  rw::Checked<rw::Duration> duration = rw::read_duration(text);
  require(well_formed(duration));
  if (duration.value) require(std::llabs(duration.value->months) <= 12'000'000 && std::llabs(duration.value->days) <= 1'000'000);
  (void)rw::has_euro_sign(text);

  const rw::Program& m = rw::fuzz::centraal_gelderland();
  for (const rw::ParameterInfo& parameter : m.model.parameters) {
    rw::Overrides overrides;
    (void)rw::add_setting(m.model, parameter.name + "=" + text, overrides);
  }
  return 0;
}
