// libFuzzer target: any bytes as the data of the Centraal-Gelderland model: load and validate (types,
// the keys of its inputs, the `require` lines of its records, the years of its rules), and when the
// data is valid, settle 2025; never crash or hang.
#include <algorithm>
#include <cstdlib>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/example_model.h"
#include "runtime/data/loader.h"
#include "runtime/eval/check_data.h"
#include "runtime/eval/interpreter.h"

namespace {

// The model; the fuzzer is only worth running against one that declares keys and record requires.
const rw::Program& model() {
  const rw::Program& m = rw::fuzz::centraal_gelderland();
  if (m.model.tables.inputs.front().key_fields.empty() || m.model.record_checks.empty()) std::abort();
  return m;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const rw::Program& m = model();
  rw::Dataset dataset;
  dataset.inputs.assign(m.model.tables.inputs.size(), rw::Absent{});
  dataset.input_files.assign(m.model.tables.inputs.size(), "");
  std::vector<bool> seen(m.model.tables.inputs.size());
  std::vector<rw::DataError> errors;
  rw::load_json_text(m.model.tables, "fuzz.json", std::string(reinterpret_cast<const char*>(data), size), dataset, seen, errors);
  bool complete = std::all_of(seen.begin(), seen.end(), [](bool s) { return s; });
  if (errors.empty() && complete) errors = rw::check_data(m, dataset);
  for (const rw::DataError& error : errors) (void)rw::render(error);
  if (errors.empty() && complete) (void)rw::evaluate(m, dataset, {2025});
  return 0;
}
