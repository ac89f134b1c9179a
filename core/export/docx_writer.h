#pragma once
// A Word document (.docx, WordprocessingML) from a DocxDocument (docx_document.h): the package parts
// ([Content_Types].xml, relationships, document, styles, settings, properties, media) in a ZIP archive built
// with libzip. Figures are stored as Word 2016+ stores SVG: a PNG part that every reader shows, and an SVG part
// named by the svgBlip extension of the same picture, which Word 2016+ draws instead.
#include <filesystem>
#include <string>

#include "core/export/docx_document.h"

namespace pokin {

// The bytes of the .docx file.
std::string docx_package(const DocxDocument& document);

// Writes the .docx to `path` atomically (output_file.h): an unwritable path or a full disk throws UserError in
// Indonesian and English, and leaves no file behind (an existing one stays as it was).
void write_docx(const std::filesystem::path& path, const DocxDocument& document);

}  // namespace pokin
