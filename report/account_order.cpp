#include "report/account_order.h"

namespace rw {

std::vector<std::size_t> display_order(const std::vector<const AccountInfo*>& accounts) {
  std::vector<std::size_t> order;
  for (bool members : {false, true}) {
    for (std::size_t i = 0; i < accounts.size(); ++i) {
      if ((accounts[i]->kind == AccountKind::Member) == members) order.push_back(i);
    }
  }
  return order;
}

}  // namespace rw
