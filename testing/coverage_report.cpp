#include "testing/coverage_report.h"

#include <fmt/format.h>

#include "lang/language.h"
#include "lang/overloaded.h"
#include "messages/say.h"

namespace rw::testing {

namespace {

// A condition that decides a branch, and the declaration it is in.
struct BranchPoint {
  const ast::Expr* condition;
  const words::Word* kind;  // if, where, when
};

// Collects the branch points in expressions and statements, in source order.
class BranchFinder {
 public:
  std::vector<BranchPoint> points;

  void expr(const ast::Expr* e) {
    if (!e) return;
    std::visit(
        [&](const auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, ast::Field>) {
            expr(node.object.get());
          } else if constexpr (std::is_same_v<T, ast::Call>) {
            for (const auto& a : node.arguments) expr(a.get());
          } else if constexpr (std::is_same_v<T, ast::Unary>) {
            expr(node.operand.get());
          } else if constexpr (std::is_same_v<T, ast::Binary>) {
            expr(node.left.get());
            expr(node.right.get());
          } else if constexpr (std::is_same_v<T, ast::Conditional>) {
            point(node.condition.get(), words::if_);
            expr(node.then_branch.get());
            expr(node.else_branch.get());
          } else if constexpr (std::is_same_v<T, ast::Exists>) {
            expr(node.operand.get());
          } else if constexpr (std::is_same_v<T, ast::Comprehension>) {
            expr(node.list.get());
            point(node.filter.get(), words::where);
            expr(node.element.get());
          } else if constexpr (!std::is_same_v<T, ast::Literal> && !std::is_same_v<T, ast::Name>) {  // leaves: no branches
            static_assert(unhandled_kind<T>, "BranchFinder: an expression kind without a branch");
          }
        },
        e->node);
  }

  void block(const ast::Block& statements) {
    for (const auto& s : statements) stmt(*s);
  }

  void stmt(const ast::Stmt& s) {
    std::visit(
        [&](const auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, ast::ForEach>) {
            expr(node.collection.get());
            point(node.filter.get(), words::where);
            block(node.body);
          } else if constexpr (std::is_same_v<T, ast::If>) {
            point(node.condition.get(), words::if_);
            block(node.then_block);
            block(node.else_block);
          } else if constexpr (std::is_same_v<T, ast::Let>) {
            expr(node.value.get());
          } else if constexpr (std::is_same_v<T, ast::Pay>) {
            expr(node.from.get());
            expr(node.amount.get());
            expr(node.to.get());
          } else if constexpr (std::is_same_v<T, ast::Distribute>) {
            expr(node.amount.get());
            expr(node.list.get());
            point(node.filter.get(), words::where);
            expr(node.weight.get());
            expr(node.cap.get());
            if (node.columns) {
              expr(node.columns->list.get());
              point(node.columns->filter.get(), words::where);
              expr(node.columns->weight.get());
              expr(node.columns->cap.get());
            }
            block(node.body);
            block(node.remainder);
          } else if constexpr (std::is_same_v<T, ast::Note>) {
            expr(node.amount.get());
            expr(node.account.get());
          } else if constexpr (std::is_same_v<T, ast::Report>) {
            expr(node.value.get());
            expr(node.subject.get());
          } else if constexpr (std::is_same_v<T, ast::Require>) {  // a check, not a branch; its condition may hold branches
            expr(node.condition.get());
          } else {
            static_assert(unhandled_kind<T>, "BranchFinder: a statement kind without a branch");
          }
        },
        s.node);
  }

  void point(const ast::Expr* condition, const words::Word& kind) {
    if (!condition) return;
    expr(condition);
    points.push_back({condition, &kind});
  }
};

// Outcomes seen for a condition: 0, 1 or 2.
int seen(const Coverage& coverage, const ast::Expr& condition) {
  if (static_cast<std::size_t>(condition.id) >= coverage.conditions.size()) return 0;
  std::uint8_t bits = coverage.conditions[condition.id];
  return ((bits & Coverage::seen_true) ? 1 : 0) + ((bits & Coverage::seen_false) ? 1 : 0);
}

// One declaration's line of the report, and its uncovered conditions.
struct Part {
  std::string label;
  int line = 0;
  bool is_rule = false;
  bool applied = false;
  std::vector<BranchPoint> points;
};

}  // namespace

std::string percentage(int covered, int total) {
  if (total == 0) return "100.0%";
  long long tenths = static_cast<long long>(covered) * 1000 / total;
  return fmt::format("{}.{}%", tenths / 10, tenths % 10);
}

CoverageSummary coverage_summary(const std::vector<std::unique_ptr<TestedModel>>& models) {
  CoverageSummary summary;
  for (const auto& tested : models) {
    if (!tested->program) continue;
    const CheckedModel& model = tested->program->model;
    const SourceFile& source = *tested->program->source;
    const Coverage& coverage = tested->coverage;
    std::vector<Part> parts;
    for (std::size_t r = 0; r < model.rules.size(); ++r) {
      const ast::RuleDecl& decl = *model.rules[r].decl;
      BranchFinder finder;
      finder.point(decl.when.get(), words::when);
      finder.expr(decl.due.get());
      finder.block(decl.body);
      bool applied = r < coverage.rules.size() && coverage.rules[r];
      parts.push_back({say("rule {}", decl.id.name), source.position(decl.id.range.begin).line, true, applied,
                       std::move(finder.points)});
    }
    for (const DefinitionInfo& d : model.definitions) {
      BranchFinder finder;
      finder.expr(d.decl->body.get());
      if (finder.points.empty()) continue;
      parts.push_back({std::string(spelled(words::define, message_language())) + " " + d.name, source.position(d.decl->name.range.begin).line, false, false, std::move(finder.points)});
    }
    int covered = 0, total = 0, rules_applied = 0, branches_seen = 0, branches = 0;
    std::string lines, missed;
    for (const Part& part : parts) {
      int part_seen = 0;
      for (const BranchPoint& p : part.points) {
        int n = seen(coverage, *p.condition);
        part_seen += n;
        if (n < 2) {
          bool was_true = static_cast<std::size_t>(p.condition->id) < coverage.conditions.size() &&
                          (coverage.conditions[p.condition->id] & Coverage::seen_true);
          std::string_view text = source.slice(p.condition->range);
          std::string shown = text.size() > 60 ? std::string(text.substr(0, 57)) + "..." : std::string(text);
          std::string where = source.location(p.condition->range), kind(spelled(*p.kind, message_language()));
          missed += "    " +
                    (n == 0      ? say("{}: {} `{}` was never evaluated", where, kind, shown)
                     : was_true ? say("{}: {} `{}` was never false", where, kind, shown)
                                : say("{}: {} `{}` was never true", where, kind, shown)) +
                    "\n";
        }
      }
      int part_total = 2 * static_cast<int>(part.points.size());
      branches_seen += part_seen;
      branches += part_total;
      if (part.is_rule) rules_applied += part.applied ? 1 : 0;
      std::string status = part.is_rule ? (part.applied ? say("applied") : say("NEVER APPLIED")) : "";
      lines += say("  {:<26} line {:<5} {:<14} branches {}/{}", part.label, part.line, status, part_seen, part_total) + "\n";
    }
    int rules = static_cast<int>(model.rules.size());
    covered = rules_applied + branches_seen;
    total = rules + branches;
    summary.covered += covered;
    summary.total += total;
    summary.text += say("coverage of {}: rules {}/{} applied, branches {}/{} ({})", source.path(), rules_applied, rules, branches_seen,
                        branches, percentage(covered, total)) + "\n" + lines;
    if (!missed.empty()) summary.text += "  " + say("not exercised:") + "\n" + missed;
  }
  summary.text += say("coverage: {}/{} rules and branches ({})", summary.covered, summary.total,
                      percentage(summary.covered, summary.total)) + "\n";
  return summary;
}

}  // namespace rw::testing
