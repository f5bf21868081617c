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

const Report& ReportList::iterator::operator*() const { return (*(*groups_)[group_])[index_]; }

ReportList::iterator& ReportList::iterator::operator++() {
  if (++index_ == (*groups_)[group_]->size()) {
    ++group_;
    index_ = 0;
  }
  return *this;
}

}  // namespace rw
