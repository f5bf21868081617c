#pragma once
// The reports of a ledger, kept in groups: one group per rule and year, shared by the ledgers that
// contain it (a what-if takes over the groups of the rules it does not evaluate again without copying
// a report).
#include <cstddef>
#include <iterator>
#include <memory>
#include <vector>

namespace rw {

struct Report;

class ReportList {
 public:
  using Group = std::shared_ptr<const std::vector<Report>>;

  // Appends a group (one rule's reports in one year, in the order made); an empty one is left out.
  void add(Group group);
  // Removes every group of `year`.
  void remove_year(int year);
  const std::vector<Group>& groups() const { return groups_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Every report, group after group.
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Report;
    using difference_type = std::ptrdiff_t;
    using pointer = const Report*;
    using reference = const Report&;

    iterator() = default;
    iterator(const std::vector<Group>* groups, std::size_t group) : groups_(groups), group_(group) {}
    reference operator*() const;  // defined where Report is complete (report_list.cpp)
    pointer operator->() const { return &**this; }
    iterator& operator++();
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.group_ == b.group_ && a.index_ == b.index_; }

   private:
    const std::vector<Group>* groups_ = nullptr;
    std::size_t group_ = 0;
    std::size_t index_ = 0;
  };
  iterator begin() const { return {&groups_, 0}; }
  iterator end() const { return {&groups_, groups_.size()}; }

 private:
  std::vector<Group> groups_;  // none empty
  std::size_t size_ = 0;
};

}  // namespace rw
