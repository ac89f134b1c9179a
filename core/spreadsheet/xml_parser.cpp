#include "core/spreadsheet/xml_parser.h"

#include <expat.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <string>

#include "core/text/bilingual.h"

namespace pokin::spreadsheet {
namespace {

std::string_view local_name(const char* name) {
  std::string_view full(name);
  auto colon = full.find(':');
  return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

struct FreeParser {
  void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};

// Expat is C: an exception must not unwind through it. Callbacks catch, stop the parser and keep the exception
// for parse_xml to rethrow once expat has returned.
struct Session {
  XML_Parser parser;
  XmlHandler& handler;
  std::exception_ptr failure;
  bool had_doctype = false;

  template <class Step>
  void guarded(Step&& step) {
    if (failure) return;
    try {
      step();
    } catch (...) {
      failure = std::current_exception();
      XML_StopParser(parser, XML_FALSE);
    }
  }
};

void XMLCALL on_open(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto* session = static_cast<Session*>(data);
  session->guarded([&] { session->handler.open(local_name(name), XmlAttributes(attributes)); });
}

void XMLCALL on_close(void* data, const XML_Char* name) {
  auto* session = static_cast<Session*>(data);
  session->guarded([&] { session->handler.close(local_name(name)); });
}

void XMLCALL on_text(void* data, const XML_Char* text, int length) {
  auto* session = static_cast<Session*>(data);
  session->guarded([&] { session->handler.text(std::string_view(text, static_cast<std::size_t>(length))); });
}

void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* session = static_cast<Session*>(data);
  session->had_doctype = true;
  XML_StopParser(session->parser, XML_FALSE);
}

}  // namespace

std::string_view XmlAttributes::operator[](std::string_view name) const {
  for (const char** pair = pairs_; pair && pair[0]; pair += 2)
    if (local_name(pair[0]) == name) return pair[1];
  return {};
}

void parse_xml(std::string_view part, std::string_view xml, XmlHandler& handler, const OfficeFileKind& kind) {
  const std::string app = kind.app;
  const std::string file = app + " (" + kind.extension + ")";
  std::unique_ptr<XML_ParserStruct, FreeParser> owner(XML_ParserCreate(nullptr));
  if (!owner) throw UserError("Memori tidak cukup untuk membaca berkas " + app + ".", "Not enough memory to read the " + app + " file.");
  XML_Parser parser = owner.get();
  Session session{parser, handler, nullptr};
  XML_SetUserData(parser, &session);
  XML_SetElementHandler(parser, on_open, on_close);
  XML_SetCharacterDataHandler(parser, on_text);
  XML_SetStartDoctypeDeclHandler(parser, on_doctype);

  // XML_Parse counts in int: feed pieces well below INT_MAX (a part is far smaller after the archive's limits).
  constexpr std::size_t kPiece = std::size_t{1} << 30;
  XML_Status status = XML_STATUS_OK;
  std::size_t at = 0;
  do {
    std::size_t length = std::min(kPiece, xml.size() - at);
    bool last = at + length == xml.size();
    status = XML_Parse(parser, xml.data() + at, static_cast<int>(length), last ? XML_TRUE : XML_FALSE);
    at += length;
  } while (status == XML_STATUS_OK && at < xml.size());

  if (session.failure) std::rethrow_exception(session.failure);
  std::string name(part);
  if (session.had_doctype)
    throw UserError("Berkas " + app + " ditolak: bagian \"" + name + "\" memuat deklarasi DTD, yang tidak pernah ditulis " +
                    app + " (berkas buatan atau berbahaya?).",
                    "The " + app + " file is refused: part \"" + name + "\" holds a DTD declaration, which " + app +
                    " never writes (a crafted or hostile file?).");
  if (status != XML_STATUS_OK) {
    std::string line = std::to_string(XML_GetCurrentLineNumber(parser));
    std::string reason = XML_ErrorString(XML_GetErrorCode(parser));
    throw UserError("Berkas " + file + " rusak: bagian \"" + name + "\" bukan XML yang utuh (baris " + line + ": " +
                        reason + ").",
                    "The " + file + " file is damaged: part \"" + name + "\" is not well-formed XML (line " + line +
                        ": " + reason + ").");
  }
}

}  // namespace pokin::spreadsheet
