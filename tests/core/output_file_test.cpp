#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <fstream>
#include <random>
#include <set>
#include <stdexcept>
#include <string>

#include "core/export/cairo_stream.h"
#include "core/export/output_file.h"
#include "core/export/form_xlsx.h"
#include "core/forms/form_cells.h"
#include "test_files.h"

#if defined(__unix__)
#include <unistd.h>  // dup/dup2: to read what libxlsxwriter prints on the process's stderr
#endif

using namespace pokin;
using pokin::test::read_file;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path path = fs::temp_directory_path() / ("pokin-output-" + std::to_string(std::random_device{}()));
  Folder() { fs::create_directories(path); }
  ~Folder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  // Every name in the folder: a temporary file left behind shows up here.
  std::set<std::string> names() const {
    std::set<std::string> found;
    for (const auto& entry : fs::directory_iterator(path)) found.insert(entry.path().filename().string());
    return found;
  }
};

void write_plain(const fs::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

std::string message_of(const std::function<void()>& action, Language language = Language::Indonesian) {
  try {
    action();
  } catch (const UserError& error) {
    return error.message().in(language);
  }
  return "";
}

// A form of one table `columns` wide (Excel's sheets end at 16,384 columns).
Form form_of_width(const std::string& name, int columns) {
  Form form;
  form.name = name;
  FormTable table;
  table.widths.assign(static_cast<std::size_t>(columns), 10);
  table.rows.push_back(FormRow(static_cast<std::size_t>(columns), text_cell("Meningkatnya investasi")));
  form.blocks.push_back(table);
  return form;
}

}  // namespace

TEST_CASE("an output file appears only when complete, and no temporary file stays behind") {
  Folder folder;
  fs::path target = folder.path / "pohon.svg";
  write_output_file(target, "<svg>baru</svg>");
  CHECK(read_file(target) == "<svg>baru</svg>");
  CHECK(folder.names() == std::set<std::string>{"pohon.svg"});

  write_output_file(target, "<svg>lebih baru</svg>");  // replaces the earlier export
  CHECK(read_file(target) == "<svg>lebih baru</svg>");
  CHECK(folder.names() == std::set<std::string>{"pohon.svg"});
}

TEST_CASE("a write that fails halfway leaves the earlier export byte-identical and removes the temporary") {
  Folder folder;
  fs::path target = folder.path / "pohon.svg";
  const std::string earlier = "<svg>ekspor yang baik</svg>\n";
  write_plain(target, earlier);

  SUBCASE("an exception while writing") {
    CHECK_THROWS_AS(
        [&] {
          OutputFile file(target);
          file.stream() << "<svg>setengah";
          throw std::runtime_error("layout failed");  // never committed
        }(),
        std::runtime_error);
  }
  SUBCASE("cairo reports a failure after writing part of the file") {
    CHECK_THROWS_AS(
        [&] {
          CairoFileStream stream(target);
          const unsigned char part[] = "%PDF-1.5 setengah";
          CairoFileStream::write(&stream, part, sizeof part - 1);
          stream.commit(CAIRO_STATUS_NO_MEMORY, "PDF", "PDF");
        }(),
        UserError);
  }
  SUBCASE("libxlsxwriter refuses a cell (a column past Excel's last) after writing the first sheet") {
    std::string message = message_of(
        [&] { write_forms_xlsx(folder.path / "tabel.xlsx", {form_of_width("A", 2), form_of_width("B", 16385)}); },
        Language::English);
    CHECK(message.find("tabel.xlsx") != std::string::npos);
    CHECK(!fs::exists(folder.path / "tabel.xlsx"));
  }
  CHECK(read_file(target) == earlier);
  CHECK(folder.names() == std::set<std::string>{"pohon.svg"});
}

TEST_CASE("a .pokin document is never an output, nor the file being read") {
  Folder folder;
  fs::path document = folder.path / "dokumen.pokin";
  // SQLite's 16-byte header and a page of zeros: what every .pokin starts with.
  std::string sqlite("SQLite format 3\0", 16);
  write_plain(document, sqlite + std::string(100, '\0'));
  const std::string document_bytes = read_file(document);

  std::string message = message_of([&] { write_output_file(document, "<svg/>"); });
  CHECK(message.find("dokumen Pokin") != std::string::npos);
  CHECK(message_of([&] { write_output_file(folder.path / "BARU.POKIN", "x"); }).find("dokumen Pokin") != std::string::npos);
  CHECK(!fs::exists(folder.path / "BARU.POKIN"));

  fs::path renamed = folder.path / "salinan.db";  // a document under another name: its header gives it away
  fs::copy_file(document, renamed);
  CHECK(message_of([&] { write_output_file(renamed, "x"); }, Language::English).find("Pokin document") != std::string::npos);
  CHECK(read_file(document) == document_bytes);
  CHECK(read_file(renamed) == document_bytes);

  fs::path source = folder.path / "sumber.csv";
  write_plain(source, "Sasaran;Indikator\n");
  std::string same = message_of([&] { refuse_overwriting(folder.path / "." / "sumber.csv", source); }, Language::English);
  CHECK(same.find("also a file this command reads or writes") != std::string::npos);
  // Not existing yet, but the same place as another output of the command.
  CHECK_THROWS_AS(refuse_overwriting(folder.path / "laporan.txt", folder.path / "sub" / ".." / "laporan.txt"), UserError);
  CHECK_NOTHROW(refuse_overwriting(folder.path / "laporan.txt", source));
}

TEST_CASE("a failed write names its cause: missing folder, a folder as target, disk full, permission") {
  Folder folder;
  fs::path missing = folder.path / "tidak-ada" / "pohon.svg";
  std::string id = message_of([&] { write_output_file(missing, "<svg/>"); });
  CHECK(id.find("folder") != std::string::npos);
  CHECK(id.find("tidak ada") != std::string::npos);
  CHECK(message_of([&] { write_output_file(missing, "<svg/>"); }, Language::English).find("does not exist") !=
        std::string::npos);
  CHECK(!fs::exists(folder.path / "tidak-ada"));

  CHECK(message_of([&] { write_output_file(folder.path, "x"); }, Language::English).find("is a folder") !=
        std::string::npos);

  // The mapping itself, for the causes a test cannot provoke on every machine.
  auto shown = [](std::errc cause, Language language) {
    return cannot_write("a.pdf", std::make_error_code(cause)).message().in(language);
  };
  CHECK(shown(std::errc::no_space_on_device, Language::Indonesian).find("disk penuh") != std::string::npos);
  CHECK(shown(std::errc::permission_denied, Language::Indonesian).find("izin ditolak") != std::string::npos);
  CHECK(shown(std::errc::permission_denied, Language::English).find("open in another program") != std::string::npos);
  CHECK(shown(std::errc::read_only_file_system, Language::English).find("read-only") != std::string::npos);
  CHECK(shown(std::errc::no_space_on_device, Language::English).find("read-only") == std::string::npos);
}

TEST_CASE("a full disk is reported as a full disk (Linux /dev/full)") {
  if (!fs::exists("/dev/full")) {
    MESSAGE("no /dev/full on this system: the disk-full message is checked through cannot_write only");
    return;
  }
  // A real ENOSPC from the C library, through the same check every export uses.
  std::ofstream device("/dev/full", std::ios::binary);
  REQUIRE(device.is_open());
  device << std::string(100000, 'x');
  std::string message;
  try {
    finish_writing(device, "/dev/full");
  } catch (const UserError& error) {
    message = error.message().id + " | " + error.message().en;
  }
  CHECK(message.find("penuh") != std::string::npos);
  CHECK(message.find("full") != std::string::npos);

  // A device is written directly (it cannot be replaced by a rename): nothing is created in /dev.
  std::set<std::string> before;
  for (const auto& entry : fs::directory_iterator("/dev")) before.insert(entry.path().filename().string());
  CHECK(message_of([] { write_output_file("/dev/full", std::string(100000, 'x')); }).find("disk penuh") !=
        std::string::npos);
  std::set<std::string> after;
  for (const auto& entry : fs::directory_iterator("/dev")) after.insert(entry.path().filename().string());
  CHECK(after == before);
}

TEST_CASE("a folder that cannot be written gives the permission message and leaves the earlier file") {
  Folder folder;
  fs::path locked = folder.path / "terkunci";
  fs::create_directories(locked);
  write_plain(locked / "pohon.svg", "lama");
  fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
  bool enforced = !std::ofstream(locked / "probe");  // root (and some file systems) ignore the permissions
  if (!enforced) {
    fs::remove(locked / "probe");
    MESSAGE("folder permissions are not enforced here (running as root?): the permission case is skipped");
  } else {
    std::string message = message_of([&] { write_output_file(locked / "pohon.svg", "baru"); });
    CHECK(message.find("izin ditolak") != std::string::npos);
    CHECK(read_file(locked / "pohon.svg") == "lama");
  }
  fs::permissions(locked, fs::perms::owner_all);
}

TEST_CASE("an XLSX export into a missing folder gives our message and nothing from libxlsxwriter on stderr") {
#if defined(__unix__)
  Folder folder;
  fs::path captured = folder.path / "stderr.txt";
  std::fflush(stderr);
  int saved = dup(2);
  REQUIRE(std::freopen(captured.c_str(), "w", stderr) != nullptr);
  std::string message = message_of([&] { write_forms_xlsx(folder.path / "tidak-ada" / "tabel.xlsx", {form_of_width("Matriks", 2)}); });
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  CHECK(message.find("tidak ada") != std::string::npos);
  CHECK(read_file(captured).empty());
#else
  MESSAGE("stderr is captured on Unix only");
#endif
}
