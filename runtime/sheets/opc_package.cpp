#include "runtime/sheets/opc_package.h"

#include "runtime/sheets/xml_part.h"

namespace rw {
namespace {

constexpr std::string_view content_types_part = "[Content_Types].xml";

// The .rels part of `source`: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels", "" -> "_rels/.rels".
std::string rels_part_of(std::string_view source) {
  std::size_t slash = source.rfind('/');
  std::string_view folder = slash == std::string_view::npos ? std::string_view() : source.substr(0, slash + 1);
  std::string_view file = slash == std::string_view::npos ? source : source.substr(slash + 1);
  return std::string(folder) + "_rels/" + std::string(file) + ".rels";
}

class RelationshipsHandler : public XmlHandler {
 public:
  explicit RelationshipsHandler(std::string_view source) : source_(source) {}
  std::vector<Relationship> relationships;

  void start(XmlName name, const XmlAttributes& attributes) override {
    if (name.local != "Relationship") return;
    if (attributes.get("TargetMode") == "External") return;
    relationships.push_back({std::string(attributes.get("Id").value_or("")), std::string(attributes.get("Type").value_or("")),
                             resolve_part_name(source_, attributes.get("Target").value_or(""))});
  }
  void end(XmlName) override {}
  void text(std::string_view) override {}

 private:
  std::string_view source_;
};

class ContentTypesHandler : public XmlHandler {
 public:
  bool macros = false;

  void start(XmlName name, const XmlAttributes& attributes) override {
    if (name.local != "Default" && name.local != "Override") return;
    if (attributes.get("ContentType").value_or("").find("macroEnabled") != std::string_view::npos) macros = true;
  }
  void end(XmlName) override {}
  void text(std::string_view) override {}
};

}  // namespace

std::string resolve_part_name(std::string_view source, std::string_view target) {
  std::string path;
  if (target.starts_with('/')) {
    path = target.substr(1);
  } else {
    std::size_t slash = source.rfind('/');
    if (slash != std::string_view::npos) path = source.substr(0, slash + 1);
    path += target;
  }
  std::vector<std::string_view> segments;  // "." dropped, ".." taking the folder before it away
  for (std::size_t start = 0; start <= path.size();) {
    std::size_t end = std::min(path.find('/', start), path.size());
    std::string_view segment = std::string_view(path).substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string name;
  for (std::string_view segment : segments) {
    if (!name.empty()) name += '/';
    name += segment;
  }
  return name;
}

Checked<std::vector<Relationship>> read_relationships(const ZipParts& parts, std::string_view source) {
  std::string rels = rels_part_of(source);
  if (!parts.has(rels)) return Checked<std::vector<Relationship>>::ok({});
  RelationshipsHandler handler(source);
  if (std::optional<std::string> error = read_xml_part(parts, rels, handler)) return Checked<std::vector<Relationship>>::fail(*error);
  return Checked<std::vector<Relationship>>::ok(std::move(handler.relationships));
}

bool is_relationship_kind(const Relationship& relationship, std::string_view kind) {
  std::string_view type = relationship.type;
  return type.size() > kind.size() && type.ends_with(kind) && type[type.size() - kind.size() - 1] == '/';
}

const Relationship* find_relationship(const std::vector<Relationship>& relationships, std::string_view kind,
                                      std::string_view id) {
  for (const Relationship& relationship : relationships) {
    if ((id.empty() || relationship.id == id) && is_relationship_kind(relationship, kind)) return &relationship;
  }
  return nullptr;
}

Checked<bool> declares_macros(const ZipParts& parts) {
  ContentTypesHandler handler;
  if (std::optional<std::string> error = read_xml_part(parts, content_types_part, handler)) return Checked<bool>::fail(*error);
  return Checked<bool>::ok(handler.macros);
}

}  // namespace rw
