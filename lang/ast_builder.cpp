#include "lang/ast_builder.h"

#include <fmt/format.h>

#include "lang/literal_spelling.h"
#include "lang/literal_text.h"
#include "messages/say.h"

namespace rw {

using grammar::Node;
namespace g = grammar;

namespace {

SourceRange range_of(const Node& node) {
  return {static_cast<std::uint32_t>(node.m_begin.byte), static_cast<std::uint32_t>(node.m_end.byte)};
}

// The AST builder: one method per kind of parse-tree node.
class Builder {
 public:
  Builder(Language language, std::vector<Diagnostic>& diagnostics) : language_(language), diagnostics_(diagnostics) {}

  ast::File file(const Node& root);

 private:
  Language language_;
  std::vector<Diagnostic>& diagnostics_;
  int next_expr_id_ = 0;

  void error(SourceRange range, std::string message) {
    diagnostics_.push_back({Severity::Error, range, std::move(message), {}});
  }
  ast::ExprPtr make(const Node& node, decltype(ast::Expr::node) content) {
    auto expr = std::make_unique<ast::Expr>();
    expr->id = next_expr_id_++;
    expr->range = range_of(node);
    expr->node = std::move(content);
    return expr;
  }

  ast::Identifier identifier(const Node& node) { return {node.string(), range_of(node)}; }
  std::string quoted_text(const Node& node);
  std::string english_text(const Node& node, Checked<std::string> (*spelled)(std::string_view, Language, Language));
  ast::TypeExpr type(const Node& node);
  ast::ExprPtr expr(const Node& node);
  ast::ExprPtr literal(const Node& node);
  ast::ExprPtr money(const Node& node);
  ast::ExprPtr postfix(const Node& node);
  ast::ExprPtr binary_chain(const Node& node);
  DayOverflow day_rounding(const Node& rounding, bool has_operator);
  ast::ExprPtr argument_expr(const Node& node);
  std::unique_ptr<ast::Stmt> distribute(const Node& node);
  std::unique_ptr<ast::DistributeAxis> column_axis(const Node& node);
  ast::Block block(const Node& node);
  std::unique_ptr<ast::Stmt> statement(const Node& node);
  ast::Decl declaration(const Node& node);
  ast::RuleDecl rule(const Node& node);
  ast::DefineDecl define(const Node& node);
  ast::DataChange data_change(const Node& node);
};

// The text of a literal the way the English literal reader reads it; a literal the file's spelling
// does not allow is reported, and "" returned.
std::string Builder::english_text(const Node& node, Checked<std::string> (*spelled)(std::string_view, Language, Language)) {
  Checked<std::string> text = spelled(node.string_view(), language_, Language::English);
  if (!text.value) {
    error(range_of(node), text.error);
    return "";  // the literal reader refuses it without a second message
  }
  return *text.value;
}

std::string Builder::quoted_text(const Node& node) {
  std::string_view text = node.string_view();
  return std::string(text.substr(1, text.size() - 2));
}

ast::TypeExpr Builder::type(const Node& node) {
  ast::TypeExpr result;
  result.range = range_of(node);
  if (node.is_type<g::list_type>()) {
    result.element = std::make_unique<ast::TypeExpr>(type(*node.children.at(0)));
  } else {
    result.name = node.children.at(0)->string();
    result.optional = node.children.size() > 1;
  }
  return result;
}

// Amount literals must be unambiguous to Dutch and English readers alike (lang/literal_text.h decides).
ast::ExprPtr Builder::money(const Node& node) {
  std::string text = english_text(node, number_spelled);
  Checked<Rational> value = read_amount(text);
  if (!value.value && !text.empty()) error(range_of(node), value.error);  // "": reported by english_text
  ast::Literal literal{ast::LiteralKind::Money, value.value.value_or(Rational(0)), {}, {}, {}, false};
  return make(node, std::move(literal));
}

// The other literals, read by the literal reader from the text the grammar matched.
ast::ExprPtr Builder::literal(const Node& node) {
  ast::Literal lit;
  std::string text(node.string_view());
  if (node.is_type<g::date_literal>()) text = english_text(node, date_spelled);
  else if (node.is_type<g::duration_literal>()) text = english_text(node, duration_spelled);
  else if (!node.is_type<g::string_literal>()) text = english_text(node, number_spelled);
  // The value, or its zero after reporting why the text is not one.
  auto read = [&](auto checked, auto zero) {
    if (!checked.value && !text.empty()) error(range_of(node), checked.error);  // "": reported by english_text
    return checked.value.value_or(zero);
  };
  if (node.is_type<g::integer_literal>()) {
    lit.kind = ast::LiteralKind::Integer;
    lit.number = read(read_whole_number(text), Rational(0));
  } else if (node.is_type<g::decimal_literal>()) {
    lit.kind = ast::LiteralKind::Decimal;
    lit.number = read(read_number(text), Rational(0));
  } else if (node.is_type<g::percent_literal>()) {
    lit.kind = ast::LiteralKind::Percent;
    lit.number = read(read_number(text), Rational(0));
  } else if (node.is_type<g::date_literal>()) {
    lit.kind = ast::LiteralKind::Date;
    lit.date = read(read_date(text), Date());
  } else if (node.is_type<g::duration_literal>()) {
    lit.kind = ast::LiteralKind::Duration;
    lit.duration = read(read_duration(text), Duration());
  } else if (node.is_type<g::string_literal>()) {
    lit.kind = ast::LiteralKind::Text;
    lit.text = quoted_text(node);
  } else {
    lit.kind = ast::LiteralKind::Bool;
    lit.boolean = node.is_type<g::true_literal>();
  }
  return make(node, std::move(lit));
}

ast::ExprPtr Builder::postfix(const Node& node) {
  ast::ExprPtr result = expr(*node.children.at(0));
  for (std::size_t i = 1; i < node.children.size(); ++i) {
    const Node& child = *node.children[i];
    auto combined = std::make_unique<ast::Expr>();
    combined->id = next_expr_id_++;
    combined->range = {result->range.begin, static_cast<std::uint32_t>(child.m_end.byte)};
    if (child.is_type<g::field_access>()) {
      const Node& field = *child.children.at(0);
      combined->node = ast::Field{std::move(result), field.string(), range_of(field)};
    } else {
      combined->node = ast::Exists{std::move(result)};
    }
    result = std::move(combined);
  }
  return result;
}

// Operator spelling to operator.
ast::BinaryOp binary_op(std::string_view op) {
  if (op == "+") return ast::BinaryOp::Add;
  if (op == "-") return ast::BinaryOp::Subtract;
  if (op == "*" || op == "×") return ast::BinaryOp::Multiply;
  if (op == "/") return ast::BinaryOp::Divide;
  if (op == "=") return ast::BinaryOp::Equal;
  if (op == "!=") return ast::BinaryOp::NotEqual;
  if (op == "<") return ast::BinaryOp::Less;
  if (op == "<=") return ast::BinaryOp::LessEqual;
  if (op == ">") return ast::BinaryOp::Greater;
  return ast::BinaryOp::GreaterEqual;
}

// Whether `node` is the first thing on its line (only spaces or tabs before it).
bool starts_line(const Node& node) {
  const char* begin = node.m_begin.data - (node.m_begin.column - 1);
  return std::string_view(begin, node.m_begin.data - begin).find_first_not_of(" \t") == std::string_view::npos;
}

// The direction of `rounding up|down` after a sum (read from its direction node, never from text);
// reports it where it cannot mean what it says: after a single operand, or at the start of a line.
DayOverflow Builder::day_rounding(const Node& rounding, bool has_operator) {
  DayOverflow direction = rounding.children.at(0)->is_type<g::day_rounding_up>() ? DayOverflow::Up : DayOverflow::Down;
  std::string written = direction == DayOverflow::Up ? "rounding up" : "rounding down";
  SourceRange range = range_of(rounding);
  range.end = static_cast<std::uint32_t>(rounding.children.at(0)->m_end.byte);  // not the spaces after it
  if (starts_line(rounding)) {
    error(range,
          say("'{0}' at the start of a line is ambiguous: it would round the date addition before it, and it "
                      "reads like the model's rounding mode; to round the date, write it on the line of the addition "
                      "(expiry + 12 months {0}); to set the model's rounding mode, put the declaration where no "
                      "expression comes before it (e.g. right after 'members')",
                      written));
  } else if (!has_operator) {
    error(range, say("'{}' only applies to adding a duration to a date (date + duration); to round an "
                             "amount, use round(x, decimals, mode)",
                             written));
  }
  return direction;
}

// Left-associative chains: operand (operator operand)*, and/or chains without operator nodes.
ast::ExprPtr Builder::binary_chain(const Node& node) {
  const auto& children = node.children;
  std::optional<ast::BinaryOp> fixed;
  if (node.is_type<g::conjunction>()) fixed = ast::BinaryOp::And;
  if (node.is_type<g::disjunction>()) fixed = ast::BinaryOp::Or;
  DayOverflow overflow = DayOverflow::Error;
  std::size_t count = children.size();
  if (node.is_type<g::sum>() && children.back()->is_type<g::day_rounding>()) {
    --count;
    overflow = day_rounding(*children.back(), count > 1);
  }
  std::size_t step = fixed ? 1 : 2;  // the grammar allows at most 1000 operands
  ast::ExprPtr result = expr(*children.at(0));
  for (std::size_t i = 1; i + step - 1 < count; i += step) {
    ast::BinaryOp op = fixed ? *fixed : binary_op(children[i]->string_view());
    ast::ExprPtr right = expr(*children[i + step - 1]);
    auto combined = std::make_unique<ast::Expr>();
    combined->id = next_expr_id_++;
    combined->range = {result->range.begin, right->range.end};
    combined->node = ast::Binary{op, std::move(result), std::move(right), overflow};
    result = std::move(combined);
  }
  return result;
}

ast::ExprPtr Builder::expr(const Node& node) {
  if (node.is_type<g::money_literal>()) return money(node);
  if (node.is_type<g::integer_literal>() || node.is_type<g::decimal_literal>() || node.is_type<g::percent_literal>() ||
      node.is_type<g::date_literal>() || node.is_type<g::duration_literal>() || node.is_type<g::string_literal>() ||
      node.is_type<g::true_literal>() || node.is_type<g::false_literal>()) {
    return literal(node);
  }
  if (node.is_type<g::name>() || node.is_type<g::all_members>()) return make(node, ast::Name{node.string()});
  if (node.is_type<g::member_reference>()) return make(node, ast::Name{quoted_text(*node.children.at(0)), true});
  if (node.is_type<g::parenthesised>()) return expr(*node.children.at(0));
  if (node.is_type<g::call>()) {
    ast::Call call{node.children.at(0)->string(), range_of(*node.children[0]), {}};
    for (const auto& argument : node.children.at(1)->children) call.arguments.push_back(argument_expr(*argument));
    return make(node, std::move(call));
  }
  if (node.is_type<g::postfix>()) return postfix(node);
  if (node.is_type<g::negation>()) return make(node, ast::Unary{ast::UnaryOp::Negate, expr(*node.children.at(0))});
  if (node.is_type<g::negated_condition>()) return make(node, ast::Unary{ast::UnaryOp::Not, expr(*node.children.at(0))});
  if (node.is_type<g::if_expression>()) {
    return make(node, ast::Conditional{expr(*node.children.at(0)), expr(*node.children.at(1)), expr(*node.children.at(2))});
  }
  // product, sum, comparison, conjunction, disjunction
  return binary_chain(node);
}

// A call argument: an expression, or a comprehension built from one.
ast::ExprPtr Builder::argument_expr(const Node& node) {
  ast::ExprPtr element = expr(*node.children.at(0));
  if (node.children.size() == 1) return element;
  const auto& c = node.children[1]->children;
  ast::Comprehension comprehension{std::move(element), c.at(0)->string(), range_of(*c[0]), expr(*c.at(1)), nullptr};
  if (c.size() > 2) comprehension.filter = expr(*c[2]->children.at(0));
  return make(node, std::move(comprehension));
}

std::unique_ptr<ast::DistributeAxis> Builder::column_axis(const Node& node) {
  const auto& c = node.children;
  auto axis = std::make_unique<ast::DistributeAxis>();
  axis->variable = c.at(0)->string();
  axis->variable_range = range_of(*c[0]);
  axis->list = expr(*c.at(1));
  std::size_t next = 2;
  if (c.at(next)->is_type<g::where_clause>()) axis->filter = expr(*c[next++]->children.at(0));
  axis->weight = expr(*c.at(next++)->children.at(0));
  if (next < c.size()) {
    const Node& cap = *c[next];
    axis->cap = expr(*cap.children.at(0));
    axis->excess = cap.children.at(1)->string_view() == spelled(words::spreading, language_) ? ast::ExcessMode::Spread : ast::ExcessMode::Keep;
  }
  return axis;
}

std::unique_ptr<ast::Stmt> Builder::distribute(const Node& node) {
  const auto& c = node.children;
  ast::Distribute d;
  d.amount = expr(*c.at(0));
  d.variable = c.at(1)->string();
  d.variable_range = range_of(*c[1]);
  d.list = expr(*c.at(2));
  std::size_t next = 3;
  if (c.at(next)->is_type<g::where_clause>()) d.filter = expr(*c[next++]->children.at(0));
  d.weight = expr(*c.at(next++)->children.at(0));
  if (c.at(next)->is_type<g::cap_clause>()) {
    const Node& cap = *c[next++];
    d.cap = expr(*cap.children.at(0));
    d.excess = cap.children.at(1)->string_view() == spelled(words::spreading, language_) ? ast::ExcessMode::Spread : ast::ExcessMode::Keep;
  }
  if (c.at(next)->is_type<g::column_axis>()) d.columns = column_axis(*c[next++]);
  d.part_name = c.at(next)->string();
  d.part_range = range_of(*c[next++]);
  d.body = block(*c.at(next++));
  if (next < c.size()) {
    const Node& rest = *c[next];
    d.rest_name = rest.children.at(0)->string();
    d.rest_range = range_of(*rest.children[0]);
    d.remainder = block(*rest.children.at(1));
  }
  auto stmt = std::make_unique<ast::Stmt>();
  stmt->range = range_of(node);
  stmt->node = std::move(d);
  return stmt;
}

ast::Block Builder::block(const Node& node) {
  ast::Block result;
  for (const auto& child : node.children) result.push_back(statement(*child));
  return result;
}

std::unique_ptr<ast::Stmt> Builder::statement(const Node& node) {
  if (node.is_type<g::distribute_statement>()) return distribute(node);
  auto stmt = std::make_unique<ast::Stmt>();
  stmt->range = range_of(node);
  const auto& c = node.children;
  if (node.is_type<g::for_statement>()) {
    ast::ForEach loop{c.at(0)->string(), range_of(*c[0]), expr(*c.at(1)), nullptr, {}};
    std::size_t next = 2;
    if (c.at(next)->is_type<g::where_clause>()) loop.filter = expr(*c[next++]->children.at(0));
    loop.body = block(*c.at(next));
    stmt->node = std::move(loop);
  } else if (node.is_type<g::if_statement>()) {
    ast::If branch{expr(*c.at(0)), block(*c.at(1)), {}};
    if (c.size() > 2) {
      const Node& otherwise = *c[2]->children.at(0);
      if (otherwise.is_type<g::if_statement>()) branch.else_block.push_back(statement(otherwise));
      else branch.else_block = block(otherwise);
    }
    stmt->node = std::move(branch);
  } else if (node.is_type<g::require_statement>()) {
    stmt->node = ast::Require{expr(*c.at(0)), quoted_text(*c.at(1))};
  } else if (node.is_type<g::note_statement>()) {
    stmt->node = ast::Note{quoted_text(*c.at(0)), expr(*c.at(1)), expr(*c.at(2))};
  } else if (node.is_type<g::report_statement>()) {
    ast::Report report{c.at(0)->string(), range_of(*c[0]), expr(*c.at(1)), nullptr};
    if (c.size() > 2) report.subject = expr(*c[2]->children.at(0));
    stmt->node = std::move(report);
  } else if (node.is_type<g::let_statement>()) {
    stmt->node = ast::Let{c.at(0)->string(), range_of(*c[0]), expr(*c.at(1))};
  } else {
    stmt->node = ast::Pay{expr(*c.at(0)), expr(*c.at(1)), expr(*c.at(2))};
  }
  return stmt;
}

ast::RuleDecl Builder::rule(const Node& node) {
  const auto& c = node.children;
  ast::RuleDecl result;
  result.id = identifier(*c.at(0));
  result.title = quoted_text(*c.at(1));
  const Node& years = *c.at(2);
  result.years_range = range_of(years);
  result.first_year = std::stoi(years.children.at(0)->string());
  result.last_year = years.children.size() > 1 ? std::stoi(years.children[1]->string()) : result.first_year;
  if (result.last_year < result.first_year) {
    error(result.years_range, say("the year range {}..{} is empty: write the earlier year first",
                                          result.first_year, result.last_year));
  }
  std::size_t next = 3;
  if (c.at(next)->is_type<g::when_clause>()) result.when = expr(*c[next++]->children.at(0));
  if (c.at(next)->is_type<g::due_clause>()) result.due = expr(*c[next++]->children.at(0));
  result.body = block(*c.at(next));
  return result;
}

ast::DataChange Builder::data_change(const Node& node) {
  const auto& c = node.children;
  ast::DataChange change;
  change.range = range_of(node);
  change.input = identifier(*c.at(0));
  if (node.is_type<g::add_records>()) {
    const Node& records = *c.at(1);
    change.records_range = range_of(records);
    if (records.is_type<g::records_file>()) {
      change.records_file = quoted_text(*records.children.at(0));
    } else {
      change.records_json = records.string();
    }
    return change;
  }
  change.kind = node.is_type<g::change_records>() ? ast::DataChangeKind::Change : ast::DataChangeKind::Remove;
  const Node& selector = *c.at(1);
  if (selector.is_type<g::record_key>()) {
    change.key = quoted_text(selector);
    change.key_range = range_of(selector);
  } else {
    change.filter = expr(*selector.children.at(0));
  }
  for (std::size_t i = 2; i < c.size(); ++i) {
    change.assignments.push_back({identifier(*c[i]->children.at(0)), expr(*c[i]->children.at(1))});
  }
  return change;
}

ast::DefineDecl Builder::define(const Node& node) {
  const auto& c = node.children;
  ast::DefineDecl result;
  result.name = identifier(*c.at(0));
  std::size_t next = 1;
  if (c.at(next)->is_type<g::param_list>()) {
    result.has_params = true;
    for (const auto& param : c[next]->children) {
      result.arguments.push_back({identifier(*param->children.at(0)), type(*param->children.at(1))});
    }
    ++next;
  }
  if (c.at(next)->is_type<g::result_type>()) result.result_type = type(*c[next++]->children.at(0));
  result.body = expr(*c.at(next));
  return result;
}

ast::Decl Builder::declaration(const Node& node) {
  ast::Decl decl;
  decl.range = range_of(node);
  const auto& c = node.children;
  if (node.is_type<g::members_decl>()) {
    ast::MembersDecl members;
    for (const auto& entry : c) {
      const Node& name = *entry->children.at(0);
      ast::MemberEntry member{{name.is_type<g::string_literal>() ? quoted_text(name) : name.string(), range_of(name)}, {}, {}};
      for (std::size_t i = 1; i < entry->children.size(); ++i) {
        const Node& limit = *entry->children[i];
        int year = std::stoi(limit.children.at(0)->string());
        (limit.is_type<g::member_from>() ? member.from_year : member.until_year) = year;
      }
      if (member.from_year && member.until_year && *member.until_year < *member.from_year) {
        error(range_of(*entry), say("a member cannot leave before it joins: the 'until' year comes before the 'from' year"));
      }
      members.members.push_back(std::move(member));
    }
    decl.node = std::move(members);
  } else if (node.is_type<g::account_decl>()) {
    bool named = c.size() > 1 && c[1]->is_type<g::string_literal>();
    ast::AccountDecl account{identifier(*c.at(0)), named ? quoted_text(*c[1]) : c.at(0)->string(), nullptr};
    if (!c.empty() && c.back()->is_type<g::opening_clause>()) account.opening = expr(*c.back()->children.at(0));
    decl.node = std::move(account);
  } else if (node.is_type<g::rounding_decl>()) {
    auto mode = parse_rounding_mode(c.at(0)->string());
    if (!mode) {
      error(range_of(*c[0]), say("unknown rounding mode '{}': use half_away_from_zero, half_even, down, up "
                                         "or toward_zero", c[0]->string()));
    }
    decl.node = ast::RoundingDecl{mode.value_or(RoundingMode::HalfAwayFromZero)};
  } else if (node.is_type<g::enum_decl>()) {
    ast::EnumDecl enumeration{identifier(*c.at(0)), {}};
    for (std::size_t i = 1; i < c.size(); ++i) enumeration.variants.push_back(identifier(*c[i]));
    decl.node = std::move(enumeration);
  } else if (node.is_type<g::record_decl>()) {
    ast::RecordDecl record{identifier(*c.at(0)), {}, {}};
    for (std::size_t i = 1; i < c.size(); ++i) {
      const auto& parts = c[i]->children;
      if (c[i]->is_type<g::require_statement>()) {
        record.checks.push_back({expr(*parts.at(0)), quoted_text(*parts.at(1))});
      } else {
        record.fields.push_back({identifier(*parts.at(0)), type(*parts.at(1))});
      }
    }
    decl.node = std::move(record);
  } else if (node.is_type<g::input_decl>()) {
    ast::InputDecl input{identifier(*c.at(0)), type(*c.at(1)), {}};
    if (c.size() > 2) {
      for (const auto& field : c[2]->children) input.key.push_back(identifier(*field));
    }
    decl.node = std::move(input);
  } else if (node.is_type<g::parameter_decl>()) {
    ast::ParameterDecl parameter{identifier(*c.at(0)), type(*c.at(1)), {}};
    for (std::size_t i = 2; i < c.size(); ++i) {
      const Node& dated = *c[i];
      std::optional<int> from;
      if (dated.children.size() > 1) from = std::stoi(dated.children[1]->string());
      parameter.values.push_back({expr(*dated.children.at(0)), from, range_of(dated)});
    }
    decl.node = std::move(parameter);
  } else if (node.is_type<g::define_decl>()) {
    decl.node = define(node);
  } else if (node.is_type<g::scenario_decl>()) {
    ast::ScenarioDecl scenario{identifier(*c.at(0)), "", {}, {}};
    std::size_t next = 1;
    if (next < c.size() && c[next]->is_type<g::string_literal>()) scenario.title = quoted_text(*c[next++]);
    for (; next < c.size(); ++next) {
      if (!c[next]->is_type<g::setting>()) {
        scenario.data_changes.push_back(data_change(*c[next]));
        continue;
      }
      const auto& parts = c[next]->children;
      std::optional<int> from;
      if (parts.size() > 2) from = std::stoi(parts[1]->string());
      scenario.settings.push_back({identifier(*parts.at(0)), from, expr(*parts.back())});
    }
    decl.node = std::move(scenario);
  } else {
    decl.node = rule(node);
  }
  return decl;
}

ast::File Builder::file(const Node& root) {
  ast::File result;
  const Node& header = *root.children.at(0);
  result.header_range = range_of(header);
  result.model_name = quoted_text(*header.children.at(0));
  for (std::size_t i = 1; i < root.children.size(); ++i) result.decls.push_back(declaration(*root.children[i]));
  result.expr_count = next_expr_id_;
  return result;
}

}  // namespace

ast::File build_ast(const grammar::Node& root, Language language, std::vector<Diagnostic>& diagnostics) {
  ast::File file = Builder(language, diagnostics).file(root);
  file.language = language;
  return file;
}

}  // namespace rw
