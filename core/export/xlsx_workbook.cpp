#include "core/export/xlsx_workbook.h"

#include <cerrno>

#include "core/export/xml_text.h"
#include "core/text/bilingual.h"
#include "core/text/utf8.h"
#include "core/text/utf8_path.h"

namespace pokin {
namespace {

constexpr std::size_t kCellLimit = 32767;  // Excel's limit on characters in a cell
constexpr std::size_t kSheetNameLimit = 31;

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string cell_text(std::string_view raw) {
  std::string text = valid_utf8(raw);
  if (text.size() <= kCellLimit) return text;
  std::size_t cut = kCellLimit - 3;
  while (cut > 0 && continuation_byte(text[cut])) --cut;
  return text.substr(0, cut) + "…";
}

std::string sheet_name(std::string_view name) {
  std::string clean;
  for (char c : valid_utf8(name))
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) clean += c;
  std::size_t first = clean.find_first_not_of(" '");
  if (first == std::string::npos) return {};
  clean = clean.substr(first, clean.find_last_not_of(" '") - first + 1);
  // Excel counts characters: keep the first 31 code points.
  std::size_t end = 0;
  for (std::size_t characters = 0; end < clean.size() && characters < kSheetNameLimit; ++characters)
    end += decode_utf8(clean, end).length;
  clean.resize(end);
  while (!clean.empty() && (clean.back() == '\'' || clean.back() == ' ')) clean.pop_back();
  return clean;
}

void throw_on_workbook_error(lxw_error error, std::error_code cause, const std::filesystem::path& path) {
  switch (error) {
    case LXW_NO_ERROR: return;
    // The file, its zip stream or the library's temporary files could not be written: the C library's errno
    // says why (a full disk most often).
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      throw cannot_write(path, cause);
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      throw cannot_write(path, std::make_error_code(std::errc::not_enough_memory));
    default:
      throw UserError("Berkas " + utf8_path(path) + " (XLSX) gagal ditulis: " + lxw_strerror(error) + ".",
                      "Writing the XLSX file " + utf8_path(path) + " failed: " + lxw_strerror(error) + ".");
  }
}

XlsxWorkbookFile::XlsxWorkbookFile(const std::filesystem::path& target) : file_(target) {
  // libxlsxwriter opens the file itself: it gets the temporary, created first so that a folder that cannot be
  // written fails here with the planner's message, before the library prints its own on stderr.
  workbook_ = workbook_new(utf8_path(file_.path_to_write()).c_str());
  if (!workbook_) throw cannot_write(target, std::make_error_code(std::errc::not_enough_memory));
}

XlsxWorkbookFile::~XlsxWorkbookFile() {
  if (workbook_) lxw_workbook_free(workbook_);  // not closed: nothing written, the OutputFile removes the temporary
}

lxw_worksheet* XlsxWorkbookFile::add_sheet(const std::string& name) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook_, name.c_str());
  if (!sheet) keep(LXW_ERROR_PARAMETER_VALIDATION);
  return sheet;
}

void XlsxWorkbookFile::close() {
  errno = 0;
  lxw_error error = workbook_close(workbook_);  // frees the workbook, whatever the result
  workbook_ = nullptr;
  std::error_code cause = errno != 0 ? std::error_code(errno, std::generic_category()) : std::error_code();
  throw_on_workbook_error(error, cause, file_.target());
  throw_on_workbook_error(refused_, {}, file_.target());
  file_.commit();
}

}  // namespace pokin
