#include "runtime/data/sheet_cells.h"

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/sheets/number_cell.h"

namespace rw {

namespace {

using Node = std::variant<JsonNode, std::string>;

// A node of `kind` holding `text`.
JsonNode node_of(JsonNode::Kind kind, std::string text) {
  JsonNode node(kind);
  node.text = std::move(text);
  return node;
}

// A boolean node.
JsonNode boolean_node(bool value) {
  JsonNode node(JsonNode::Kind::Bool);
  node.boolean = value;
  return node;
}

// `text` in lower case (ASCII letters only).
std::string lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// What a cell holds, for messages: "the number 123", "the text 'abc'", "the boolean TRUE", "the error #N/A".
std::string describe_cell(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::Empty: return std::string(tr("an empty cell"));
    case Cell::Kind::Number: return say("the number {}", shown_decimal(cell.text).value_or(excerpt(cell.text)));
    case Cell::Kind::Text: return say("the text '{}'", excerpt(cell.text));
    case Cell::Kind::Boolean: return std::string(cell.text == "1" ? tr("the boolean TRUE") : tr("the boolean FALSE"));
    case Cell::Kind::Error: return say("the error {}", excerpt(cell.text));
  }
  return std::string(tr("a cell"));
}

// A boolean field's text cell: true/false, and under the Dutch dialect waar/onwaar (any case).
Node boolean_text(const Cell& cell, const CellReading& reading) {
  std::string word = lower(cell.text);
  bool dutch = reading.dialect == LiteralDialect::Dutch;
  if (word == "true" || (dutch && word == "waar")) return boolean_node(true);
  if (word == "false" || (dutch && word == "onwaar")) return boolean_node(false);
  return dutch ? say("expected true or false (or waar or onwaar), found {}", describe_cell(cell))
               : say("expected true or false, found {}", describe_cell(cell));
}

// A number cell in a column of a numeric or date type.
Node number_cell(const Cell& cell, const Type& type, const ModelTables& model, const CellReading& reading) {
  std::optional<std::string> shown = shown_decimal(cell.text);
  if (!shown) return say("the number cell holds '{}', which is no number", excerpt(cell.text));
  switch (type.kind) {
    case TypeKind::Integer:
    case TypeKind::Decimal: return node_of(JsonNode::Kind::Number, *shown);
    case TypeKind::Money: {
      std::size_t point = shown->find('.');
      std::size_t decimals = point == std::string::npos ? 0 : shown->size() - point - 1;
      if (decimals > 2) {
        return say("the amount {} has more than two decimals; an amount is whole cents (round the cell to 2 decimals)", *shown);
      }
      return node_of(JsonNode::Kind::Number, point == std::string::npos ? *shown + ".00" : *shown + std::string(2 - decimals, '0'));
    }
    case TypeKind::Date: {
      Checked<Date> date = date_of_serial(*shown, reading.date1904);
      if (!date.value) return std::move(date.error);
      return node_of(JsonNode::Kind::String, date.value->to_string());
    }
    case TypeKind::Text:
    case TypeKind::Member:
    case TypeKind::Account:
    case TypeKind::Enum:
      return say("expected {}, found {} in a number cell; format the column as Text and type the value again "
                         "(a number cell loses leading zeros: an id typed as 00123 becomes 123)",
                         type_name(type, model), describe_cell(cell));
    case TypeKind::Bool: return say("expected TRUE or FALSE, found {}", describe_cell(cell));
    case TypeKind::Duration: return say("expected a duration as text such as 12 months, found {}", describe_cell(cell));
    case TypeKind::Period:
    case TypeKind::Record:
    case TypeKind::List:
    case TypeKind::Optional:
    case TypeKind::Error:
    case TypeKind::Rounding: break;
  }
  return say("a {} cannot be given in one cell", type_name(type, model));
}

// A text cell: integers read here (the converter wants a JSON number for them), booleans as words,
// everything else handed on as a JSON string, which the converter reads in the dialect.
Node text_cell(const Cell& cell, const Type& type, const CellReading& reading) {
  if (type.is(TypeKind::Bool)) return boolean_text(cell, reading);
  if (type.is(TypeKind::Integer)) {
    Checked<Rational> value = read_whole_number_in(cell.text, reading.dialect);
    if (!value.value) return std::move(value.error);
    return node_of(JsonNode::Kind::Number, value.value->to_string());
  }
  return node_of(JsonNode::Kind::String, cell.text);
}

}  // namespace

std::variant<JsonNode, std::string> cell_node(const Cell& cell, const Type& type, const ModelTables& model,
                                              const CellReading& reading) {
  switch (cell.kind) {
    case Cell::Kind::Text: return text_cell(cell, type, reading);
    case Cell::Kind::Number: return number_cell(cell, type, model, reading);
    case Cell::Kind::Boolean:
      if (type.is(TypeKind::Bool)) return boolean_node(cell.text == "1");
      return say("expected {}, found {}", type_name(type, model), describe_cell(cell));
    case Cell::Kind::Error:
      return say("the cell shows the error {}; correct its formula or type the value", excerpt(cell.text));
    case Cell::Kind::Empty: break;
  }
  return say("the cell is empty");
}

}  // namespace rw
