#include "core/export/form_xlsx_formats.h"

#include <algorithm>

namespace pokin {
namespace {

std::string decimals_suffix(int decimals) {
  int count = std::clamp(decimals, 0, 10);
  return count == 0 ? std::string() : "." + std::string(static_cast<std::size_t>(count), '0');
}

}  // namespace

std::string number_format_code(int decimals) { return "#,##0" + decimals_suffix(decimals); }

std::string percent_format_code(int decimals) { return "0" + decimals_suffix(decimals) + "%"; }

lxw_format* FormFormats::get(const FormCellLook& look) {
  auto key = look.key();
  auto found = formats_.find(key);
  if (found != formats_.end()) return found->second;
  lxw_format* format = workbook_add_format(workbook_);
  format_set_font_name(format, kFormFontName);
  format_set_font_size(format, look.size);
  if (look.bold) format_set_bold(format);
  if (look.italic) format_set_italic(format);
  if (look.underline) format_set_underline(format, LXW_UNDERLINE_SINGLE);
  format_set_text_wrap(format);
  if (look.justify)
    format_set_align(format, LXW_ALIGN_JUSTIFY);
  else
    format_set_align(format, look.align == FormAlign::Centre  ? LXW_ALIGN_CENTER
                             : look.align == FormAlign::Right ? LXW_ALIGN_RIGHT
                                                              : LXW_ALIGN_LEFT);
  format_set_align(format, look.middle ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
  if (look.border) format_set_border(format, LXW_BORDER_THIN);
  if (look.fill) format_set_bg_color(format, *look.fill);
  if (!look.number_format.empty()) format_set_num_format(format, look.number_format.c_str());
  formats_.emplace(key, format);
  return format;
}

}  // namespace pokin
