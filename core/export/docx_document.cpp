#include "core/export/docx_document.h"

#include <utility>

namespace pokin {

DocxSection figure_pages(const DocxPage& page, std::vector<DocxFigure> figures) {
  DocxSection section;
  section.page = page;
  for (std::size_t k = 0; k < figures.size(); ++k) {
    if (k > 0) section.blocks.emplace_back(DocxPageBreak{});
    section.blocks.emplace_back(std::move(figures[k]));
  }
  return section;
}

}  // namespace pokin
