#include "report/xlsx_report.h"

#include <fmt/format.h>

#include "report/balances.h"
#include "report/comparison_rows.h"
#include "report/computed_under.h"
#include "report/report_values.h"
#include "messages/say.h"

namespace rw {

namespace {

// Column widths in characters.
constexpr double id_width = 14, name_width = 34, amount_width = 18, title_width = 40, source_width = 34;

// Sheet `Computed under`: what each named settlement was computed under, one per row.
void write_computed_under(XlsxBook& book, const std::vector<std::pair<std::string, const Ledger*>>& sides) {
  XlsxSheet sheet = book.add_sheet(say("Computed under"));
  sheet.headers(0, {say("settlement"), say("computed under"), say("scenario"), say("settings")},
                {id_width + 6, title_width + 10, id_width + 6, title_width});
  int row = 1;
  for (const auto& [side, ledger] : sides) {
    const ComputedUnder& under = ledger->computed_under;
    sheet.text(row, 0, side);
    sheet.text(row, 1, computed_under_text(under));
    sheet.text(row, 2, under.scenario);
    std::string settings;
    for (const std::string& setting : under.settings) settings += (settings.empty() ? "" : ", ") + setting;
    sheet.text(row, 3, settings);
    ++row;
  }
}

// Sheet `Summary`: accounts × (brought forward, years of balances, closing balance), a totals row, the notes.
void write_summary(XlsxBook& book, const Ledger& ledger) {
  XlsxSheet sheet = book.add_sheet(say("Summary"));
  BalanceTable table = balance_table(ledger);
  std::vector<std::string> headers = {say("account"), say("name"), say("brought forward")};
  std::vector<double> widths = {id_width, name_width, amount_width};
  for (int year : table.years) headers.push_back(std::to_string(year)), widths.push_back(amount_width);
  headers.push_back(say("closing balance"));
  widths.push_back(amount_width);
  sheet.headers(0, headers, widths);
  int row = 1;
  const std::size_t years = table.years.size();
  const int last = static_cast<int>(3 + years);
  std::int64_t forward_total = 0;
  for (const AccountBalances& account : table.accounts) {
    std::int64_t closing = years ? account.closing.back() : account.opening, forward = closing;
    for (std::int64_t flow : account.balance) forward -= flow;
    forward_total += forward;
    sheet.text(row, 0, account.account->id);
    sheet.text(row, 1, account.account->name);
    sheet.amount(row, 2, forward);
    for (std::size_t y = 0; y < years; ++y) sheet.amount(row, static_cast<int>(3 + y), account.balance[y]);
    sheet.amount(row, last, closing);
    ++row;
  }
  sheet.autofilter(0, row - 1, static_cast<int>(headers.size()));
  sheet.text(row, 0, say("Total"), book.formats().header);
  sheet.amount(row, 2, forward_total, book.formats().bold_euro);
  for (std::size_t y = 0; y < years; ++y) sheet.amount(row, static_cast<int>(3 + y), table.total[y], book.formats().bold_euro);
  sheet.amount(row, last, years ? table.total_closing.back() : table.total_opening, book.formats().bold_euro);
  row += 2;
  sheet.text(row++, 0, say("{}: balance per account and year = received minus paid in that year (the year's flow), in euros.",
                           ledger.model_name));
  std::string earlier = years && ledger.first_counted_year() < table.years.front()
                            ? say(" plus every year from {} to {}", ledger.first_counted_year(), table.years.front() - 1)
                            : "";
  sheet.text(row++, 0, say("Brought forward: the account's declared opening balance (before the model's first year){}.", earlier));
  sheet.text(row++, 0, say("Closing balance: brought forward plus the balances of the years shown (opening balance + every year up to the last)."));
  sheet.text(row, 0, say("The totals of brought forward and closing balance are the declared opening balances: they have no counterpart "
                         "in the ledger; every year's balances sum to zero."));
}

// Sheets `Postings` (every column of the JSON entries; items as a count) and `Items` (one row per posting and item).
void write_postings(XlsxBook& book, const Ledger& ledger) {
  XlsxSheet sheet = book.add_sheet(say("Postings"));
  std::vector<std::string> headers = {say("id"), say("year"), say("rule"), say("title"), say("from"), say("from_name"), say("to"), say("to_name"),
                                      say("amount"), say("due"), say("source"), say("contributions"), say("items")};
  sheet.headers(0, headers, {id_width, 7, 7, title_width, id_width, name_width, id_width, name_width, amount_width, 12, source_width, 13, 8});
  int row = 1;
  for (const Posting& p : ledger.postings) {
    const AccountInfo& from = ledger.accounts[p.from];
    const AccountInfo& to = ledger.accounts[p.to];
    sheet.text(row, 0, p.id);
    sheet.integer(row, 1, p.year);
    sheet.text(row, 2, p.rule_id);
    sheet.text(row, 3, p.title);
    sheet.text(row, 4, from.id);
    sheet.text(row, 5, from.name);
    sheet.text(row, 6, to.id);
    sheet.text(row, 7, to.name);
    sheet.amount(row, 8, p.cents);
    if (p.due) sheet.date(row, 9, *p.due);
    sheet.text(row, 10, p.provenance->location);
    sheet.integer(row, 11, p.provenance->contributions);
    sheet.integer(row, 12, static_cast<std::int64_t>(p.provenance->item_ids().size()));
    ++row;
  }
  sheet.autofilter(0, row - 1, static_cast<int>(headers.size()));
  XlsxSheet items = book.add_sheet(say("Items"));
  items.headers(0, {say("posting"), say("year"), say("rule"), say("item")}, {id_width, 7, 7, id_width});
  row = 1;
  for (const Posting& p : ledger.postings) {
    for (const std::string& item : p.provenance->item_ids()) {
      items.text(row, 0, p.id);
      items.integer(row, 1, p.year);
      items.text(row, 2, p.rule_id);
      items.text(row, 3, item);
      ++row;
    }
  }
  items.autofilter(0, row - 1, 4);
}

// Sheet `Notes`: figures that move no money.
void write_notes(XlsxBook& book, const Ledger& ledger) {
  XlsxSheet sheet = book.add_sheet(say("Notes"));
  std::vector<std::string> headers = {say("year"), say("rule"), say("title"), say("label"), say("account"), say("account_name"), say("amount"),
                                      say("source")};
  sheet.headers(0, headers, {7, 7, title_width, title_width, id_width, name_width, amount_width, source_width});
  int row = 1;
  for (const Note& n : ledger.notes) {
    const AccountInfo& account = ledger.accounts[n.account];
    sheet.integer(row, 0, n.year);
    sheet.text(row, 1, n.rule_id);
    sheet.text(row, 2, n.title);
    sheet.text(row, 3, n.label);
    sheet.text(row, 4, account.id);
    sheet.text(row, 5, account.name);
    sheet.amount(row, 6, n.cents);
    sheet.text(row, 7, n.location);
    ++row;
  }
  sheet.autofilter(0, row - 1, static_cast<int>(headers.size()));
}

// A report's value in a cell: money as an amount, integers and dates as numbers and dates, anything else
// (decimals too, to stay exact) as text.
void report_cell(XlsxSheet& sheet, int row, int column, const ReportValue& value) {
  if (value.absent) return;
  switch (value.kind) {
    case ReportValueKind::Money: {
      std::string digits;
      for (char c : value.text) {
        if (c != '.') digits += c;
      }
      sheet.amount(row, column, std::stoll(digits));
      return;
    }
    case ReportValueKind::Integer:
      if (value.text.size() < 16) {
        sheet.integer(row, column, std::stoll(value.text));
        return;
      }
      break;
    case ReportValueKind::Date:
      if (auto date = Date::parse(value.text)) {
        sheet.date(row, column, *date);
        return;
      }
      break;
    case ReportValueKind::Bool:
    case ReportValueKind::Decimal:
    case ReportValueKind::Text:
    case ReportValueKind::Party:
    case ReportValueKind::Enum: break;
  }
  sheet.text(row, column, value.text);
}

// Sheet `Reports`: the named figures of `report` statements, with their subjects and values.
void write_reports(XlsxBook& book, const Ledger& ledger) {
  XlsxSheet sheet = book.add_sheet(say("Reports"));
  std::vector<std::string> headers = {say("year"), say("rule"), say("title"), say("report"), say("subject_kind"), say("subject"), say("type"),
                                      say("value"), say("display"), say("source"), say("data")};
  sheet.headers(0, headers, {7, 7, title_width, id_width, 12, id_width, id_width, amount_width, name_width, source_width, source_width});
  int row = 1;
  for (const Report& r : ledger.reports) {
    sheet.integer(row, 0, r.year);
    sheet.text(row, 1, r.rule_id());
    sheet.text(row, 2, r.title());
    sheet.text(row, 3, r.name());
    sheet.text(row, 4, subject_kind_text(r.subject_kind));
    sheet.text(row, 5, r.subject);
    sheet.text(row, 6, r.value().type);
    report_cell(sheet, row, 7, r.value());
    sheet.text(row, 8, r.value().display);
    sheet.text(row, 9, r.location());
    sheet.text(row, 10, r.subject_origin());
    ++row;
  }
  sheet.autofilter(0, row - 1, static_cast<int>(headers.size()));
}

// The three amount columns of a comparison row: each side and the difference.
void write_sides(XlsxSheet& sheet, int row, int column, const Amounts& amounts) {
  sheet.amount(row, column, amounts.baseline);
  sheet.amount(row, column + 1, amounts.scenario);
  sheet.amount(row, column + 2, amounts.difference());
}

// Columns year, account and name of a comparison row (the sheets Balances, Closing balances, By rule).
void write_account_key(XlsxSheet& sheet, int row, int year, const AccountInfo& account) {
  sheet.integer(row, 0, year);
  sheet.text(row, 1, account.id);
  sheet.text(row, 2, account.name);
}

// The note below the sheet `Closing balances`: what a closing balance counts, from which year on each side.
std::string closing_means(const Comparison& c) {
  int baseline = c.baseline.first_counted_year(), scenario = c.scenario.first_counted_year();
  std::string from = baseline == scenario ? std::to_string(baseline)
                                          : say("{} ({}) and {} ({})", baseline, tr(c.baseline_header), scenario, tr(c.scenario_header));
  return say("Closing balance at the end of a year: the account's declared opening balance plus every year's balance "
             "from {} up to and including that year, also of years not shown.", from);
}

}  // namespace

XlsxBytes render_ledger_xlsx(const Ledger& ledger) {
  XlsxBook book;
  write_summary(book, ledger);
  write_postings(book, ledger);
  write_notes(book, ledger);
  write_reports(book, ledger);
  write_computed_under(book, {{say("this settlement"), &ledger}});
  return book.finish();
}

XlsxBytes render_comparison_xlsx(const Comparison& c) {
  XlsxBook book;
  const std::string difference = say("difference"), year_column = say("year"), account_column = say("account"), name_column = say("name"),
                    rule_column = say("rule");
  const std::string baseline(tr(c.baseline_header)), scenario(tr(c.scenario_header));
  XlsxSheet balances = book.add_sheet(say("Balances"));
  std::vector<std::string> balance_headers = {year_column, account_column, name_column, baseline, scenario, difference};
  balances.headers(0, balance_headers, {7, id_width, name_width, amount_width, amount_width, amount_width});
  XlsxSheet closing = book.add_sheet(say("Closing balances"));
  closing.headers(0, balance_headers, {7, id_width, name_width, amount_width, amount_width, amount_width});
  XlsxSheet rules = book.add_sheet(say("By rule"));
  std::vector<std::string> rule_headers = {year_column, account_column, name_column, rule_column, baseline, scenario, difference};
  rules.headers(0, rule_headers, {7, id_width, name_width, 7, amount_width, amount_width, amount_width});
  XlsxSheet notes = book.add_sheet(say("Notes"));
  std::vector<std::string> note_headers = {year_column, rule_column, say("label"), account_column, name_column, baseline, scenario, difference};
  notes.headers(0, note_headers, {7, 7, title_width, id_width, name_width, amount_width, amount_width, amount_width});
  XlsxSheet reports = book.add_sheet(say("Reports"));
  std::vector<std::string> report_headers = {year_column, rule_column, say("report"), say("subject_kind"), say("subject"), baseline, scenario, say("changed")};
  reports.headers(0, report_headers, {7, 7, id_width, 12, id_width, amount_width, amount_width, 9});
  int balance_row = 1, closing_row = 1, rule_row = 1, note_row = 1, report_row = 1;
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    std::vector<std::string> shown_rules = rules_shown(c, y);
    for (const AccountInfo* account : accounts_shown(c, y)) {
      write_account_key(balances, balance_row, year, *account);
      write_sides(balances, balance_row++, 3, y.balances.at(account->id));
      for (const std::string& rule : shown_rules) {
        auto it = y.cells.find({account->id, rule});
        if (it == y.cells.end()) continue;
        write_account_key(rules, rule_row, year, *account);
        rules.text(rule_row, 3, rule);
        write_sides(rules, rule_row++, 4, it->second);
      }
    }
    for (const AccountInfo* account : closing_shown(c, y)) {
      write_account_key(closing, closing_row, year, *account);
      write_sides(closing, closing_row++, 3, y.closing.at(account->id));
    }
    for (const NoteComparison* n : notes_shown(c, y)) {
      notes.integer(note_row, 0, year);
      notes.text(note_row, 1, n->rule);
      notes.text(note_row, 2, n->label);
      notes.text(note_row, 3, n->account);
      notes.text(note_row, 4, n->account_name);
      write_sides(notes, note_row++, 5, n->amounts);
    }
    for (const ReportComparison* r : reports_shown(c, y)) {
      reports.integer(report_row, 0, year);
      reports.text(report_row, 1, r->any().rule_id());
      reports.text(report_row, 2, r->name);
      reports.text(report_row, 3, tr(r->subject_kind));  // "rule", "record", "member" or "account" (subject_kind_text)
      reports.text(report_row, 4, r->subject);
      if (r->baseline) report_cell(reports, report_row, 5, r->baseline->value());
      else reports.text(report_row, 5, say("(not reported)"));
      if (r->scenario) report_cell(reports, report_row, 6, r->scenario->value());
      else reports.text(report_row, 6, say("(not reported)"));
      reports.text(report_row++, 7, r->changed() ? say("changed") : "");
    }
  }
  balances.autofilter(0, balance_row - 1, static_cast<int>(balance_headers.size()));
  closing.autofilter(0, closing_row - 1, static_cast<int>(balance_headers.size()));
  rules.autofilter(0, rule_row - 1, static_cast<int>(rule_headers.size()));
  notes.autofilter(0, note_row - 1, static_cast<int>(note_headers.size()));
  reports.autofilter(0, report_row - 1, static_cast<int>(report_headers.size()));
  balances.text(balance_row + 1, 0, say("{}: {} ({}) compared with {} ({}); difference = {}.", c.baseline.model_name, scenario,
                                        tr(c.scenario_name), baseline, tr(c.baseline_name), tr(c.difference)));
  closing.text(closing_row + 1, 0, closing_means(c));
  write_computed_under(book, {{baseline + ": " + std::string(tr(c.baseline_name)), &c.baseline},
                              {scenario + ": " + std::string(tr(c.scenario_name)), &c.scenario}});
  return book.finish();
}

}  // namespace rw
