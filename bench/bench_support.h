#pragma once
// Timing and memory readings shared by the benchmarks (Linux: resident memory from /proc).
#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>

namespace bench {

inline double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The fastest of three runs of `work`, in milliseconds: the figure is the work, not the machine's other load.
template <class Work>
double best_of_3(Work&& work) {
  double best = 1e12;
  for (int run = 0; run < 3; ++run) {
    auto start = std::chrono::steady_clock::now();
    work();
    best = std::min(best, milliseconds_since(start));
  }
  return best;
}

// Peak resident set size of this process in MB (VmHWM), or -1 where /proc is not available.
inline double peak_resident_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return -1;
}

}  // namespace bench
