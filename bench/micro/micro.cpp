// Micro-benchmarks (Google Benchmark): parse + check of a 1,000-line model, evaluation per client-year,
// a distribution over 342 members, and the language server's diagnostics after an edit. Figures, and
// what they mean, are in docs/performance.md.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "lang/checker.h"
#include "lang/program.h"
#include "lsp/handlers.h"
#include "lsp/workspace.h"
#include "runtime/data/loader.h"
#include "runtime/eval/distribution.h"
#include "runtime/eval/interpreter.h"
#include "stdlib/builtins.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::string source_dir = REGELWERK_SOURCE_DIR;

// The Centraal-Gelderland model followed by generated rules of the same shape as its rules 7-10 until
// the text has 1,000 lines (a few more: rules are not cut): a model as large as a big region's agreement.
std::string thousand_line_model() {
  std::string text = read_file(source_dir + "/rules/centraal-gelderland.regels");
  auto lines = [&] { return std::count(text.begin(), text.end(), '\n'); };
  for (int n = 1; lines() < 1000; ++n) {
    text += fmt::format(
        "\nrule X{} \"Generated rule {}\" for 2025..2034 when year >= reform_year due year_end(year) {{\n"
        "  for each c in clients where not existing(c) and c.product = BT {{\n"
        "    for each s in c.stays where overlaps_year(s.period, year) {{\n"
        "      s.municipality pays stay_cost(c, s, year) * {}% to purchasing\n"
        "    }}\n"
        "  }}\n"
        "}}\n",
        n, n, n % 100);
  }
  return text;
}

std::optional<rw::CheckedModel> parse_and_check(const rw::SourceFile& source) {
  return std::move(rw::parse_and_check(source, rw::builtin_signatures()).model);
}

void BM_ParseAndCheck1000Lines(benchmark::State& state) {
  rw::SourceFile source("thousand.regels", thousand_line_model());
  for (auto _ : state) {
    auto model = parse_and_check(source);
    if (!model) state.SkipWithError("the generated model does not check");
    benchmark::DoNotOptimize(model);
  }
  state.counters["lines"] = static_cast<double>(std::count(source.text().begin(), source.text().end(), '\n'));
}
BENCHMARK(BM_ParseAndCheck1000Lines)->Unit(benchmark::kMillisecond);

// The language server after one keystroke in a 1,000-line model: the incremental change applied, the
// text parsed, checked and indexed again, and the diagnostics put into their LSP message (issue 18: within
// 20 ms). Each iteration types a letter into a name and the next takes it out again, so half the
// iterations have an error to report, like typing does.
void BM_LspDiagnosticsAfterEdit1000Lines(benchmark::State& state) {
  rw::lsp::Workspace workspace;
  const std::string uri = "file:///bench/thousand.regels";
  workspace.documents.open(uri, rw::lsp::DocumentLanguage::Rules, 1, thousand_line_model());
  workspace.reanalyse(uri);
  // Line 200 (0-based 199) of the model: `      centre pays secondary_fee * ...`, the name from character 18.
  const rw::lsp::Range after_name{{199, 31}, {199, 31}}, typed{{199, 31}, {199, 32}};
  int version = 1;
  for (auto _ : state) {
    bool insert = version % 2 == 1;
    std::vector<rw::lsp::TextChange> change{{insert ? after_name : typed, insert ? "x" : ""}};
    workspace.documents.change(uri, ++version, change);
    workspace.reanalyse(uri);
    auto message = rw::lsp::diagnostics_params(workspace, uri, version);
    benchmark::DoNotOptimize(message);
  }
}
BENCHMARK(BM_LspDiagnosticsAfterEdit1000Lines)->Unit(benchmark::kMillisecond);

// The Centraal-Gelderland example (1,356 clients) settled for 2022-2034; items are client-years.
void BM_EvaluatePerClientYear(benchmark::State& state) {
  auto program = rw::compile("centraal-gelderland.regels", read_file(source_dir + "/rules/centraal-gelderland.regels"),
                             rw::builtin_signatures()).program;
  if (!program) {
    state.SkipWithError("the example does not check");
    return;
  }
  const rw::CheckedModel& model = program->model;
  rw::LoadResult data = rw::load_data(model.tables, source_dir + "/examples/centraal-gelderland");
  if (!data.data) {
    state.SkipWithError("the example data does not load");
    return;
  }
  std::vector<int> years;
  for (int y = 2022; y <= 2034; ++y) years.push_back(y);
  std::size_t clients = 0;
  for (std::size_t i = 0; i < model.tables.inputs.size(); ++i) {
    if (model.tables.inputs[i].name == "clients") clients = std::get<rw::ListPtr>(data.data->inputs[i])->items.size();
  }
  for (auto _ : state) {
    rw::EvalResult result = rw::evaluate(*program, *data.data, years);
    if (!result.ledger) state.SkipWithError("the example does not settle");
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * clients * years.size()));
}
BENCHMARK(BM_EvaluatePerClientYear)->Unit(benchmark::kMillisecond);

// €12,345,678.91 over 342 members by uneven weights, capped, with the excess spread.
void BM_Distribute342Members(benchmark::State& state) {
  std::vector<rw::Rational> weights;
  std::vector<std::int64_t> caps;
  for (int i = 0; i < 342; ++i) {
    weights.push_back(rw::Rational::fraction(1000 + (i * 7919) % 5003, 100000));
    caps.push_back(2'000'000 + (i * 104729) % 3'000'000);
  }
  std::optional<std::vector<std::int64_t>> capped = state.range(0) ? std::optional(caps) : std::nullopt;
  for (auto _ : state) {
    rw::Allocation allocation = rw::allocate(1'234'567'891, weights, capped, rw::CapExcess::Spread);
    benchmark::DoNotOptimize(allocation);
  }
}
BENCHMARK(BM_Distribute342Members)->Arg(0)->Arg(1)->ArgNames({"capped"})->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
