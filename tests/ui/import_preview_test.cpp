#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>
#include <thread>

#include "app/ui/app_shell.h"
#include "app/ui/column_roles.h"
#include "app/ui/import_preview_view.h"
#include "app/ui/strings.h"
#include "core/store/document_file.h"
#include "tests/core/layout_test_documents.h"
#include "tests/core/word_document_builder.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

// A semicolon table as Excel writes it: a title line, a header row, three data rows.
constexpr const char* kTable =
    "RENSTRA DINAS CONTOH\n"
    "Sasaran;Indikator;Catatan\n"
    "Meningkatnya pelayanan;Indeks kepuasan;baik\n"
    ";Persentase layanan tepat waktu;\n"
    "Meningkatnya tata kelola;Nilai SAKIP;\n";

std::filesystem::path write_file(const std::filesystem::path& dir, const char* name, const std::string& bytes) {
  std::ofstream(dir / name, std::ios::binary) << bytes;
  return dir / name;
}

std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// What a table importer reports for kTable, built by hand: the unit, two sasaran (the second under the first),
// three indicators, the header on line 2, the three columns (the third ignored, one cell left out), the rows.
import::ImportResult hand_built_result(bool with_decisions) {
  test::DocumentBuilder builder;
  builder.document.info.period_start = 0;
  builder.document.info.period_end = 0;
  Id unit = builder.unit(kNoId, UnitKind::Head, "Dinas Contoh");
  Id first = builder.sasaran(unit, kNoId, 0, "", "Meningkatnya pelayanan");
  Id second = builder.sasaran(unit, first, 1, "", "Meningkatnya tata kelola");
  builder.indikator(first, "", "Indeks kepuasan");
  builder.indikator(first, "", "Persentase layanan tepat waktu");
  builder.indikator(second, "", "Nilai SAKIP");
  import::ImportResult result;
  result.document = builder.document;
  result.report.source = "renstra.csv";
  result.report.format = "table";
  result.report.not_understood(1, "RENSTRA DINAS CONTOH", {"judul dokumen", "document title"});
  if (with_decisions) {
    result.report.tables.push_back({2, 1, false});
    result.report.columns.push_back({0, 0, "Sasaran", {import::Field::Sasaran}, false, 2, 0});
    result.report.columns.push_back({0, 1, "Indikator", {import::Field::Indikator}, false, 3, 0});
    result.report.columns.push_back({0, 2, "Catatan", {import::Field::None}, false, 0, 1});
    result.report.rows.push_back({3, {"Sasaran Strategis", "Sasaran Strategis"}});
    result.report.rows.push_back({4, {"indikator", "indicator"}});
    result.report.rows.push_back({5, {"Sasaran Program", "Sasaran Program"}});
  }
  return result;
}

// Options each call of the reader was given (the reader runs on the job's thread).
struct RecordingReader {
  std::shared_ptr<std::mutex> lock = std::make_shared<std::mutex>();
  std::shared_ptr<std::vector<import::ImportOptions>> calls = std::make_shared<std::vector<import::ImportOptions>>();
  // While set, a reading waits (the test looks at the dialog meanwhile).
  std::shared_ptr<std::atomic<bool>> hold = std::make_shared<std::atomic<bool>>(false);
  bool with_decisions = true;

  ImportReader reader() const {
    return [lock = lock, calls = calls, hold = hold, with = with_decisions](const std::filesystem::path&,
                                                                            const import::ImportOptions& options) {
      while (*hold) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      std::lock_guard<std::mutex> guard(*lock);
      calls->push_back(options);
      return hand_built_result(with);
    };
  }
  std::size_t count() const {
    std::lock_guard<std::mutex> guard(*lock);
    return calls->size();
  }
  import::ImportOptions call(std::size_t i) const {
    std::lock_guard<std::mutex> guard(*lock);
    return calls->at(i);
  }
};

struct PreviewApp {
  test::UiHarness ui;
  std::filesystem::path dir;
  std::filesystem::path source;
  AppShell shell;
  std::filesystem::path dialog_answer;  // what the file dialog answers (empty: the source)
  std::string asked_extension;          // what the shell asked the file dialog for

  PreviewApp(const char* folder, const std::string& bytes, ImportReader reader = import::import_file)
      : dir(test::scratch_dir(folder)),
        source(write_file(dir, "renstra.csv", bytes)),
        shell(ShellPaths{dir / "config", {}},
              [this](bool, const std::string&, const std::string& extension) {
                asked_extension = extension;
                return NativeDialogResult{true, dialog_answer.empty() ? source : dialog_answer};
              },
              std::move(reader)) {
    set_language(Language::Indonesian);
  }

  std::vector<int> frame() {
    return ui.frame([&] {
      shell.frame();
      return std::vector<int>{};
    });
  }
  // Frames until `done` holds (a background reading finishes between frames); false when it never does.
  template <class Done>
  bool frames_until(Done&& done) {
    for (int i = 0; i < 1000; ++i) {
      if (done()) return true;
      frame();
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return done();
  }
  bool preview_settled() {
    const ImportPreview* preview = shell.import_preview();
    return preview && preview->shown && !preview->running && !preview->run_wanted;
  }
  // File > Import, then frames until the preview shows its first reading and has been drawn.
  bool open_preview() {
    shell.handle(RequestAction{AppAction::Import});
    if (!frames_until([&] { return preview_settled(); })) return false;
    for (int settle = 0; settle < 3; ++settle) frame();
    return true;
  }
  // The document is `before` and no step was added to its history.
  void check_unchanged(const Document& before) {
    CHECK(shell.session().document().same_content(before));
    CHECK(shell.session().editor.undo_names().empty());
  }
  bool click(const char* window, const char* label) {
    std::vector<int> ignored;
    return ui.click(window, label, [&] { return frame(); }, ignored);
  }
  // Clicks a widget found by id; frames follow so a popup it opens has its size.
  bool click_id(unsigned int id) {
    std::vector<int> ignored;
    const bool clicked = ui.click_id(id, [&] { return frame(); }, ignored);
    for (int settle = 0; settle < 3; ++settle) frame();
    return clicked;
  }
};

Document start_document() {
  test::DocumentBuilder builder;
  Id unit = builder.unit(kNoId, UnitKind::Head, "Dinas Lama");
  builder.sasaran(unit, kNoId, 0, "SS1", "Sasaran yang sudah ada");
  return builder.document;
}

}  // namespace

TEST_CASE("import preview: the reading is shown and nothing changes the document until Terapkan") {
  RecordingReader recorder;
  PreviewApp app("pokin_preview_open", kTable, recorder.reader());
  app.shell.start_with(start_document());
  const Document before = app.shell.session().document();
  REQUIRE(app.open_preview());
  const ImportPreview& preview = *app.shell.import_preview();
  REQUIRE(preview.run->result.has_value());
  CHECK(preview.run->table->rows.size() == 5);  // the title line and four rows of kTable
  CHECK(preview.run->table->columns == 3);
  CHECK(preview.run->header_lines.count(2) == 1);
  CHECK(preview.run->columns_leaving_cells.size() == 1);  // "Catatan": one cell left out
  CHECK(recorder.count() == 1);
  CHECK(recorder.call(0).period_start == 2021);  // the open document's period, for "Tahun-N" columns
  app.check_unchanged(before);
}

TEST_CASE("import preview: choosing a column's role in its drop-down puts the mapping into the options and reads again") {
  RecordingReader recorder;
  PreviewApp app("pokin_preview_role", kTable, recorder.reader());
  app.shell.start_with(start_document());
  REQUIRE(app.open_preview());

  // The third column ("Catatan", C) was ignored; the planner says it holds the indicator.
  REQUIRE(app.click_id(column_role_widget_id(2)));
  REQUIRE(app.click("##Combo_01", "Indikator"));
  const ImportPreview* preview = app.shell.import_preview();
  REQUIRE(preview != nullptr);
  REQUIRE(preview->options.mapping.size() == 1);
  CHECK(preview->options.mapping[0].column == "3");
  CHECK(preview->options.mapping[0].field == "indikator");
  CHECK(chosen_column_role(*preview, 2) == "indikator");

  REQUIRE(app.frames_until([&] { return app.preview_settled() && recorder.count() == 2; }));
  const import::ImportOptions second = recorder.call(1);
  REQUIRE(second.mapping.size() == 1);
  CHECK(second.mapping[0].column == "3");
  CHECK(second.mapping[0].field == "indikator");

  // While a reading runs, the dialog stays on screen and live, without the progress modal; Terapkan waits for it.
  *recorder.hold = true;
  choose_column_role(*app.shell.import_preview(), 0, "sasaran");
  for (int i = 0; i < 5; ++i) app.frame();
  const ImportPreview* reading = app.shell.import_preview();
  CHECK(reading->running);
  CHECK_FALSE(reading->ready());
  ImGuiWindow* dialog = ImGui::FindWindowByName("###import_preview");
  CHECK((dialog && dialog->Active));
  ImGuiWindow* progress = ImGui::FindWindowByName("###job_progress");
  CHECK((!progress || !progress->Active));
  *recorder.hold = false;
  REQUIRE(app.frames_until([&] { return app.preview_settled(); }));
  choose_column_role(*app.shell.import_preview(), 0, "");

  // A second choice for the same column replaces the first; "automatic" gives it back to the importer.
  ImportPreview& steered = *app.shell.import_preview();
  choose_column_role(steered, 2, "satuan");
  choose_column_role(steered, 0, "sasaran");
  REQUIRE(steered.options.mapping.size() == 2);
  CHECK(chosen_column_role(steered, 2) == "satuan");
  choose_column_role(steered, 2, "");
  REQUIRE(steered.options.mapping.size() == 1);
  CHECK(steered.options.mapping[0].column == "1");
  choose_header_rows(steered, 2);
  CHECK(steered.options.header_rows == 2);
  REQUIRE(app.frames_until([&] { return app.preview_settled(); }));
  const import::ImportOptions last = recorder.call(recorder.count() - 1);
  CHECK(last.header_rows == 2);
  REQUIRE(last.mapping.size() == 1);
  CHECK(last.mapping[0].field == "sasaran");
}

TEST_CASE("import preview: with no column decisions reported, each column read still has a role drop-down") {
  RecordingReader recorder;
  recorder.with_decisions = false;
  PreviewApp app("pokin_preview_no_decisions", kTable, recorder.reader());
  app.shell.start_with(start_document());
  REQUIRE(app.open_preview());
  CHECK(app.shell.import_preview()->run->decisions_of_column.empty());
  REQUIRE(app.click_id(column_role_widget_id(1)));
  REQUIRE(app.click("##Combo_01", "Satuan"));
  REQUIRE(app.shell.import_preview()->options.mapping.size() == 1);
  CHECK(app.shell.import_preview()->options.mapping[0].column == "2");
  CHECK(app.shell.import_preview()->options.mapping[0].field == "satuan");
}

TEST_CASE("import preview: counting header rows keeps the header where it was recognised, not at the title line") {
  RecordingReader recorder;
  PreviewApp app("pokin_preview_header_line", kTable, recorder.reader());
  app.shell.start_with(start_document());
  REQUIRE(app.open_preview());
  ImportPreview& preview = *app.shell.import_preview();
  choose_header_rows(preview, 2);  // the report recognised the header on line 2, under the title on line 1
  CHECK(preview.options.header_rows == 2);
  CHECK(preview.options.header_line == 2);
  choose_header_line(preview, 3);
  CHECK(preview.options.header_line == 3);
  CHECK(preview.options.header_rows == 2);
  choose_header_rows(preview, 0);  // back to recognising: the start line goes with it
  CHECK(preview.options.header_line == 0);
  choose_header_line(preview, 4);  // a start line alone takes the recognised row count
  CHECK(preview.options.header_rows == 1);
  REQUIRE(app.frames_until([&] { return app.preview_settled(); }));
  const import::ImportOptions last = recorder.call(recorder.count() - 1);
  CHECK(last.header_line == 4);
  CHECK(last.header_rows == 1);
}

TEST_CASE("import preview: Simpan profil writes the steering to a .profil file, Muat profil steers with one") {
  RecordingReader recorder;
  PreviewApp app("pokin_preview_profile", kTable, recorder.reader());
  app.shell.start_with(start_document());
  REQUIRE(app.open_preview());
  choose_header_rows(*app.shell.import_preview(), 2);
  choose_column_role(*app.shell.import_preview(), 2, "indikator");
  REQUIRE(app.frames_until([&] { return app.preview_settled(); }));

  app.dialog_answer = app.dir / "opd.profil";
  REQUIRE(app.click("###import_preview", "Simpan profil…"));
  const std::string saved = file_bytes(app.dir / "opd.profil");
  CHECK(saved.find("\nbaris-judul: 2-3\n") != std::string::npos);
  CHECK(saved.find("\nkolom: 3 = indikator\n") != std::string::npos);
  REQUIRE(app.shell.import_preview() != nullptr);  // the preview stays open
  REQUIRE(app.shell.import_preview()->profile_note.has_value());
  CHECK(app.shell.import_preview()->profile_note->id.find("Profil disimpan") == 0);
  CHECK_FALSE(app.shell.import_preview()->profile_failed);

  // The next OPD: the planner starts over, then loads the profile.
  choose_column_role(*app.shell.import_preview(), 2, "");
  choose_header_rows(*app.shell.import_preview(), 0);
  REQUIRE(app.frames_until([&] { return app.preview_settled(); }));
  write_file(app.dir, "opd.profil", "# dari Bappeda\nbaris-judul: 2-3\nkolom: Catatan = satuan\n");
  REQUIRE(app.click("###import_preview", "Muat profil…"));
  const ImportPreview& loaded = *app.shell.import_preview();
  CHECK(loaded.options.header_rows == 2);
  CHECK(loaded.options.header_line == 2);
  REQUIRE(loaded.options.mapping.size() == 1);
  CHECK(loaded.options.mapping[0].column == "Catatan");
  CHECK(loaded.options.mapping[0].field == "satuan");
  REQUIRE(app.frames_until([&] { return app.preview_settled(); }));
  const import::ImportOptions last = recorder.call(recorder.count() - 1);
  CHECK(last.header_rows == 2);
  REQUIRE(last.mapping.size() == 1);
  CHECK(last.mapping[0].field == "satuan");

  // A broken profile: the preview says why, on its own line, and keeps the steering it had.
  write_file(app.dir, "opd.profil", "baris-judul: 2\nkolom tanpa titik dua\n");
  REQUIRE(app.click("###import_preview", "Muat profil…"));
  const ImportPreview& refused = *app.shell.import_preview();
  CHECK(refused.profile_failed);
  REQUIRE(refused.profile_note.has_value());
  CHECK(refused.profile_note->id.find("baris 2") != std::string::npos);
  CHECK(refused.options.header_line == 2);
  REQUIRE(refused.options.mapping.size() == 1);
  CHECK(refused.options.mapping[0].field == "satuan");
}

TEST_CASE("import preview: Terapkan merges the reading as one undo step") {
  RecordingReader recorder;
  PreviewApp app("pokin_preview_apply", kTable, recorder.reader());
  app.shell.start_with(start_document());
  const Document before = app.shell.session().document();
  REQUIRE(app.open_preview());
  REQUIRE(app.click("###import_preview", "Terapkan"));
  CHECK(app.shell.import_preview() == nullptr);
  const Document& after = app.shell.session().document();
  CHECK(after.sasaran.size() == 3);    // the one there and the two read
  CHECK(after.indikator.size() == 3);  // all read
  CHECK(app.shell.session().editor.undo_names().size() == 1);
  app.shell.session().editor.undo();
  CHECK(app.shell.session().document().same_content(before));
}

TEST_CASE("import preview: Batal leaves the document and its file byte for byte as they were") {
  RecordingReader recorder;
  PreviewApp app("pokin_preview_cancel", kTable, recorder.reader());
  const std::filesystem::path document = app.dir / "renstra.pokin";
  store::DocumentFile::create(document, start_document());
  const std::string bytes = file_bytes(document);
  app.shell.start(document);
  const Document before = app.shell.session().document();
  const std::uint64_t revision = app.shell.session().editor.revision();
  REQUIRE(app.open_preview());
  REQUIRE(app.click("###import_preview", "Batal"));
  CHECK(app.shell.import_preview() == nullptr);
  for (int settle = 0; settle < 3; ++settle) app.frame();
  CHECK(app.shell.session().document().same_content(before));
  CHECK(app.shell.session().editor.revision() == revision);
  CHECK(app.shell.session().editor.undo_names().empty());
  CHECK_FALSE(app.shell.session().editor.modified());
  app.shell.autosave(true);
  CHECK(file_bytes(document) == bytes);
}

TEST_CASE("import preview: Esc cancels, but not while a drop-down is open (choosing is not thrown away)") {
  RecordingReader recorder;
  PreviewApp app("pokin_preview_escape", kTable, recorder.reader());
  app.shell.start_with(start_document());
  const Document before = app.shell.session().document();
  REQUIRE(app.open_preview());
  auto escape = [&] {
    app.ui.key(GLFW_KEY_ESCAPE, true);
    app.frame();
    app.ui.key(GLFW_KEY_ESCAPE, false);
    app.frame();
  };
  REQUIRE(app.click_id(column_role_widget_id(0)));  // the drop-down opens
  escape();
  CHECK(app.shell.import_preview() != nullptr);
  // A click on the dialog beside the drop-down (the summary line) closes it; the dialog has the focus again.
  ImGuiWindow* dialog = ImGui::FindWindowByName("###import_preview");
  REQUIRE(dialog != nullptr);
  app.ui.mouse(dialog->Pos.x + dialog->Size.x * 0.7f, dialog->Pos.y + dialog->TitleBarHeight() + 10);
  app.frame();
  app.ui.button(true);
  app.frame();
  app.ui.button(false);
  app.frame();
  CHECK(app.shell.import_preview() != nullptr);
  escape();
  CHECK(app.shell.import_preview() == nullptr);
  CHECK(recorder.count() == 1);  // nothing was read again: no role was chosen
  app.check_unchanged(before);
}

TEST_CASE("import preview: a file that cannot be imported shows the bilingual message and keeps the document") {
  PreviewApp app("pokin_preview_pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
  app.shell.start_with(start_document());
  const Document before = app.shell.session().document();
  app.shell.handle(RequestAction{AppAction::Import});
  REQUIRE(app.frames_until([&] { return app.shell.shown_error().has_value(); }));
  const Bilingual shown = *app.shell.shown_error();
  CHECK(shown.id.find("berkas PDF rusak") != std::string::npos);  // a PDF is read, but this one is only a header
  CHECK(shown.en.find("the PDF file is damaged") != std::string::npos);
  CHECK(app.shell.import_preview() == nullptr);  // nothing to steer
  app.check_unchanged(before);
}

TEST_CASE("import preview: a table nothing could be read from opens with the message, Terapkan does nothing") {
  PreviewApp app("pokin_preview_unknown_headers", "Kolom satu;Kolom dua\nalpha;beta\ngamma;delta\n");
  app.shell.start_with(start_document());
  const Document before = app.shell.session().document();
  REQUIRE(app.open_preview());
  const ImportPreview& preview = *app.shell.import_preview();
  REQUIRE(preview.run->failure.has_value());
  CHECK(preview.run->failure->id.find("tidak ada yang diimpor") != std::string::npos);
  CHECK(preview.run->failure->en.find("nothing was imported") != std::string::npos);
  CHECK_FALSE(preview.ready());
  CHECK(preview.run->table->rows.size() == 3);  // the table as read, for the planner to steer
  app.click("###import_preview", "Terapkan");  // disabled: a click changes nothing
  CHECK(app.shell.import_preview() != nullptr);
  CHECK(app.shell.session().document().same_content(before));
  REQUIRE(app.click("###import_preview", "Batal"));
  app.check_unchanged(before);
}

TEST_CASE("column roles: each name offered reads back through the importer as the same role") {
  set_language(Language::Indonesian);
  const std::vector<ColumnRole> roles = offered_column_roles({2024, 2025});
  REQUIRE(roles.size() > 10);
  CHECK(roles[0].name.empty());  // automatic first
  CHECK(roles[1].name == "abaikan");
  bool target_2025 = false, relative_3 = false, year = false, sasaran_lv2 = false;
  for (std::size_t i = 1; i < roles.size(); ++i) {
    auto field = import::field_from_name(roles[i].name);
    REQUIRE_MESSAGE(field.has_value(), roles[i].name);
    CHECK(column_role_name(*field) == roles[i].name);
    target_2025 |= roles[i].name == "target:2025" && roles[i].label == "Target 2025";
    relative_3 |= roles[i].name == "target:3" && roles[i].label == "Target tahun ke-3";
    year |= roles[i].name == "tahun" && field->field == import::Field::Year;
    sasaran_lv2 |= roles[i].name == "sasaran_lv2" && field->tier == 2 && roles[i].label == "Sasaran level 2";
  }
  CHECK(target_2025);
  CHECK(relative_3);
  CHECK(year);         // a long sheet's year column
  CHECK(sasaran_lv2);  // a wide sheet's column of one level
  import::ColumnField realisasi{import::Field::Realisasi, 2023};
  CHECK(column_role_name(realisasi) == "realisasi:2023");
  CHECK(column_role_label(realisasi) == "Realisasi 2023");
  CHECK(column_role_label(import::ColumnField{}) == "Diabaikan");
}

TEST_CASE("import preview: File > Import asks for .docx and .xlsx too, and a Word document is read as its tables") {
  // Word table XML with a vertical merge (tests/core/word_document_builder.h); the file is named .csv: a Word
  // document is recognised by its content.
  PreviewApp app("pokin_preview_docx",
                 test::build_docx(test::word_paragraphs("INDIKATOR KINERJA UTAMA\nDINAS KOMUNIKASI DAN INFORMATIKA") +
                                  test::word_table(4, {{"No", "Sasaran Strategis", "Indikator Kinerja", "Target 2025"},
                                                       {"[restart]1", "[restart]Meningkatnya Kualitas Informatika",
                                                        "Indeks SPBE", "2,8"},
                                                       {"[continue]", "[continue]", "Cakupan Pengamanan Informasi",
                                                        "100%"}})));
  app.shell.start_with(Document{});
  REQUIRE(app.open_preview());
  CHECK(app.asked_extension.find(".docx") != std::string::npos);
  CHECK(app.asked_extension.find(".xlsx") != std::string::npos);
  const ImportPreview& preview = *app.shell.import_preview();
  REQUIRE(preview.run);
  REQUIRE(preview.run->table);
  CHECK(preview.run->table->format == "table (docx)");
  REQUIRE(preview.run->result);
  CHECK(preview.run->result->document.sasaran.size() == 1);
  CHECK(preview.run->result->document.indikator.size() == 2);
}
