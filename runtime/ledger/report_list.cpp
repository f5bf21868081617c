#include "runtime/ledger/report_list.h"

#include <algorithm>

#include "runtime/ledger/ledger.h"

namespace rw {

void ReportList::add(Group group) {
  if (!group || group->empty()) return;
  size_ += group->size();
  groups_.push_back(std::move(group));
}

void ReportList::remove_year(int year) {
  std::erase_if(groups_, [&](const Group& group) {
    bool of_year = group->front().year == year;
    if (of_year) size_ -= group->size();
    return of_year;
  });
}

}  // namespace rw
