#pragma once
// A form's running text (FormParagraph) set in lines for the PDF: justified to the text width (the last line of
// each paragraph left), "\n" breaking a line, and the lines with a "\t" set as an aligned list, every value
// starting at one column after the longest label ("Nama\t: Ir. Budi"; a value that wraps continues under its
// text, past the ": "). Measured with text_metrics.h, the widths the PDF prints with.
#include <string>
#include <string_view>
#include <vector>

namespace pokin {

struct PlacedWord {
  std::string text;
  double x = 0;  // from the left of the text area
};

using PlacedLine = std::vector<PlacedWord>;

std::vector<PlacedLine> set_paragraph(std::string_view text, double width, double size);

}  // namespace pokin
