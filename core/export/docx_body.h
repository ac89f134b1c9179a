#pragma once
// word/document.xml of a DocxDocument, and the media parts its figures refer to (each figure: a PNG and an SVG
// part, referred to by relationship ids that word/_rels/document.xml.rels must declare).
#include <string>
#include <vector>

#include "core/export/docx_document.h"

namespace pokin {

struct DocxMediaPart {
  std::string relationship_id;  // "rIdFigure1Png"
  std::string target;           // relative to word/: "media/figure1.png"
  const std::string* content;   // the figure's bytes, owned by the DocxDocument
};

struct DocxBody {
  std::string xml;
  std::vector<DocxMediaPart> media;
};

// `document` must outlive the result (the media parts point into its figures).
DocxBody docx_body(const DocxDocument& document);

}  // namespace pokin
