#include "core/export/docx_writer.h"

#include "core/export/docx_body.h"
#include "core/export/output_file.h"
#include "core/export/xml_text.h"
#include "core/export/zip_archive_writer.h"

namespace pokin {
namespace {

const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string content_types() {
  return std::string(kXmlDeclaration) +
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Default Extension=\"png\" ContentType=\"image/png\"/>"
         "<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>"
         "<Override PartName=\"/word/document.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
         "<Override PartName=\"/word/settings.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
         "</Types>";
}

std::string package_relationships() {
  return std::string(kXmlDeclaration) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
         "Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
         "Target=\"docProps/core.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
         "Target=\"docProps/app.xml\"/>"
         "</Relationships>";
}

std::string document_relationships(const DocxBody& body) {
  std::string xml = std::string(kXmlDeclaration) +
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                    "Target=\"styles.xml\"/>"
                    "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
                    "Target=\"settings.xml\"/>";
  for (const DocxMediaPart& part : body.media)
    xml += "<Relationship Id=\"" + part.relationship_id +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"" +
           part.target + "\"/>";
  return xml + "</Relationships>";
}

// Indonesian as the proofing language; Arial, the usual face of Indonesian government documents; Word's
// built-in heading and caption style ids, so the navigation pane and a table of figures find them.
std::string styles() {
  std::string xml = std::string(kXmlDeclaration) +
                    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" "
                    "w:cs=\"Arial\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"id-ID\" w:eastAsia=\"id-ID\" "
                    "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" "
                    "w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>";
  const int sizes[] = {32, 28, 24};
  for (int level = 1; level <= 3; ++level) {
    const std::string n = std::to_string(level);
    xml += "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + n + "\"><w:name w:val=\"heading " + n +
           "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>"
           "<w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(level - 1) +
           "\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"" + std::to_string(sizes[level - 1]) +
           "\"/><w:szCs w:val=\"" + std::to_string(sizes[level - 1]) + "\"/></w:rPr></w:style>";
  }
  xml += "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"120\" w:after=\"0\"/></w:pPr>"
         "<w:rPr><w:i/><w:iCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
         "</w:styles>";
  return xml;
}

// Compatibility mode 15 (Word 2013+): without it Word opens the file in compatibility mode.
std::string settings() {
  return std::string(kXmlDeclaration) +
         "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:defaultTabStop w:val=\"720\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
         "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";
}

std::string core_properties(const std::string& title) {
  return std::string(kXmlDeclaration) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + xml_escaped(title) +
         "</dc:title><dc:creator>Pokin</dc:creator><dc:language>id-ID</dc:language></cp:coreProperties>";
}

std::string app_properties() {
  return std::string(kXmlDeclaration) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
         "<Application>Pokin</Application></Properties>";
}

}  // namespace

std::string docx_package(const DocxDocument& document) {
  DocxBody body = docx_body(document);
  ZipArchiveWriter archive;
  archive.add("[Content_Types].xml", content_types());
  archive.add("_rels/.rels", package_relationships());
  archive.add("word/document.xml", std::move(body.xml));
  archive.add("word/_rels/document.xml.rels", document_relationships(body));
  archive.add("word/styles.xml", styles());
  archive.add("word/settings.xml", settings());
  archive.add("docProps/core.xml", core_properties(document.title));
  archive.add("docProps/app.xml", app_properties());
  for (const DocxMediaPart& part : body.media) archive.add("word/" + part.target, *part.content);
  return archive.finish();
}

void write_docx(const std::filesystem::path& path, const DocxDocument& document) {
  write_output_file(path, docx_package(document));
}

}  // namespace pokin
