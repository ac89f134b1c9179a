#pragma once
// Which Office file an archive is read as (an Excel workbook or a Word document), for the words of the messages
// that the shared readers (ZIP archive, XML parts, limits) give: a planner who opened a .docx must not be told
// that an "Excel file" is damaged.
namespace pokin::spreadsheet {

struct OfficeFileKind {
  const char* app;          // "Excel": the program that saves the file again
  const char* extension;    // ".xlsx"
  const char* document_id;  // "buku kerja Excel"
  const char* document_en;  // "an Excel workbook"
};

inline constexpr OfficeFileKind kExcelFile{"Excel", ".xlsx", "buku kerja Excel", "an Excel workbook"};
inline constexpr OfficeFileKind kWordFile{"Word", ".docx", "dokumen Word", "a Word document"};

}  // namespace pokin::spreadsheet
