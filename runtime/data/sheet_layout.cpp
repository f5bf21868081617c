#include "runtime/data/sheet_layout.h"

#include <fmt/format.h>

#include "messages/say.h"

namespace rw {

namespace {

// Records nest at most this deep in a sheet's headers (a.b.c...): far beyond any model's records.
constexpr int max_depth = 16;

// Lays records out as columns; the first refusal found is kept.
class LayoutBuilder {
 public:
  LayoutBuilder(const ModelTables& model, const InputInfo& input) : model_(model), input_(input) {}

  std::string refusal;

  // The columns of record `decl`, headers prefixed by `prefix` ("" or "decision."); list fields go to
  // `lists` when given (the input's own records), and are refused otherwise.
  RecordColumns record(int decl, std::vector<ListField>* lists) {
    RecordColumns columns;
    for (const FieldInfo& field : model_.records.at(decl).fields) {
      const Type& type = field.type.unwrapped();
      if (type.is(TypeKind::List)) {
        list_field(field, lists);
        continue;
      }
      add(&field, field.name, field.name, field.type, columns, columns.fields, 0);
    }
    return columns;
  }

 private:
  const ModelTables& model_;
  const InputInfo& input_;

  // Keeps the first reason why the input cannot be a sheet.
  void refuse(std::string why) {
    if (refusal.empty()) refusal = std::move(why);
  }

  // Adds the field `key` of type `declared` (headed `header`, declared by `field`) to `into`, its leaves to `columns`.
  void add(const FieldInfo* field, const std::string& key, const std::string& header, const Type& declared, RecordColumns& columns,
           std::vector<ColumnTree>& into, int depth) {
    const Type& type = declared.unwrapped();
    ColumnTree node;
    node.key = key;
    node.field = field;
    node.optional = declared.is(TypeKind::Optional);
    if (depth > max_depth) return refuse(say("its records nest more than {} deep", max_depth));
    switch (type.kind) {
      case TypeKind::Record:
        for (const FieldInfo& inner : model_.records.at(type.decl).fields) {
          add(&inner, inner.name, header + "." + inner.name, inner.type, columns, node.children, depth + 1);
        }
        break;
      case TypeKind::Period:
        add(nullptr, "start", header + ".start", Type::of(TypeKind::Date), columns, node.children, depth + 1);
        add(nullptr, "end", header + ".end", Type::optional(Type::of(TypeKind::Date)), columns, node.children, depth + 1);
        break;
      case TypeKind::List:
        return refuse(say("its field {} is a list inside a list", header));
      case TypeKind::Bool:
      case TypeKind::Integer:
      case TypeKind::Decimal:
      case TypeKind::Money:
      case TypeKind::Date:
      case TypeKind::Duration:
      case TypeKind::Text:
      case TypeKind::Member:
      case TypeKind::Account:
      case TypeKind::Enum:
        node.leaf = static_cast<int>(columns.leaves.size());
        columns.leaves.push_back({header, leaf_type(type)});
        break;
      case TypeKind::Optional:
      case TypeKind::Error:
      case TypeKind::Rounding:
        return refuse(say("its field {} is of type {}", header, type_name(declared, model_)));
    }
    into.push_back(std::move(node));
  }

  // A stable pointer to `type`: the model's own for declared fields, one kept here for a period's dates.
  const Type* leaf_type(const Type& type) {
    static const Type date = Type::of(TypeKind::Date);
    return type.is(TypeKind::Date) ? &date : &type;
  }

  // A list field of the input's records: a sheet of its own, keyed by the input's key fields.
  void list_field(const FieldInfo& field, std::vector<ListField>* lists) {
    const Type& element = *field.type.unwrapped().element;
    if (!lists || !element.is(TypeKind::Record)) {
      return refuse(say("its field {} is a {}", field.name, type_name(field.type, model_)));
    }
    if (input_.key_fields.empty()) {
      return refuse(say("its records' list field {} is given on a sheet of its own, whose rows are attached to "
                        "their record by its key: declare one (`input {}: ... keyed by <field>`)",
                        field.name, input_.name));
    }
    ListField list;
    list.field = field.name;
    list.optional = field.type.is(TypeKind::Optional);
    const RecordInfo& parent = model_.records.at(input_.type.unwrapped().element->decl);
    for (int key : input_.key_fields) list.keys.push_back({parent.fields[key].name, leaf_type(parent.fields[key].type.unwrapped())});
    list.element = record(element.decl, nullptr);
    lists->push_back(std::move(list));
  }
};

}  // namespace

SheetLayout sheet_layout(const ModelTables& model, const InputInfo& input) {
  SheetLayout layout;
  const Type& type = input.type.unwrapped();
  const Type* record = &type;
  if (type.is(TypeKind::List)) record = type.element.get();
  layout.is_list = type.is(TypeKind::List);
  if (!record->is(TypeKind::Record)) {
    layout.refusal = say("input '{}' is a {}, which a sheet cannot hold (a sheet holds a list of records, or one "
                         "record); give this input in JSON",
                         input.name, type_name(input.type, model));
    return layout;
  }
  LayoutBuilder builder(model, input);
  layout.columns = builder.record(record->decl, layout.is_list ? &layout.lists : nullptr);
  if (!builder.refusal.empty()) {
    layout.refusal = say("input '{}' cannot be given as a sheet: {}; give this input in JSON", input.name, builder.refusal);
  }
  return layout;
}

}  // namespace rw
