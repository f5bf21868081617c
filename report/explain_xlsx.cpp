#include "report/explain_xlsx.h"

#include "messages/say.h"
#include "report/computed_under.h"
#include "report/explain_distribution.h"
#include "report/money_format.h"

namespace rw {

namespace {

// A sheet of `field | value` rows.
class FieldSheet {
 public:
  FieldSheet(XlsxBook& book, const std::string& name) : sheet_(book.add_sheet(name)) {
    sheet_.headers(0, {say("field"), say("value")}, {22, 80});
  }
  void text(const std::string& field, const std::string& value) { sheet_.text(row_, 0, field), sheet_.text(row_++, 1, value); }
  void amount(const std::string& field, std::int64_t cents) { sheet_.text(row_, 0, field), sheet_.amount(row_++, 1, cents); }
  void integer(const std::string& field, std::int64_t value) { sheet_.text(row_, 0, field), sheet_.integer(row_++, 1, value); }
  void date(const std::string& field, const std::optional<Date>& value) {
    sheet_.text(row_, 0, field);
    if (value) sheet_.date(row_, 1, *value);
    ++row_;
  }

 private:
  XlsxSheet sheet_;
  int row_ = 1;
};

// Sheet `Each contribution`: id, data row, exact amount, period and days; all of them or the first few.
void each_contribution_sheet(XlsxBook& book, const Posting& posting, bool all) {
  XlsxSheet sheet = book.add_sheet(say("Each contribution"));
  sheet.headers(0, {say("id"), say("data"), say("amount"), say("period"), say("days"), say("days in year")}, {16, 60, 20, 24, 8, 12});
  int row = 1;
  for (const ContributionExplanation& c : explain_contributions(posting, all)) {
    if (!c.id.empty()) sheet.text(row, 0, c.id);
    sheet.text(row, 1, c.data);
    sheet.text(row, 2, euro_exact(c.amount));  // exact, so possibly beyond cents: text, not a number
    if (c.period) sheet.text(row, 3, c.period->to_string()), sheet.integer(row, 4, c.days), sheet.integer(row, 5, c.days_in_year);
    ++row;
  }
  sheet.autofilter(0, row - 1, 6);
}

}  // namespace

XlsxBytes render_posting_xlsx(const PostingExplanation& e, bool with_items) {
  XlsxBook book;
  const Posting& p = *e.posting;
  const Provenance& v = *p.provenance;
  FieldSheet fields(book, say("Explanation"));
  fields.text(say("posting"), p.id);
  fields.integer(say("year"), p.year);
  fields.text(say("rule"), p.rule_id);
  fields.text(say("title"), p.title);
  fields.text(say("rule source"), e.rule_location);
  fields.text(say("rule line"), e.rule_line);
  fields.text(say("from"), e.from);
  fields.text(say("to"), e.to);
  fields.amount(say("amount"), p.cents);
  fields.date(say("due"), p.due);
  fields.text(say("statement"), e.statement_text);
  fields.text(say("statement source"), v.location);
  fields.text(say("formula"), e.amount_text);
  fields.integer(say("contributions"), v.contributions);
  fields.text(say("exact total"), euro_exact(v.exact_total));
  fields.text(say("rounding"), e.rounding);
  fields.integer(say("records"), static_cast<std::int64_t>(v.item_ids().size()));
  fields.text(say("computed under"), computed_under_text(e.computed_under));
  XlsxSheet groups = book.add_sheet(say("Contributions"));
  groups.headers(0, {say("count"), say("each")}, {10, 30});
  int row = 1;
  for (const ContributionGroup& g : v.groups) groups.integer(row, 0, g.count), groups.text(row++, 1, euro_exact(g.amount));
  XlsxSheet values = book.add_sheet(say("Values used"));
  values.headers(0, {say("name"), say("value"), say("source")}, {28, 24, 40});
  row = 1;
  for (const ParameterUse& u : v.parameters) values.text(row, 0, u.name), values.text(row, 1, u.value), values.text(row++, 2, u.source);
  if (!v.each_contribution().empty()) each_contribution_sheet(book, p, with_items);
  if (!v.distributions.empty()) distribution_sheets(book, v.distributions.front());
  if (with_items) {
    XlsxSheet records = book.add_sheet(say("Records"));
    records.headers(0, {say("id"), say("data")}, {16, 60});
    for (std::size_t i = 0; i < v.item_ids().size(); ++i) {
      records.text(static_cast<int>(i + 1), 0, v.item_ids()[i]);
      records.text(static_cast<int>(i + 1), 1, v.item_records()[i]->origin);
    }
    records.autofilter(0, static_cast<int>(v.item_ids().size()), 2);
  }
  return book.finish();
}

XlsxBytes render_account_xlsx(const AccountExplanation& e) {
  XlsxBook book;
  FieldSheet fields(book, say("Explanation"));
  fields.text(say("account"), e.account);
  fields.text(say("name"), e.name);
  fields.integer(say("year"), e.year);
  fields.amount(say("received"), e.received_cents);
  fields.amount(say("paid"), e.paid_cents);
  fields.amount(say("balance"), e.received_cents - e.paid_cents);
  fields.text(say("computed under"), computed_under_text(e.computed_under));
  XlsxSheet postings = book.add_sheet(say("Postings"));
  std::vector<std::string> headers = {say("direction"), say("posting"), say("rule"), say("title"), say("from"),
                                      say("to"), say("amount"), say("due"), say("formula")};
  postings.headers(0, headers, {10, 14, 7, 40, 30, 30, 18, 12, 50});
  int row = 1;
  for (const auto* list : {&e.received, &e.paid}) {
    for (const PostingExplanation& p : *list) {
      postings.text(row, 0, list == &e.received ? say("received") : say("paid"));
      postings.text(row, 1, p.posting->id);
      postings.text(row, 2, p.posting->rule_id);
      postings.text(row, 3, p.posting->title);
      postings.text(row, 4, p.from);
      postings.text(row, 5, p.to);
      postings.amount(row, 6, p.posting->cents);
      if (p.posting->due) postings.date(row, 7, *p.posting->due);
      postings.text(row++, 8, p.amount_text);
    }
  }
  postings.autofilter(0, row - 1, static_cast<int>(headers.size()));
  XlsxSheet notes = book.add_sheet(say("Notes"));
  notes.headers(0, {say("rule"), say("label"), say("amount")}, {7, 40, 18});
  row = 1;
  for (const Note* n : e.notes) notes.text(row, 0, n->rule_id), notes.text(row, 1, n->label), notes.amount(row++, 2, n->cents);
  return book.finish();
}

}  // namespace rw
