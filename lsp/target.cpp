#include "lsp/target.h"

#include "lang/name_chars.h"
#include "lsp/protocol.h"

namespace rw::lsp {

namespace {

// The symbol or local at byte `offset` of an analysis with a program.
Target lookup(const std::string& uri, const std::shared_ptr<const Analysis>& analysis, std::uint32_t offset, bool current) {
  Target target{uri, analysis, std::nullopt, nullptr, {}, current, std::nullopt};
  if (const Occurrence* occurrence = analysis->index.occurrence_at(offset)) {
    target.symbol = occurrence->symbol;
    target.range = occurrence->range;
  } else if (const LocalUse* local = analysis->index.local_at(offset)) {
    target.local = local;
    target.range = local->range;
  }
  if (current && (target.symbol || target.local)) target.here = to_range(analysis->lines, target.range);
  return target;
}

// The symbol of the rule file that the name at `offset` of a test file refers to.
Target linked(const Analysis& tests, std::uint32_t offset) {
  for (const Occurrence& name : tests.links->names) {
    if (name.range.begin <= offset && offset <= name.range.end) {
      const Symbol& symbol = tests.links->model->index.symbols[name.symbol];
      return Target{tests.links->uri, tests.links->model, name.symbol, nullptr, symbol.name_range, false,
                    to_range(tests.lines, name.range)};
    }
  }
  return {};
}

}  // namespace

std::string word_at(const std::string& text, std::uint32_t offset, std::uint32_t& begin) {
  if (offset > text.size()) offset = static_cast<std::uint32_t>(text.size());
  std::uint32_t start = offset, end = offset;
  while (std::size_t length = names::name_char_before(text, start)) start -= static_cast<std::uint32_t>(length);
  while (std::size_t length = names::name_char_at(text, end)) end += static_cast<std::uint32_t>(length);
  begin = start;
  return text.substr(start, end - start);
}

Target target_at(const Workspace& workspace, const std::string& uri, Position position) {
  const DocumentAnalyses* analyses = workspace.find(uri);
  if (!analyses || !analyses->latest) return {};
  const Analysis& latest = *analyses->latest;
  if (latest.links) return linked(latest, latest.lines.offset(position));
  if (latest.program) return lookup(uri, analyses->latest, latest.lines.offset(position), true);
  if (!analyses->last_good) return {};
  const Analysis& good = *analyses->last_good;
  if (position.line < good.lines.line_count() && good.lines.line(position.line) == latest.lines.line(position.line)) {
    Target same = lookup(uri, analyses->last_good, good.lines.offset(position), false);
    if (same.symbol || same.local) return same;
  }
  std::uint32_t begin = 0;
  std::string word = word_at(latest.lines.text(), latest.lines.offset(position), begin);
  Target target{uri, analyses->last_good, std::nullopt, nullptr, {}, false, std::nullopt};
  for (int symbol : good.index.named(word)) {
    target.symbol = symbol;
    target.range = good.index.symbols[symbol].name_range;
    break;
  }
  return target;
}

}  // namespace rw::lsp
