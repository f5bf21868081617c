#include "testing/report_claims.h"

#include <fmt/format.h>

#include "lang/literal_text.h"
#include "messages/say.h"
#include "runtime/eval/report_value.h"

namespace rw::testing {

namespace {

// The canonical text (as the ledger keeps it, runtime/eval/report_value.h) of a value written in a
// test for a report of type `type`, or nullopt after an error at the slot. `none`: an absent value.
// A Dutch test file writes numbers, dates and yes/no as a Dutch rule file does, and `geen` for none.
std::optional<std::string> expected_text(const Slot& slot, const Type& type, const CheckedModel& model, SlotReader& read) {
  const std::string& t = slot.text;
  if (read.means(slot, words::none)) {
    if (type.is(TypeKind::Optional)) return std::string();
    read.error(slot.range, say("'{}' is the value of an optional report, but this report is always a {}", t, type_name(type, model.tables)));
    return std::nullopt;
  }
  // 'none' in a Dutch file (in an English one 'geen' may be a text or a name).
  if (read.language() == Language::Dutch && type.is(TypeKind::Optional) && read.refuse_other_spelling(slot, words::none)) {
    return std::nullopt;
  }
  // The value in the English spelling the literal readers take (as written in an English test file).
  auto english = [&](TypeKind kind) { return read.english(slot, kind); };
  auto refuse = [&](const std::string& message) -> std::optional<std::string> {
    read.error(slot.range, message);
    return std::nullopt;
  };
  switch (report_kind(type)) {
    case ReportValueKind::Money: {
      auto cents = read.cents(slot);
      if (!cents) return std::nullopt;
      return Rational::from_cents(*cents).to_fixed(2);
    }
    case ReportValueKind::Integer:
    case ReportValueKind::Decimal: {
      bool whole = report_kind(type) == ReportValueKind::Integer;
      std::optional<std::string> text = english(whole ? TypeKind::Integer : TypeKind::Decimal);
      if (!text) return std::nullopt;
      Checked<Rational> number = whole ? read_whole_number(*text) : read_number(*text);
      if (!number.value) return refuse(number.error);
      return exact_number_text(*number.value);
    }
    case ReportValueKind::Date: {
      std::optional<std::string> text = english(TypeKind::Date);
      if (!text) return std::nullopt;
      Checked<Date> date = read_date(*text);
      if (!date.value) return refuse(date.error);
      return date.value->to_string();
    }
    case ReportValueKind::Bool: {
      std::optional<std::string> text = english(TypeKind::Bool);
      if (!text) return std::nullopt;
      if (*text == words::true_.spelling || *text == words::false_.spelling) return *text;
      return refuse(say("'{}' is not a yes/no value: write {} or {}", t, spelled(words::true_, read.language()),
                        spelled(words::false_, read.language())));
    }
    case ReportValueKind::Text: return t;
    case ReportValueKind::Party: {
      auto account = read.account(slot);
      if (!account) return std::nullopt;
      return model.tables.accounts.at(*account).id;
    }
    case ReportValueKind::Enum: {
      const EnumInfo& decl = model.tables.enums.at(type.unwrapped().decl);
      for (const std::string& variant : decl.variants) {
        if (variant == t) return t;
      }
      std::string variants;
      for (const std::string& variant : decl.variants) variants += (variants.empty() ? "" : ", ") + variant;
      return refuse(say("'{}' is not a {}: expected one of {}", t, decl.name, variants));
    }
  }
  return std::nullopt;
}

// "payer for \"c08\"" or "payer".
std::string claim_text(const std::string& name, const std::optional<std::string>& subject) {
  return subject ? say("{} for \"{}\"", name, *subject) : name;
}

// Where a report came from, in one line: rule, statement, the subject's data, the parameters read.
std::string provenance(const Report& r) {
  std::string text = say("rule {} \"{}\" ({})", r.rule_id(), r.title(), r.location());
  if (!r.subject_origin().empty()) text += "; " + say("{} at {}", r.subject, r.subject_origin());
  for (const ParameterUse& use : r.parameters()) text += fmt::format("; {} = {} ({})", use.name, use.value, use.source);
  return text;
}

}  // namespace

std::string check_report_claim(const ReportClaim& claim, int year, const std::optional<std::string>& rule, const Row& row,
                               const CheckedModel& model, const Ledger& ledger, SlotReader& read) {
  Slot name = row(claim.name);
  auto type = model.report_types.find(name.text);
  if (type == model.report_types.end()) {
    std::string names;
    for (const auto& [known, t] : model.report_types) names += (names.empty() ? "" : ", ") + known;
    read.error(name.range, names.empty() ? say("model \"{}\" reports no '{}' (it has no report statements)", model.tables.model_name, name.text)
                                         : say("model \"{}\" reports no '{}'; its reports: {}", model.tables.model_name, name.text, names));
    return "";
  }
  std::optional<std::string> subject;
  if (claim.subject) subject = row(*claim.subject).text;
  Slot value = row(claim.value);
  auto expected = expected_text(value, type->second, model, read);
  if (!expected) return "";
  std::string heading = rule ? say("{} rule {}", year, *rule) + ": " : fmt::format("{}: ", year);
  std::string what = heading + say("report {}: expected {}", claim_text(name.text, subject), value.text);
  const Report* found = nullptr;
  std::vector<std::string> others;  // the subjects the name is reported for that year, for the message
  for (const Report& r : ledger.reports) {
    if (r.year != year || r.name() != name.text || (rule && r.rule_id() != *rule)) continue;
    bool own = r.subject_kind == ReportSubjectKind::Rule;
    if (subject ? (!own && r.subject == *subject) : own) found = &r;
    else if (others.size() < 5) others.push_back(own ? say("the rule's own") : "\"" + r.subject + "\"");
  }
  if (!found) {
    std::string list;
    for (const std::string& o : others) list += (list.empty() ? "" : ", ") + o;
    if (others.size() == 5) list += ", ...";
    return what + say(", but nothing reports {} in {}", claim_text(name.text, subject), year) +
           (list.empty() ? "" : say(" (it is reported for {})", list));
  }
  const ReportValue& actual = found->value();
  bool expect_absent = read.means(value, words::none);  // only accepted for an optional report
  if (expect_absent ? actual.absent : !actual.absent && actual.text == *expected) return "";
  return what + say(", actual {} — {}", actual.absent ? std::string(spelled(words::none, message_language())) : actual.text, provenance(*found));
}

}  // namespace rw::testing
