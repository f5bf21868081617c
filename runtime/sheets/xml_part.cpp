#include "runtime/sheets/xml_part.h"

#include <expat.h>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/sheets/xlsx_messages.h"

namespace rw {
namespace {

constexpr char ns_separator = ' ';
constexpr std::size_t max_part_bytes = std::size_t{1} << 30;  // 1 GiB inflated

XmlName split_name(const char* full) {
  std::string_view name(full);
  std::size_t cut = name.rfind(ns_separator);
  if (cut == std::string_view::npos) return {{}, name};
  return {name.substr(0, cut), name.substr(cut + 1)};
}

// The state expat's callbacks share: the handler, the depth, and the first refusal.
struct Session {
  XML_Parser parser;
  XmlHandler& handler;
  int depth = 0;
  std::optional<std::string> refusal;  // why the part is not read, with its line
  bool handler_stopped = false;

  void refuse(std::string message) {
    if (!refusal) refusal = say("line {}: {}", XML_GetCurrentLineNumber(parser), message);
    XML_StopParser(parser, XML_FALSE);
  }
  void check_handler() {
    if (handler.stop_message() && !handler_stopped) {
      handler_stopped = true;
      XML_StopParser(parser, XML_FALSE);
    }
  }
};

void on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto& s = *static_cast<Session*>(data);
  if (++s.depth > max_xml_depth) return s.refuse(say("elements nest more than {} deep", max_xml_depth));
  s.handler.start(split_name(name), XmlAttributes(attributes));
  s.check_handler();
}

void on_end(void* data, const XML_Char* name) {
  auto& s = *static_cast<Session*>(data);
  --s.depth;
  s.handler.end(split_name(name));
  s.check_handler();
}

void on_text(void* data, const XML_Char* characters, int length) {
  auto& s = *static_cast<Session*>(data);
  s.handler.text(std::string_view(characters, static_cast<std::size_t>(length)));
  s.check_handler();
}

void on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  static_cast<Session*>(data)->refuse(say("it declares a document type (DTD), which a workbook never has"));
}

struct FreeParser {
  void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

}  // namespace

std::optional<std::string_view> XmlAttributes::get(std::string_view local) const {
  for (const char** p = pairs_; *p; p += 2) {
    if (local == *p) return std::string_view(p[1]);
  }
  return std::nullopt;
}

std::optional<std::string_view> XmlAttributes::get_in(std::string_view ns_suffix, std::string_view local) const {
  for (const char** p = pairs_; *p; p += 2) {
    XmlName name = split_name(*p);
    if (name.local == local && !name.ns.empty() && name.ns.ends_with(ns_suffix)) return std::string_view(p[1]);
  }
  return std::nullopt;
}

bool is_spreadsheet_ns(std::string_view ns) {
  return ns == "http://schemas.openxmlformats.org/spreadsheetml/2006/main" ||
         ns == "http://purl.oclc.org/ooxml/spreadsheetml/main" || ns.empty();
}

std::optional<std::string> read_xml_part(const ZipParts& parts, std::string_view name, XmlHandler& handler) {
  std::unique_ptr<XML_ParserStruct, FreeParser> parser(XML_ParserCreateNS("UTF-8", ns_separator));
  if (!parser) throw std::bad_alloc();
  Session session{parser.get(), handler, 0, std::nullopt, false};
  XML_SetUserData(parser.get(), &session);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  XML_SetStartDoctypeDeclHandler(parser.get(), on_doctype);

  std::optional<std::string> xml_error;
  auto feed = [&](std::string_view chunk, bool last) {
    if (XML_Parse(parser.get(), chunk.data(), static_cast<int>(chunk.size()), last) != XML_STATUS_ERROR) return true;
    if (!session.refusal && !session.handler_stopped) {
      xml_error = say("the part {} is not well-formed XML (line {}, column {}: {}): {}", name,
                      XML_GetCurrentLineNumber(parser.get()), XML_GetCurrentColumnNumber(parser.get()) + 1,
                      XML_ErrorString(XML_GetErrorCode(parser.get())), tr(damaged_workbook_advice));
    }
    return false;
  };
  std::optional<std::string> unpack_error =
      parts.stream(name, max_part_bytes, [&](std::string_view chunk) { return feed(chunk, false); });
  if (unpack_error) return unpack_error;
  if (!xml_error && !session.refusal && !session.handler_stopped) feed({}, true);
  if (session.handler_stopped) return handler.stop_message();
  if (session.refusal) return say("the part {} cannot be read ({}): {}", name, *session.refusal, tr(damaged_workbook_advice));
  return xml_error;
}

}  // namespace rw
