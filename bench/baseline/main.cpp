// regelwerk_baseline: the hand-written baseline of the national benchmark (bench/run). Reads one
// region's data and prints its settlement 2022-2034 as `YEAR RULE PAYER RECEIVER CENTS` lines (tabs),
// sorted; on standard error `compute_us N`: the best computation time of --repeat runs, JSON reading
// not included.
// Usage: regelwerk_baseline DATA_DIR --members A,B,C --centre A [--first 2022] [--last 2034] [--repeat N]
#include <chrono>
#include <iostream>
#include <sstream>

#include "bench/baseline/settlement.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: regelwerk_baseline DATA_DIR --members A,B,C --centre A [--first 2022] [--last 2034] [--repeat N]\n";
    return 2;
  }
  std::vector<std::string> members;
  std::string centre;
  int first = 2022, last = 2034, repeat = 1;
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--members") {
      std::stringstream list(value);
      for (std::string m; std::getline(list, m, ',');) members.push_back(m);
    }
    if (flag == "--centre") centre = value;
    if (flag == "--first") first = std::stoi(value);
    if (flag == "--last") last = std::stoi(value);
    if (flag == "--repeat") repeat = std::stoi(value);
  }
  if (first < 2022 || last > 2034 || first > last) {
    std::cerr << "regelwerk_baseline: the model's rules cover 2022..2034; --first and --last must lie within it\n";
    return 2;
  }
  try {
    baseline::RegionData region = baseline::read_region(argv[1], members, centre);
    baseline::Totals totals;
    auto best = std::chrono::microseconds::max();
    for (int i = 0; i < repeat; ++i) {
      auto start = std::chrono::steady_clock::now();
      totals = baseline::settle(region, first, last);
      best = std::min(best, std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start));
    }
    for (const auto& [key, cents] : totals) {
      const auto& [year, rule, from, to] = key;
      std::cout << year << '\t' << rule << '\t' << from << '\t' << to << '\t' << cents << '\n';
    }
    std::cerr << "compute_us " << best.count() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "regelwerk_baseline: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
