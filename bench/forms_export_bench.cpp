// The official forms for a Pemda-size document: how long building each form takes and how long each writer takes
// to turn it into a file (XLSX, DOCX, PDF, CSV), on one synthetic document, best of 3. The PK is one agreement per
// unit that owns sasaran (the whole OPD in one go).
//   forms_export_bench [SASARAN]   (default 5,000 sasaran)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "bench_support.h"
#include "core/export/docx_writer.h"
#include "core/export/form_csv.h"
#include "core/export/form_docx.h"
#include "core/export/form_pdf.h"
#include "core/export/form_xlsx.h"
#include "core/forms/build_forms.h"
#include "core/synthetic/synthetic_document.h"

int main(int argc, char** argv) {
  pokin::SyntheticOptions options;
  options.sasaran = argc > 1 ? std::atoi(argv[1]) : 5000;
  const pokin::Document document = pokin::make_synthetic_document(options);
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "pokin_forms_bench";
  std::filesystem::create_directories(dir);
  const std::pair<pokin::FormKind, const char*> kinds[] = {
      {pokin::FormKind::Matrix, "matrix"}, {pokin::FormKind::Iku, "iku"}, {pokin::FormKind::Pk, "pk"},
      {pokin::FormKind::Renstra, "renstra"}, {pokin::FormKind::Lkjip, "lkjip"}};
  std::printf("%zu sasaran, %zu indikator (best of 3, ms)\n", document.sasaran.size(), document.indikator.size());
  std::printf("%-8s %6s %6s %8s %8s %8s %8s %6s\n", "form", "forms", "rows", "build", "xlsx", "docx", "pdf", "csv");
  for (const auto& [kind, name] : kinds) {
    pokin::FormRequest request;
    request.kind = kind;
    std::vector<pokin::Form> forms;
    double build = 0;
    try {
      build = bench::best_of_3([&] { forms = pokin::build_forms(document, request); });
    } catch (const pokin::UserError& error) {
      std::printf("%-8s %s\n", name, error.what());
      continue;
    }
    std::size_t rows = 0;
    for (const auto& form : forms)
      for (const auto& block : form.blocks)
        if (const auto* table = std::get_if<pokin::FormTable>(&block)) rows += table->rows.size();
    const std::string base = (dir / name).string();
    double xlsx = bench::best_of_3([&] { pokin::write_forms_xlsx(base + ".xlsx", forms); });
    double docx = bench::best_of_3([&] {
      pokin::DocxDocument word;
      for (const auto& form : forms) word.sections.push_back(pokin::form_section(form));
      pokin::write_docx(base + ".docx", word);
    });
    int pages = 0;
    double pdf = bench::best_of_3([&] { pages = pokin::write_forms_pdf(base + ".pdf", forms); });
    double csv = bench::best_of_3([&] { (void)pokin::forms_to_csv(forms, pokin::CsvStyle{}); });
    std::printf("%-8s %6zu %6zu %8.0f %8.0f %8.0f %8.0f %6.0f  (%d PDF pages)\n", name, forms.size(), rows, build, xlsx,
                docx, pdf, csv, pages);
  }
  std::filesystem::remove_all(dir);
}
