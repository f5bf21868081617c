#include "runtime/eval/report_value.h"

#include "runtime/eval/describe.h"

namespace rw {

namespace {

// An integer of up to 128 bits as decimal text.
std::string integer_text(Int128 value) { return Rational::fraction(value, 1).to_string(); }

}  // namespace

std::string exact_number_text(const Rational& number) {
  std::string text = number.to_string();
  if (!text.ends_with("...")) return text;
  return integer_text(number.numerator()) + "/" + integer_text(number.denominator());
}

ReportValueKind report_kind(const Type& type) {
  switch (type.unwrapped().kind) {
    case TypeKind::Bool: return ReportValueKind::Bool;
    case TypeKind::Integer: return ReportValueKind::Integer;
    case TypeKind::Decimal: return ReportValueKind::Decimal;
    case TypeKind::Money: return ReportValueKind::Money;
    case TypeKind::Date: return ReportValueKind::Date;
    case TypeKind::Text: return ReportValueKind::Text;
    case TypeKind::Member:
    case TypeKind::Account: return ReportValueKind::Party;
    case TypeKind::Enum: return ReportValueKind::Enum;
    case TypeKind::Error:
    case TypeKind::Duration:
    case TypeKind::Period:
    case TypeKind::Rounding:
    case TypeKind::Record:
    case TypeKind::List:
    case TypeKind::Optional: break;
  }
  throw std::logic_error("a report of a type the checker does not allow");
}

std::string key_text(const Value& value, const ModelTables& tables) {
  if (auto* text = std::get_if<std::string>(&value)) return *text;
  if (auto* number = std::get_if<Rational>(&value)) return exact_number_text(*number);
  if (auto* account = std::get_if<AccountRef>(&value)) return tables.accounts.at(account->index).id;
  return describe_value(value, Type{}, tables);  // dates, enums, bools: as written in rule files
}

ReportValue report_value(const Value& value, const Type& type, const ModelTables& tables, RoundingMode rounding) {
  ReportValue result;
  result.kind = report_kind(type);
  result.type = type_name(type, tables);
  if (std::holds_alternative<Absent>(value)) {
    result.absent = true;
    result.display = "(none)";
    return result;
  }
  switch (result.kind) {
    case ReportValueKind::Money: {
      Rational cents = Rational::from_cents(std::get<Rational>(value).to_cents(rounding));
      result.text = cents.to_fixed(2);
      result.display = describe_money(cents);
      return result;
    }
    case ReportValueKind::Integer:
    case ReportValueKind::Decimal: result.text = exact_number_text(std::get<Rational>(value)); break;
    case ReportValueKind::Party: {
      const AccountInfo& account = tables.accounts.at(std::get<AccountRef>(value).index);
      result.text = account.id;
      result.display = account.name;
      return result;
    }
    case ReportValueKind::Text: result.text = std::get<std::string>(value); break;
    case ReportValueKind::Bool:
    case ReportValueKind::Date:
    case ReportValueKind::Enum: result.text = describe_value(value, type, tables); break;
  }
  result.display = result.text;
  return result;
}

}  // namespace rw
