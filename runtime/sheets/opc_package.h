#pragma once
// The packaging layer of an Office Open XML file (OPC): content types and relationships between parts.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/sheets/zip_parts.h"

namespace rw {

struct Relationship {
  std::string id;      // "rId3"
  std::string type;    // ".../relationships/worksheet"
  std::string target;  // the part it points to, resolved to a name in the zip ("xl/worksheets/sheet1.xml")
};

// The relationships of part `source` ("" for the package itself), read from its .rels part; none when
// it has no .rels part; or why the .rels part cannot be read. External targets are left out.
Checked<std::vector<Relationship>> read_relationships(const ZipParts& parts, std::string_view source);

// The relationship of type ".../`kind`" (transitional or strict namespace) with this id, or of this
// kind at all when `id` is empty; nothing when there is none.
const Relationship* find_relationship(const std::vector<Relationship>& relationships, std::string_view kind,
                                      std::string_view id = {});

// Whether the relationship's type is ".../relationships/`kind`".
bool is_relationship_kind(const Relationship& relationship, std::string_view kind);

// Whether [Content_Types].xml declares a macro-enabled part (".../macroEnabled..."); or why it cannot be read.
Checked<bool> declares_macros(const ZipParts& parts);

// The part name that `target` names relative to part `source`: "worksheets/sheet1.xml" from
// "xl/workbook.xml" is "xl/worksheets/sheet1.xml", "../a.xml" is "a.xml", "/xl/b.xml" is "xl/b.xml".
std::string resolve_part_name(std::string_view source, std::string_view target);

}  // namespace rw
