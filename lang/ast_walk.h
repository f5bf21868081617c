#pragma once
// The one walk over a file's AST: every expression (outermost first, then its parts), every statement
// and every type as written, wherever they stand in declarations and statements. Each kind of node has its
// overload in ast_walk.cpp, without a default: a new kind fails to compile there until it is walked.
#include <functional>

#include "lang/ast.h"

namespace rw {

struct AstVisitor {
  std::function<void(const ast::Expr&)> expr = [](const ast::Expr&) {};
  std::function<void(const ast::Stmt&)> statement = [](const ast::Stmt&) {};
  std::function<void(const ast::TypeExpr&)> type = [](const ast::TypeExpr&) {};
};

// Calls `visitor.expr` on every expression of `file`, `visitor.statement` on every statement of its
// rules and `visitor.type` on every written type, each before its parts.
void walk(const ast::File& file, const AstVisitor& visitor);
// The same for one expression and its parts, and for the statements of a block.
void walk(const ast::Expr& expr, const AstVisitor& visitor);
void walk(const ast::Block& block, const AstVisitor& visitor);

// Calls `visit` on each direct part of `expr` (the operands of a binary, the arguments of a call, ...).
void for_each_part(const ast::Expr& expr, const std::function<void(const ast::Expr&)>& visit);

}  // namespace rw
