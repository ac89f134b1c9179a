// The in-app file browser offers the files of the listed extensions, as File > Import lists them (.docx beside
// text and workbooks; the native dialog's side is in import_preview_test.cpp).
#include <doctest/doctest.h>

#include <string>

#include "app/ui/file_browser_view.h"

using pokin::ui::offers_extension;

TEST_CASE("file browser: the in-app browser offers the listed extensions, in any letter case") {
  const std::string offered = ".txt .md .csv .tsv .xlsx .docx";
  CHECK(offers_extension(offered, "IKU 2025.docx"));
  CHECK(offers_extension(offered, "PK_DISKOMINFO.DOCX"));
  CHECK(offers_extension(offered, "renstra.xlsx"));
  CHECK_FALSE(offers_extension(offered, "renstra.pdf"));
  CHECK_FALSE(offers_extension(offered, "lampiran.doc"));  // not .docx: the import says to save it as .docx
  CHECK_FALSE(offers_extension(offered, "README"));
  CHECK(offers_extension("", "anything.bin"));
  CHECK(offers_extension(".pokin", "renstra.pokin"));
}
