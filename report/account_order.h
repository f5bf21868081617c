#pragma once
// The order accounts are shown in, in every report: the declared accounts (the centre, the state, ...)
// first, then the members, each group in the order of the rule file.
#include <cstddef>
#include <vector>

#include "lang/model.h"

namespace rw {

// Positions into `accounts`, in display order.
std::vector<std::size_t> display_order(const std::vector<const AccountInfo*>& accounts);

}  // namespace rw
