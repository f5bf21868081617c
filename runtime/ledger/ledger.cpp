#include "runtime/ledger/ledger.h"

namespace rw {

std::vector<std::int64_t> Ledger::balances(int year) const {
  std::vector<std::int64_t> result(accounts.size(), 0);
  for (const Posting& posting : postings) {
    if (posting.year != year) continue;
    result[posting.from] -= posting.cents;
    result[posting.to] += posting.cents;
  }
  return result;
}

}  // namespace rw
