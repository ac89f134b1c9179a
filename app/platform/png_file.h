#pragma once
// Writes RGBA pixels (top row first) as a PNG file. Returns false when the file cannot be written.
#include <filesystem>
#include <vector>

namespace pokin::platform {

bool write_png(const std::filesystem::path& path, int width, int height, const std::vector<unsigned char>& rgba);

}  // namespace pokin::platform
