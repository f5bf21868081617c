// regelwerk_national: the engine's side of the national benchmark (bench/run). Reads the regions a
// generator wrote (bench/generate_national.py: DIR/manifest.json, DIR/region-NN/model.regels and data/),
// then measures in one process, with provenance on as always:
//   load      reading and validating every region's JSON data (reported, not part of the evaluation),
//             and the same data from one XLSX workbook per region when DIR/region-NN/sheets/ holds it;
//   full      parse + check of every region's model and evaluation 2022-2034;
//   what-if   the same evaluation after one parameter changes (--set NAME=VALUE), models, data and the
//             settlement kept: only the rules that read the parameter are evaluated again (rw::reevaluate);
//   classify  every client classified as existing or new, and each new client's payer per stay, by the
//             model's own definitions (a rule added for the year 2099 that only classifies);
// and prints one JSON object with the times in microseconds, the peak memory, and the ledger totals per
// (region, year, rule, payer, receiver) in cents (to --totals FILE), for the comparison with the baseline.
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lang/program.h"
#include "runtime/data/loader.h"
#include "runtime/eval/interpreter.h"
#include "runtime/eval/overrides.h"
#include "stdlib/builtins.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Appended to a region's model for the classification benchmark: it runs alone, in a year no other rule covers.
constexpr const char* classification_rule = R"(
account bench_existing "Benchmark: existing clients"
account bench_new "Benchmark: new clients' stays, by payer"
rule BENCH "Classification of every client" for 2099 {
  for each c in clients {
    if existing(c) {
      centre pays €1 to bench_existing
    } else {
      for each s in c.stays {
        new_client_payer(c, s) pays €1 to bench_new
      }
    }
  }
}
)";

struct Region {
  std::string name;
  fs::path folder;
  std::optional<rw::Program> program;
  std::optional<rw::Program> classify_program;
  std::optional<rw::Dataset> data;
  std::optional<rw::Ledger> ledger;   // as written
  std::optional<rw::Ledger> what_if;  // after the what-if
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::int64_t micros_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
}

// Parses and checks a model's text; false after printing why not.
bool check_text(const fs::path& path, std::string text, std::optional<rw::Program>& program) {
  rw::CompileResult compiled = rw::compile(path.string(), std::move(text), rw::builtin_signatures());
  if (!compiled.program) {
    std::cerr << rw::render_all(compiled.diagnostics, *compiled.source);
    return false;
  }
  program = std::move(compiled.program);
  return true;
}

// Parses and checks a region's model.
bool check_region(Region& region) {
  fs::path path = region.folder / "model.regels";
  return check_text(path, read_file(path), region.program);
}

// Keeps a region's ledger; false after printing why there is none.
bool keep(Region& region, rw::EvalResult result, std::optional<rw::Ledger>& into) {
  if (!result.ledger) {
    std::cerr << rw::render_all(result.diagnostics, *region.program->source);
    return false;
  }
  into = std::move(result.ledger);
  return true;
}

// Runs `work(region)` for every region on `threads` threads; false if any call returned false.
template <typename Work>
bool for_each_region(std::vector<Region>& regions, unsigned threads, Work work) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> ok{true};
  auto run = [&] {
    for (std::size_t i = next++; i < regions.size(); i = next++) {
      if (!work(regions[i])) ok = false;
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
  return ok;
}

// "region year rule from to" -> cents, over every region's ledger.
std::map<std::string, std::int64_t> totals(const std::vector<Region>& regions) {
  std::map<std::string, std::int64_t> sums;
  for (const Region& r : regions) {
    for (const rw::Posting& p : r.ledger->postings) {
      sums[fmt::format("{}\t{}\t{}\t{}\t{}", r.name, p.year, p.rule_id, r.ledger->accounts[p.from].id, r.ledger->accounts[p.to].id)] += p.cents;
    }
  }
  return sums;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: regelwerk_national DIR [--set NAME=VALUE] [--threads N] [--totals FILE] [--repeat N]\n";
    return 2;
  }
  fs::path dir = argv[1];
  std::string setting = "secondary_fee=7000", totals_file;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  int repeat = 3;
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--set") setting = argv[i + 1];
    if (flag == "--threads") threads = static_cast<unsigned>(std::stoul(argv[i + 1]));
    if (flag == "--totals") totals_file = argv[i + 1];
    if (flag == "--repeat") repeat = std::stoi(argv[i + 1]);
  }
  auto manifest = nlohmann::json::parse(read_file(dir / "manifest.json"));
  std::vector<Region> regions;
  std::size_t clients = 0;
  for (const auto& r : manifest["regions"]) {
    Region region;
    region.name = r["name"].get<std::string>();
    region.folder = dir / r["folder"].get<std::string>();
    regions.push_back(std::move(region));
    clients += r["clients"].get<std::size_t>();
  }
  std::vector<int> years;
  for (int y = 2022; y <= 2034; ++y) years.push_back(y);

  // Loading the data needs the checked models (the data is validated against the declared inputs).
  if (!for_each_region(regions, threads, check_region)) return 1;
  auto start = Clock::now();
  bool loaded = for_each_region(regions, threads, [](Region& region) {
    rw::LoadResult data = rw::load_data(region.program->model.tables, region.folder / "data");
    for (const rw::DataError& e : data.errors) std::cerr << rw::render(e);
    region.data = std::move(data.data);
    return region.data.has_value();
  });
  std::int64_t load_us = micros_since(start);
  if (!loaded) return 1;
  // The same data as one workbook per region (sheets/data.xlsx, made by bench/run), when it is there:
  // read and validated the same way; the loaded data must hold as many values as the JSON's.
  std::int64_t load_xlsx_us = -1;
  if (fs::exists(regions.front().folder / "sheets")) {
    start = Clock::now();
    bool same = for_each_region(regions, threads, [](Region& region) {
      rw::LoadResult data = rw::load_data(region.program->model.tables, region.folder / "sheets");
      for (const rw::DataError& e : data.errors) std::cerr << rw::render(e);
      return data.data && data.data->inputs.size() == region.data->inputs.size();
    });
    load_xlsx_us = micros_since(start);
    if (!same) return 1;
  }
  rusage after_load{};
  getrusage(RUSAGE_SELF, &after_load);

  // full: parse + check + evaluate, best of `repeat` runs.
  std::int64_t full_us = INT64_MAX;
  for (int i = 0; i < repeat; ++i) {
    start = Clock::now();
    bool ok = for_each_region(regions, threads, [&](Region& region) {
      return check_region(region) && keep(region, rw::evaluate(*region.program, *region.data, years), region.ledger);
    });
    full_us = std::min(full_us, micros_since(start));
    if (!ok) return 1;
  }
  auto baseline_totals = totals(regions);

  // classify: the model with the classification rule, settled for 2099 only (parse and check not timed).
  if (!for_each_region(regions, threads, [](Region& region) {
        fs::path path = region.folder / "model.regels";
        return check_text(path, read_file(path) + classification_rule, region.classify_program);
      })) {
    return 1;
  }
  std::int64_t classify_us = INT64_MAX;
  std::int64_t existing = 0;
  for (int i = 0; i < repeat; ++i) {
    std::atomic<std::int64_t> counted{0};
    start = Clock::now();
    bool ok = for_each_region(regions, threads, [&](Region& region) {
      rw::EvalResult result = rw::evaluate(*region.classify_program, *region.data, {2099});
      if (!result.ledger) {
        std::cerr << rw::render_all(result.diagnostics, *region.classify_program->source);
        return false;
      }
      for (const rw::Posting& p : result.ledger->postings) {
        if (result.ledger->accounts[p.to].id == "bench_existing") counted += p.cents / 100;
      }
      return true;
    });
    classify_us = std::min(classify_us, micros_since(start));
    existing = counted;
    if (!ok) return 1;
  }

  // what-if: one parameter changes; models and data stay loaded.
  std::int64_t what_if_us = INT64_MAX;
  for (int i = 0; i < repeat; ++i) {
    start = Clock::now();
    bool ok = for_each_region(regions, threads, [&](Region& region) {
      rw::Overrides overrides;
      std::string problem = rw::add_setting(region.program->model, setting, overrides);
      if (!problem.empty()) {
        std::cerr << problem << "\n";
        return false;
      }
      return keep(region, rw::reevaluate(*region.program, *region.data, *region.ledger, overrides), region.what_if);
    });
    what_if_us = std::min(what_if_us, micros_since(start));
    if (!ok) return 1;
  }
  if (!totals_file.empty()) {
    std::ofstream out(totals_file);
    for (const auto& [key, cents] : baseline_totals) out << key << "\t" << cents << "\n";
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::size_t postings = 0;
  for (const Region& r : regions) postings += r.ledger->postings.size();
  nlohmann::json report = {{"regions", regions.size()}, {"clients", clients},       {"years", years.size()},
                           {"threads", threads},        {"load_us", load_us},       {"load_xlsx_us", load_xlsx_us},       {"full_us", full_us},
                           {"what_if_us", what_if_us},  {"what_if", setting},       {"postings", postings},
                           {"classify_us", classify_us}, {"classified_existing", existing},
                           {"peak_rss_kb", usage.ru_maxrss}, {"peak_rss_after_load_kb", after_load.ru_maxrss}};
  std::cout << report.dump() << "\n";
  return 0;
}
