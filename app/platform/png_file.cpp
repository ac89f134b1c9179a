#include "app/platform/png_file.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#include <stb_image_write.h>

#include "core/text/utf8_path.h"

namespace pokin::platform {

bool write_png(const std::filesystem::path& path, int width, int height, const std::vector<unsigned char>& rgba) {
  return stbi_write_png(utf8_path(path).c_str(), width, height, 4, rgba.data(), width * 4) != 0;
}

}  // namespace pokin::platform
