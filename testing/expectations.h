#pragma once
// Checking what a test expects of one year's settlement: amounts between accounts, balances, notes,
// which account pays for a client, and yes/no definitions of a client. Exact to the cent.
#include <string>

#include "lang/checked_model.h"
#include "lang/program.h"
#include "runtime/data/loader.h"
#include "runtime/eval/overrides.h"
#include "runtime/ledger/ledger.h"
#include "testing/slot_values.h"
#include "testing/test_file.h"

namespace rw::testing {

// A model settled for a test: everything an expectation may look at.
struct Settlement {
  const Program& program;
  const Dataset& data;
  const Overrides& overrides;
  const Ledger& ledger;
};

// Checks `expectation` with the row's values; returns "" when it holds, else one line saying what was
// expected, what was found and where the actual amount came from. Mistakes in the test itself go to
// the reader's errors (and return "").
std::string check_expectation(const DatedExpectation& expectation, const Row& row, const Settlement& settlement,
                              SlotReader& read);

// "€648,000.00", "-€50.00".
std::string euros(std::int64_t cents);

}  // namespace rw::testing
