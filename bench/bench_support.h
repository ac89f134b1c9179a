#pragma once
// Timing and memory readings shared by the benchmarks (Linux: resident memory from /proc).
#include <chrono>
#include <fstream>
#include <string>

namespace bench {

inline double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
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
