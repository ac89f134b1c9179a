// Smoke test of the real window: writes a small document, asks `pokin --screenshot` for a 1600x900 PNG of it
// (light and dark theme) and probes the pixels: the canvas background colour dominates the canvas, and boxes of
// the level colours are on screen. Usage: pokin_screenshot_check PATH/TO/pokin WORK_DIR
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "core/store/document_file.h"
#include "tests/core/layout_test_documents.h"

namespace {

int failures = 0;

void expect(bool condition, const std::string& what) {
  std::printf("%s: %s\n", condition ? "ok" : "FAILED", what.c_str());
  if (!condition) ++failures;
}

struct Image {
  int width = 0, height = 0;
  unsigned char* pixels = nullptr;
  unsigned rgb(int x, int y) const {
    const unsigned char* p = pixels + (static_cast<std::size_t>(y) * width + x) * 4;
    return (p[0] << 16) | (p[1] << 8) | p[2];
  }
  int count(unsigned colour) const {
    int n = 0;
    for (int y = 0; y < height; ++y)
      for (int x = 0; x < width; ++x) n += rgb(x, y) == colour;
    return n;
  }
  // The most frequent colour in the middle of the canvas (between the side panels).
  unsigned dominant_canvas_colour() const {
    std::map<unsigned, int> histogram;
    for (int y = height / 4; y < height * 3 / 4; y += 2)
      for (int x = width * 3 / 10; x < width * 7 / 10; x += 2) ++histogram[rgb(x, y)];
    unsigned best = 0;
    int best_count = -1;
    for (auto [colour, n] : histogram)
      if (n > best_count) best = colour, best_count = n;
    return best;
  }
};

Image shoot(const std::string& pokin, const std::filesystem::path& document, const std::filesystem::path& png,
            const std::string& extra) {
  std::filesystem::remove(png);
  std::string command = "\"" + pokin + "\" --screenshot \"" + png.string() + "\" --size 1600x900 " + extra + " \"" +
                        document.string() + "\"";
  int status = std::system(command.c_str());
  expect(status == 0, "pokin --screenshot exits 0 (" + extra + ")");
  Image image;
  int channels = 0;
  image.pixels = stbi_load(png.string().c_str(), &image.width, &image.height, &channels, 4);
  expect(image.pixels != nullptr, "the screenshot is a readable PNG");
  return image;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  const std::string pokin = argv[1];
  const std::filesystem::path work = argv[2];
  std::filesystem::create_directories(work);
  const std::filesystem::path document = work / "screenshot_test.pokin";
  std::filesystem::remove(document);
  pokin::store::DocumentFile::create(document, pokin::test::small_tree(4));

  Image light = shoot(pokin, document, work / "screenshot_light.png", "--theme light");
  if (light.pixels) {
    expect(light.width == 1600 && light.height == 900, "the PNG is 1600x900");
    expect(light.dominant_canvas_colour() == 0xF7F8FA, "the canvas background (#F7F8FA) fills most of the canvas");
    expect(light.count(0xDCE8F5) > 300, "a Sasaran Strategis box in its level colour (#DCE8F5) is on screen");
    expect(light.count(0xDDF0E2) > 300, "Sasaran Program boxes in their level colour (#DDF0E2) are on screen");
    stbi_image_free(light.pixels);
  }
  Image dark = shoot(pokin, document, work / "screenshot_dark.png", "--theme dark");
  if (dark.pixels) {
    expect(dark.dominant_canvas_colour() == 0x1C1F24, "the dark canvas background (#1C1F24) fills most of the canvas");
    expect(dark.count(0x1E3A5C) > 300, "a Sasaran Strategis box in its dark level colour (#1E3A5C) is on screen");
    stbi_image_free(dark.pixels);
  }
  Image meeting = shoot(pokin, document, work / "screenshot_meeting.png", "--theme light --meeting");
  if (meeting.pixels) {
    // Meeting mode: the title band across the top, the tree on a plain background, no side panels.
    expect(meeting.rgb(800, 20) == 0xEEF1F5, "meeting mode: the title band (#EEF1F5) runs across the top");
    // The framed tree fills the middle of the screen; the background shows at its sides.
    expect(meeting.rgb(30, 450) == 0xF7F8FA && meeting.rgb(1570, 450) == 0xF7F8FA,
           "meeting mode: a plain background behind the tree");
    expect(meeting.rgb(60, 450) == 0xF7F8FA, "meeting mode: no outline panel on the left");
    expect(meeting.count(0xDCE8F5) > 2000, "meeting mode: the Sasaran Strategis box is large");
    stbi_image_free(meeting.pixels);
  }
  return failures == 0 ? 0 : 1;
}
