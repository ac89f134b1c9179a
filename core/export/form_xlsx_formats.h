#pragma once
// The cell formats of a form workbook: each distinct look is one libxlsxwriter format, made on first use and
// shared by every cell that looks the same (Excel keeps one style per look; a format per cell would bloat the
// file and hit Excel's 64.000-style limit on a long Renstra).
#include <xlsxwriter.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "core/forms/form.h"

namespace pokin {

inline constexpr const char* kFormFontName = "Arial";  // measured by core/layout/text_metrics.h (Liberation Sans)

struct FormCellLook {
  double size = 10;
  bool bold = false;
  bool italic = false;
  bool underline = false;
  FormAlign align = FormAlign::Left;
  bool justify = false;        // running text: justified (wraps too)
  bool middle = false;         // vertically centred; otherwise at the top
  bool border = false;         // thin borders all round
  std::optional<std::uint32_t> fill;  // 0xRRGGBB
  std::string number_format;   // empty: General

  auto key() const {
    return std::tuple(size, bold, italic, underline, align, justify, middle, border, fill, number_format);
  }
};

// "#,##0" or "#,##0.00" for a number with `decimals` decimals (0-10): Excel shows them with the reader's
// separators, 1.000,00 in an Indonesian Excel.
std::string number_format_code(int decimals);
// "0%" or "0.00%".
std::string percent_format_code(int decimals);

class FormFormats {
 public:
  explicit FormFormats(lxw_workbook* workbook) : workbook_(workbook) {}
  // The format of `look` (owned by the workbook).
  lxw_format* get(const FormCellLook& look);

 private:
  lxw_workbook* workbook_;
  std::map<decltype(FormCellLook{}.key()), lxw_format*> formats_;
};

}  // namespace pokin
