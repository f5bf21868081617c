#pragma once
// The abstract syntax tree of a rule file. Every node has a source range and expression nodes have
// an id; the checker's results (types, name resolutions) live in side tables keyed by that id.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "lang/language.h"
#include "lang/source.h"
#include "values/date.h"
#include "values/rational.h"
#include "values/rounding.h"

namespace rw::ast {

// ---- types as written ----
struct TypeExpr {
  SourceRange range;
  std::string name;                  // "money", "Client"; empty for a list
  std::unique_ptr<TypeExpr> element; // `list of <element>`
  bool optional = false;             // trailing '?'
};

// ---- expressions ----
enum class LiteralKind { Integer, Decimal, Money, Percent, Date, Duration, Text, Bool };

struct Literal {
  LiteralKind kind = LiteralKind::Integer;
  Rational number;    // Integer, Decimal, Money (euros), Percent (already divided by 100)
  Date date;
  Duration duration;
  std::string text;
  bool boolean = false;
};

enum class BinaryOp { Add, Subtract, Multiply, Divide, Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, And, Or };
enum class UnaryOp { Negate, Not };

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

// A name; `member "Het Lid"` is a name too, marked as naming a member (resolved among the members only).
struct Name {
  std::string name;
  bool member_reference = false;
};
struct Field { ExprPtr object; std::string field; SourceRange field_range; };
struct Call { std::string callee; SourceRange callee_range; std::vector<ExprPtr> arguments; };
struct Unary { UnaryOp op; ExprPtr operand; };
struct Binary {
  BinaryOp op;
  ExprPtr left, right;
  DayOverflow day_overflow = DayOverflow::Error;  // for date ± duration: `rounding up|down`
};
struct Conditional { ExprPtr condition, then_branch, else_branch; };
struct Exists { ExprPtr operand; };  // `x exists`: the optional value is present
// `<element> for each <variable> in <list> [where <filter>]`, as a call argument: a new list.
// The variable's frame slot is the checker's resolution of this expression.
struct Comprehension {
  ExprPtr element;
  std::string variable;
  SourceRange variable_range;
  ExprPtr list;
  ExprPtr filter;  // may be null
};

struct Expr {
  int id = 0;  // dense, unique within a file: index into the checker's side tables
  SourceRange range;
  std::variant<Literal, Name, Field, Call, Unary, Binary, Conditional, Exists, Comprehension> node;
};

// ---- statements (inside rule bodies) ----
struct Stmt;
using Block = std::vector<std::unique_ptr<Stmt>>;

struct ForEach {
  std::string variable;
  SourceRange variable_range;
  ExprPtr collection;
  ExprPtr filter;  // `where ...`; may be null
  Block body;
  mutable int slot = -1;  // frame slot of the variable, filled in by the checker
};
struct If { ExprPtr condition; Block then_block; Block else_block; };
struct Let {
  std::string name;
  SourceRange name_range;
  ExprPtr value;
  mutable int slot = -1;  // frame slot of the name, filled in by the checker
};
struct Pay { ExprPtr from, amount, to; };  // `<from> pays <amount> to <to>`

// What happens to the part of a capped share above its cap.
enum class ExcessMode { None, Spread, Keep };

// The second key of a two-key distribution: `, and over <y> in <list> [where ..] by <weight> [capped ..]`.
struct DistributeAxis {
  std::string variable;
  SourceRange variable_range;
  ExprPtr list;
  ExprPtr filter;  // may be null
  ExprPtr weight;
  ExprPtr cap;     // may be null
  ExcessMode excess = ExcessMode::None;
  mutable int variable_slot = -1;  // filled in by the checker
};

// `distribute <amount> over <x> in <list> [where ..] by <weight> [capped at <cap> spreading|keeping the excess]
//  [, and over <y> in ...] as <part> { ... } [remainder <rest> { ... }]`: splits an amount into cents that
// add up exactly; with a second key, into a table whose rows and columns both add up exactly.
struct Distribute {
  ExprPtr amount;
  std::string variable;
  SourceRange variable_range;
  ExprPtr list;
  ExprPtr filter;  // may be null
  ExprPtr weight;
  ExprPtr cap;     // may be null
  ExcessMode excess = ExcessMode::None;
  std::string part_name;
  SourceRange part_range;
  Block body;
  std::string rest_name;  // empty when there is no remainder block
  SourceRange rest_range;
  Block remainder;
  mutable int variable_slot = -1, part_slot = -1, rest_slot = -1;  // filled in by the checker
  std::unique_ptr<DistributeAxis> columns;  // the second key; null for a one-key distribution
};

// `note "<label>": <amount> for <account>`: a reported figure that moves no money.
struct Note { std::string label; ExprPtr amount; ExprPtr account; };

// `report <name>: <value> [for <subject>]`: a named figure of any type, published per subject and year.
// The subject (a record of a keyed input, a member or an account) may be absent: the rule's own figure.
struct Report {
  std::string name;
  SourceRange name_range;
  ExprPtr value;
  ExprPtr subject;  // may be null
};

// `require <condition> else "<message>"`: a check on the data or the classification.
struct Require { ExprPtr condition; std::string message; };

struct Stmt {
  SourceRange range;
  std::variant<ForEach, If, Let, Pay, Distribute, Note, Require, Report> node;
};

// ---- declarations ----
struct Identifier {
  std::string name;
  SourceRange range;
};

// A member of the region, possibly only for some years (a member that leaves or merges).
struct MemberEntry {
  Identifier name;
  std::optional<int> from_year, until_year;  // inclusive
};
struct MembersDecl { std::vector<MemberEntry> members; };
struct AccountDecl {
  Identifier id;
  std::string display_name;
  ExprPtr opening;  // `opening <money>`: the balance before the model's first year; may be null
};
struct RoundingDecl { RoundingMode mode; };
struct EnumDecl { Identifier name; std::vector<Identifier> variants; };
struct FieldDecl { Identifier name; TypeExpr type; };
struct RecordDecl {
  Identifier name;
  std::vector<FieldDecl> fields;
  std::vector<Require> checks;  // `require <condition> else "<message>"`: what every record of this type must meet
};
struct InputDecl {
  Identifier name;
  TypeExpr type;
  std::vector<Identifier> key;  // `keyed by <field>, ...`: fields no two records of the list share; may be empty
};
// One value of a parameter, valid from a year on (or from the start when `from_year` is absent).
struct DatedValue {
  ExprPtr value;
  std::optional<int> from_year;
  SourceRange range;
};
struct ParameterDecl { Identifier name; TypeExpr type; std::vector<DatedValue> values; };
struct ArgumentDecl { Identifier name; TypeExpr type; };
struct DefineDecl {
  Identifier name;
  std::vector<ArgumentDecl> arguments;  // a function's arguments (not to be confused with model parameters)
  bool has_params = false;                // `define f() = ...` vs `define f = ...`
  std::optional<TypeExpr> result_type;
  ExprPtr body;
};
struct RuleDecl {
  Identifier id;                // "5"
  std::string title;            // "Vergoeding secundaire kosten"
  int first_year = 0, last_year = 0;
  SourceRange years_range;
  ExprPtr when;                 // an extra condition on the year; may be null
  ExprPtr due;                  // may be null
  Block body;
};

// One setting of a scenario: a parameter's whole value, or its value from a year on.
struct Setting {
  Identifier parameter;
  std::optional<int> from_year;
  ExprPtr value;
};
// One field a `change` gives a new value: `product = BT`, with the record's own fields in scope.
struct FieldAssignment {
  Identifier field;
  ExprPtr value;
};
// A change a scenario makes to the data of an input (a list of records), applied before the years are
// settled: `add to clients [ {...}, ... ]`, `add to clients from "file.json"`, `change clients "C-0007" { ... }`,
// `change member_years where year >= 2026 { ... }`, `remove from clients "C-0007"`.
enum class DataChangeKind { Add, Change, Remove };
struct DataChange {
  DataChangeKind kind = DataChangeKind::Add;
  SourceRange range;
  Identifier input;
  std::string records_json;   // Add: the records as written, a JSON array (empty when read from a file)
  SourceRange records_range;  // Add: where that JSON text (or the file's name) is
  std::string records_file;   // Add: a JSON file of records, relative to the rule file's folder
  std::optional<std::string> key;  // Change, Remove: the record's key, as the data writes it
  SourceRange key_range;
  ExprPtr filter;                  // Change, Remove: `where <condition>` instead of a key; may be null
  std::vector<FieldAssignment> assignments;  // Change
};
struct ScenarioDecl {
  Identifier name;
  std::string title;
  std::vector<Setting> settings;
  std::vector<DataChange> data_changes;  // in order
};

struct Decl {
  SourceRange range;
  std::variant<MembersDecl, AccountDecl, RoundingDecl, EnumDecl, RecordDecl, InputDecl, ParameterDecl,
               DefineDecl, RuleDecl, ScenarioDecl> node;
};

struct File {
  Language language = Language::English;  // the spelling it is written in
  std::string model_name;
  SourceRange header_range;
  std::vector<Decl> decls;
  int expr_count = 0;  // ids of expressions are 0 .. expr_count-1
};

}  // namespace rw::ast
