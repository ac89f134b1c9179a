// Berkas > Gabungkan dokumen OPD… and Perbarui dari dokumen OPD…, driven through the shell as a Bappeda planner does:
// fields typed and buttons clicked in the dialog, files picked with the file chooser (a stand-in for the desktop's
// dialog that answers with the next file of a queue), the merge run on the background job. The OPD documents are
// two small hand-built trees (tests/core/layout_test_documents.h); the RPJMD is the Balangan RPJMD matrix fixture
// (tests/fixtures/pemda), read by the importer.
#include <doctest/doctest.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <fstream>
#include <set>
#include <thread>

#include "app/ui/app_shell.h"
#include "app/ui/strings.h"
#include "core/model/pemda_structure.h"
#include "core/store/document_versions.h"
#include "core/text/utf8_path.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

const char* kRpjmdSasaranPendidikan = "Meningkatnya derajat pendidikan masyarakat";

// The second OPD: the same small shape under another instansi, its statements its own.
Document pendidikan_opd(const std::string& ss1_statement) {
  Document opd = test::small_tree(1);
  opd.info.instansi = "Dinas Pendidikan";
  for (auto& [id, unit] : opd.units)
    if (unit.parent == kNoId) unit.name = "Kepala Dinas Pendidikan";
  for (auto& [id, s] : opd.sasaran) {
    if (s.code == "SS1") s.statement = ss1_statement;
    if (s.code == "SP1") s.statement = "Meningkatnya mutu layanan pendidikan dasar";
    if (s.code == "SP2") s.statement = "Menurunnya angka putus sekolah";
  }
  return opd;
}

struct MergeDialogApp {
  explicit MergeDialogApp(const char* name)
      : dir(test::scratch_dir(name)),
        shell(ShellPaths{dir / "config", {}}, [this](bool, const std::string&, const std::string&) {
          if (in_app_browser) return NativeDialogResult{};  // no native dialog: the in-app browser opens
          NativeDialogResult result{true, std::nullopt};
          if (!answers.empty()) {
            result.path = answers.front();
            answers.pop_front();
          }
          return result;
        }) {
    set_language(Language::Indonesian);
    investasi = dir / "dpmptsp.pokin";
    pendidikan = dir / "pendidikan.pokin";
    store::DocumentFile::create(investasi, test::small_tree(2));
    store::DocumentFile::create(pendidikan, pendidikan_opd("Meningkatnya kualitas pendidikan dasar"));
    rpjmd = std::filesystem::path(POKIN_SOURCE_DIR) / "tests/fixtures/pemda/rpjmd_tujuan_sasaran.txt";
    shell.start(investasi);
  }
  std::vector<int> frame() {
    return ui.frame([&] {
      shell.frame();
      return std::vector<int>{};
    });
  }
  void settle() {
    for (int i = 0; i < 3; ++i) frame();
  }
  bool click(const std::string& label, const char* window = "###merge_dialog") {
    std::vector<int> ignored;
    return ui.click(window, label.c_str(), [&] { return frame(); }, ignored);
  }
  // Presses `button` of the dialog with the chooser answering `file`.
  void pick(const char* button, const std::filesystem::path& file) {
    answers.push_back(file);
    REQUIRE(click(tr(button)));
    settle();
  }
  // Runs frames until the background job has finished and its result is taken in.
  void wait_for_job() {
    for (int i = 0; i < 2000 && shell.busy(); ++i) {
      frame();
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    settle();
  }
  // Berkas > Gabungkan dokumen OPD… with both OPD, the RPJMD, "Kabupaten Balangan", saved as pemda.pokin.
  void merge_new_pemda() {
    shell.handle(RequestAction{AppAction::MergeOpd});
    settle();
    REQUIRE(click(tr("merge.pemda")));
    ui.type("Kabupaten Balangan");
    settle();
    pick("merge.add_opd", investasi);
    pick("merge.add_opd", pendidikan);
    pick("merge.choose_rpjmd", rpjmd);
    pick("merge.choose_output", dir / "pemda");  // the extension is added
    REQUIRE(click(tr("merge.start")));
    wait_for_job();
  }
  // Berkas > Perbarui dari dokumen OPD… with the one file `opd`, run to its end.
  void update_from(const std::filesystem::path& opd) {
    shell.handle(RequestAction{AppAction::UpdateFromOpd});
    settle();
    pick("merge.add_opd", opd);
    REQUIRE(click(tr("merge.update_start")));
    wait_for_job();
  }
  // After an update that failed: the open document, and pemda.pokin on disk, are `before`, with no version recorded;
  // no report; the file stays listed for the next try.
  void check_nothing_updated(const Document& before) {
    const std::filesystem::path output = dir / "pemda.pokin";
    CHECK(shell.session().document().same_content(before));
    CHECK(versions_in(output).empty());
    Document on_disk;
    store::DocumentFile::open(output, on_disk, store::OpenMode::ReadOnly);
    CHECK(on_disk.same_content(before));
    CHECK_FALSE(shell.merge_report());
    CHECK(shell.merge_dialog().opd.size() == 1);
  }
  // The Pemda document merge_new_pemda made, its report closed.
  Document merged_pemda() {
    merge_new_pemda();
    REQUIRE(click("OK", "###merge_report"));
    return shell.session().document();
  }
  std::vector<store::VersionInfo> versions_in(const std::filesystem::path& file) {
    Document ignored;
    auto opened = store::DocumentFile::open(file, ignored, store::OpenMode::ReadOnly);
    return store::list_versions(opened);
  }
  Id rpjmd_sasaran(const std::string& statement) {
    const Document& document = shell.session().document();
    for (const auto& [id, s] : document.sasaran)
      if (s.unit == pemda_unit(document) && s.statement == statement) return id;
    return kNoId;
  }
  // The SS1 of the OPD named `instansi` in the open Pemda document.
  const Sasaran* opd_ss1(const std::string& instansi) {
    const Document& document = shell.session().document();
    for (const auto& [id, s] : document.sasaran)
      if (s.code == "SS1" && opd_name(document, opd_of_sasaran(document, id)) == instansi) return &s;
    return nullptr;
  }

  // The name of the child window `child` of the window `parent` (to click what it holds); empty when none.
  std::string child_window(const char* parent, const char* child) {
    ImGuiWindow* window = ImGui::FindWindowByName(parent);
    const std::string part = std::string("/") + child + "_";
    for (ImGuiWindow* candidate : GImGui->Windows)
      if (window && candidate->ParentWindow == window && std::strstr(candidate->Name, part.c_str())) return candidate->Name;
    return {};
  }
  // The in-app browser's list of files.
  std::string browser_entries() { return child_window("###file_browser", "entries"); }
  bool browser_open() {
    ImGuiWindow* browser = ImGui::FindWindowByName("###file_browser");
    return browser && browser->Active;
  }
  // Clicks `label` in the in-app browser's list of files, with Ctrl or Shift held as asked.
  bool click_entry(const std::string& label, bool ctrl = false, bool shift = false) {
    const std::string entries = browser_entries();
    if (entries.empty()) return false;
    ui.ctrl(ctrl);
    ui.shift(shift);
    const bool clicked = click(label, entries.c_str());
    ui.ctrl(false);
    ui.shift(false);
    return clicked;
  }
  // Copies of the first OPD file, named opd-01.pokin ... in the folder of the OPD files.
  void more_opd_files(int count) {
    for (int k = 1; k <= count; ++k)
      std::filesystem::copy_file(investasi, dir / ("opd-0" + std::to_string(k) + ".pokin"));
  }
  std::vector<std::string> listed_names() {
    std::vector<std::string> names;
    for (const std::string& path : shell.merge_dialog().opd) names.push_back(utf8_path(path_from_utf8(path).filename()));
    return names;
  }

  std::filesystem::path dir, investasi, pendidikan, rpjmd;
  std::deque<std::filesystem::path> answers;
  bool in_app_browser = false;
  test::UiHarness ui;
  AppShell shell;
};

}  // namespace

TEST_CASE("Gabungkan dokumen OPD refuses to start without OPD files, without a name or a place to save") {
  MergeDialogApp app("pokin_merge_dialog_refuse");
  const Document before = app.shell.session().document();
  app.shell.handle(RequestAction{AppAction::MergeOpd});
  app.settle();
  REQUIRE(app.click(tr("merge.start")));
  const MergeDialogState& dialog = app.shell.merge_dialog();
  CHECK(dialog.open);  // stays open with the reason
  REQUIRE(dialog.refusal.has_value());
  CHECK(dialog.refusal->id == "Pilih sedikitnya satu berkas OPD.");
  CHECK_FALSE(app.shell.busy());

  // An OPD file but no name: refused with its own reason; the same file is not listed twice.
  app.pick("merge.add_opd", app.investasi);
  app.pick("merge.add_opd", app.investasi);
  CHECK(dialog.opd.size() == 1);
  REQUIRE(app.click(tr("merge.start")));
  REQUIRE(dialog.refusal.has_value());
  CHECK(dialog.refusal->en == "Fill in the Pemda's name, e.g. \"Kabupaten Balangan\".");
  REQUIRE(app.click(tr("merge.pemda")));
  app.ui.type("Kabupaten Balangan");
  app.settle();
  REQUIRE(app.click(tr("merge.start")));
  REQUIRE(dialog.refusal.has_value());
  CHECK(dialog.refusal->en == "Choose where to save the Pemda document.");
  // An existing file is never overwritten.
  app.pick("merge.choose_output", app.pendidikan);
  REQUIRE(app.click(tr("merge.start")));
  REQUIRE(dialog.refusal.has_value());
  CHECK(dialog.refusal->en == "pendidikan.pokin already exists; choose another name (a merge never overwrites a document).");
  CHECK_FALSE(app.shell.busy());

  // The remove button takes the file off the list.
  REQUIRE(app.click(std::string(tr("merge.remove")) + "###remove_opd0", app.child_window("###merge_dialog", "opd_list").c_str()));
  CHECK(dialog.opd.empty());
  CHECK(app.shell.session().document().same_content(before));
  CHECK(app.shell.session().path() == std::optional<std::filesystem::path>(app.investasi));
}

TEST_CASE("Gabungkan dokumen OPD merges two OPD and the RPJMD, opens the Pemda document and shows the report") {
  MergeDialogApp app("pokin_merge_dialog_new");
  app.merge_new_pemda();
  REQUIRE_FALSE(app.shell.shown_error().has_value());
  const std::filesystem::path output = app.dir / "pemda.pokin";
  REQUIRE(std::filesystem::exists(output));
  CHECK(app.shell.session().path() == std::optional<std::filesystem::path>(output));
  CHECK_FALSE(app.shell.session().editor.modified());

  const Document& pemda = app.shell.session().document();
  REQUIRE(is_pemda_document(pemda));
  const Id head = pemda_unit(pemda);
  REQUIRE(head != kNoId);
  CHECK(pemda.units.at(head).name == "Pemerintah Kabupaten Balangan");
  std::set<std::string> opd;
  for (const auto& [id, unit] : pemda.units)
    if (unit.parent == head) opd.insert(opd_name(pemda, id));
  CHECK(opd == std::set<std::string>{"Dinas Penanaman Modal dan PTSP", "Dinas Pendidikan"});
  REQUIRE(app.opd_ss1("Dinas Pendidikan"));
  CHECK(app.opd_ss1("Dinas Pendidikan")->statement == "Meningkatnya kualitas pendidikan dasar");
  CHECK(app.opd_ss1("Dinas Pendidikan")->level == 1);  // one level below the sasaran RPJMD
  CHECK(app.rpjmd_sasaran(kRpjmdSasaranPendidikan) != kNoId);

  // The report: both OPD added from their files, the RPJMD's program rows not taken; its window is up.
  const MergeReportShown* report = app.shell.merge_report();
  REQUIRE(report);
  CHECK(report->document == "pemda.pokin");
  CHECK(report->version.empty());
  int added = 0;
  for (const pemda::MergedPartLine& part : report->report.parts)
    if (!part.rpjmd && part.outcome == pemda::PartOutcome::Added)
      added += part.source_file == "dpmptsp.pokin" || part.source_file == "pendidikan.pokin";
  CHECK(added == 2);
  CHECK_FALSE(report->report.rpjmd_not_taken.empty());
  ImGuiWindow* window = ImGui::FindWindowByName(
      "###merge_report");
  REQUIRE(window);
  CHECK(window->Active);
  REQUIRE(app.click("OK", "###merge_report"));
  CHECK_FALSE(app.shell.merge_report());
  CHECK_FALSE(app.shell.merge_dialog().open);
  CHECK(app.shell.merge_dialog().opd.empty());  // a merge that succeeded leaves no list behind
}

TEST_CASE("Perbarui dari dokumen OPD replaces the OPD's part, keeps Bappeda's link and records a version first") {
  MergeDialogApp app("pokin_merge_dialog_update");
  app.merge_new_pemda();
  REQUIRE(app.shell.merge_report());
  REQUIRE(app.click("OK", "###merge_report"));
  const std::filesystem::path output = app.dir / "pemda.pokin";

  // Bappeda links Dinas Pendidikan's SS1 to the sasaran RPJMD on education, and saves.
  const Id rpjmd = app.rpjmd_sasaran(kRpjmdSasaranPendidikan);
  REQUIRE(rpjmd != kNoId);
  REQUIRE(app.opd_ss1("Dinas Pendidikan"));
  const Id ss1 = app.opd_ss1("Dinas Pendidikan")->id;
  app.shell.handle(Reparent{ss1, rpjmd});
  REQUIRE(app.shell.session().document().sasaran.at(ss1).parent == rpjmd);
  REQUIRE(app.shell.session().document().sasaran.at(ss1).link_origin == LinkOrigin::Person);
  app.shell.handle(RequestAction{AppAction::Save});
  const Document linked = app.shell.session().document();

  // The OPD sends its new file: SS1 reworded.
  const std::filesystem::path revised = app.dir / "pendidikan-perubahan.pokin";
  store::DocumentFile::create(revised, pendidikan_opd("Meningkatnya kualitas pendidikan dasar dan menengah"));
  app.shell.handle(RequestAction{AppAction::UpdateFromOpd});
  app.settle();
  REQUIRE(app.shell.merge_dialog().open);
  CHECK(app.shell.merge_dialog().update);
  app.pick("merge.add_opd", revised);
  REQUIRE(app.click(tr("merge.update_start")));
  app.wait_for_job();
  REQUIRE_FALSE(app.shell.shown_error().has_value());

  const Document& updated = app.shell.session().document();
  CHECK(app.shell.session().path() == std::optional<std::filesystem::path>(output));
  CHECK_FALSE(app.shell.session().editor.modified());
  REQUIRE(updated.sasaran.count(ss1));  // matched: same id
  CHECK(updated.sasaran.at(ss1).statement == "Meningkatnya kualitas pendidikan dasar dan menengah");
  CHECK(updated.sasaran.at(ss1).parent == rpjmd);  // Bappeda's link kept
  CHECK(updated.sasaran.at(ss1).link_origin == LinkOrigin::Person);
  REQUIRE(app.opd_ss1("Dinas Penanaman Modal dan PTSP"));  // the other OPD untouched
  CHECK(app.opd_ss1("Dinas Penanaman Modal dan PTSP")->statement == "Meningkatnya realisasi investasi daerah");

  const MergeReportShown* report = app.shell.merge_report();
  REQUIRE(report);
  int replaced = 0;
  for (const pemda::MergedPartLine& part : report->report.parts)
    replaced += part.outcome == pemda::PartOutcome::Replaced && part.source_file == "pendidikan-perubahan.pokin";
  CHECK(replaced == 1);
  CHECK_FALSE(report->report.kept.empty());
  CHECK(report->report.lost.empty());

  // The state before the update is a version in the file, and reads back as it was.
  auto versions = app.versions_in(output);
  REQUIRE(versions.size() == 1);
  CHECK(versions[0].name == report->version);
  CHECK(versions[0].name.rfind("Sebelum pembaruan OPD ", 0) == 0);
  Document ignored;
  auto file = store::DocumentFile::open(output, ignored, store::OpenMode::ReadOnly);
  CHECK(store::read_version(file, versions[0].name).same_content(linked));
}

TEST_CASE("A merge that fails shows a message and leaves the open document and its file as they were") {
  MergeDialogApp app("pokin_merge_dialog_error");
  const Document before = app.merged_pemda();

  // A .pokin cut short: its first bytes are a Pokin document's (so the dialog takes it), the rest is missing.
  const std::filesystem::path broken = app.dir / "rusak.pokin";
  {
    std::ifstream whole(app.investasi, std::ios::binary);
    std::string start(1024, '\0');
    whole.read(start.data(), static_cast<std::streamsize>(start.size()));
    std::ofstream(broken, std::ios::binary) << start;
  }
  app.update_from(broken);
  REQUIRE(app.shell.shown_error().has_value());
  CHECK(app.shell.shown_error()->id.find("rusak.pokin") != std::string::npos);
  CHECK(app.shell.shown_error()->en.find("rusak.pokin") != std::string::npos);
  app.check_nothing_updated(before);
}

TEST_CASE("A new Pemda document that cannot be written shows a message and writes nothing") {
  MergeDialogApp app("pokin_merge_dialog_disk");
  const Document before = app.shell.session().document();
  app.shell.handle(RequestAction{AppAction::MergeOpd});
  app.settle();
  REQUIRE(app.click(tr("merge.pemda")));
  app.ui.type("Kabupaten Balangan");
  app.settle();
  app.pick("merge.add_opd", app.investasi);
  app.pick("merge.add_opd", app.pendidikan);
  const std::filesystem::path nowhere = app.dir / "tidak-ada" / "pemda.pokin";  // a folder that does not exist
  app.pick("merge.choose_output", nowhere);
  REQUIRE(app.click(tr("merge.start")));
  app.wait_for_job();
  REQUIRE(app.shell.shown_error().has_value());
  CHECK_FALSE(std::filesystem::exists(nowhere));
  CHECK(app.shell.session().path() == std::optional<std::filesystem::path>(app.investasi));
  CHECK(app.shell.session().document().same_content(before));
  CHECK_FALSE(app.shell.merge_report());
}

TEST_CASE("Gabungkan dokumen OPD takes several files at once from the in-app browser with Ctrl+click, Shift+click and a checkbox") {
  MergeDialogApp app("pokin_merge_dialog_multiple");
  app.more_opd_files(5);
  app.in_app_browser = true;
  app.shell.handle(RequestAction{AppAction::MergeOpd});
  app.settle();
  REQUIRE(app.click(tr("merge.add_opd")));
  app.settle();
  REQUIRE(app.browser_open());
  REQUIRE(app.click_entry("opd-01.pokin"));
  REQUIRE(app.click_entry("opd-03.pokin", true));  // Ctrl: added to the choice
  REQUIRE(app.click_entry("opd-05.pokin", true));
  REQUIRE(app.click_entry("opd-01.pokin", true));  // Ctrl again: taken out
  REQUIRE(app.click_entry("###pick_dpmptsp.pokin"));  // the row's checkbox
  REQUIRE(app.click("###choose", "###file_browser"));
  app.settle();
  CHECK_FALSE(app.browser_open());
  const MergeDialogState& dialog = app.shell.merge_dialog();
  CHECK(app.listed_names() == std::vector<std::string>{"dpmptsp.pokin", "opd-03.pokin", "opd-05.pokin"});
  CHECK(dialog.added == std::optional<std::size_t>(3));
  CHECK(dialog.not_added.empty());

  // Shift: the files from the one clicked before to this one; the one already listed is said, not added twice.
  REQUIRE(app.click(tr("merge.add_opd")));
  app.settle();
  REQUIRE(app.click_entry("opd-02.pokin"));
  REQUIRE(app.click_entry("opd-04.pokin", false, true));
  REQUIRE(app.click("###choose", "###file_browser"));
  app.settle();
  CHECK(app.listed_names() ==
        std::vector<std::string>{"dpmptsp.pokin", "opd-03.pokin", "opd-05.pokin", "opd-02.pokin", "opd-04.pokin"});
  CHECK(dialog.added == std::optional<std::size_t>(2));
  REQUIRE(dialog.not_added.size() == 1);
  CHECK(dialog.not_added[0].en == "opd-03.pokin: already in the list.");
}

TEST_CASE("Tambah semua .pokin di folder ini adds the folder's OPD documents and lists the files it did not add") {
  MergeDialogApp app("pokin_merge_dialog_all");
  app.more_opd_files(3);
  std::ofstream(app.dir / "rusak.pokin", std::ios::binary) << "bukan berkas pokin\n";
  std::ofstream(app.dir / "catatan.csv") << "kode,pernyataan\n";  // offered to choose, but not a .pokin
  app.in_app_browser = true;
  app.shell.handle(RequestAction{AppAction::MergeOpd});
  app.settle();
  REQUIRE(app.click(tr("merge.add_opd")));
  app.settle();
  REQUIRE(app.click_entry("opd-02.pokin"));
  REQUIRE(app.click("###choose", "###file_browser"));
  app.settle();
  REQUIRE(app.listed_names() == std::vector<std::string>{"opd-02.pokin"});

  REQUIRE(app.click(tr("merge.add_opd")));
  app.settle();
  REQUIRE(app.click("###add_all", "###file_browser"));
  app.settle();
  const MergeDialogState& dialog = app.shell.merge_dialog();
  CHECK(app.listed_names() == std::vector<std::string>{"opd-02.pokin", "dpmptsp.pokin", "opd-01.pokin", "opd-03.pokin",
                                                       "pendidikan.pokin"});
  CHECK(dialog.added == std::optional<std::size_t>(4));
  REQUIRE(dialog.not_added.size() == 2);  // in the folder's order
  CHECK(dialog.not_added[0].id == "opd-02.pokin: sudah ada di daftar.");
  CHECK(dialog.not_added[0].en == "opd-02.pokin: already in the list.");
  CHECK(dialog.not_added[1].id.rfind("rusak.pokin: bukan dokumen Pokin", 0) == 0);
  CHECK(dialog.not_added[1].en.rfind("rusak.pokin: not a Pokin document", 0) == 0);

  // "Hapus semua" empties the list and what the last addition said.
  REQUIRE(app.click(std::string(tr("merge.remove_all")) + "###remove_all_opd"));
  CHECK(dialog.opd.empty());
  CHECK(dialog.not_added.empty());
}

TEST_CASE("OPD files added to the merge dialog: not the RPJMD, not the Pemda document being updated, not a missing file") {
  const std::filesystem::path dir = test::scratch_dir("pokin_merge_dialog_refused_files");
  for (const char* name : {"pemda.pokin", "rpjmd.pokin", "dinas.pokin"}) store::DocumentFile::create(dir / name, test::small_tree(1));
  MergeDialogState dialog;
  dialog.update = true;
  dialog.document_path = utf8_path(dir / "pemda.pokin");
  dialog.rpjmd = utf8_path(dir / "rpjmd.pokin");
  add_merge_opd(dialog, {utf8_path(dir / "pemda.pokin"), utf8_path(dir / "rpjmd.pokin"), utf8_path(dir / "hilang.pokin"),
                         utf8_path(dir / "dinas.pokin"), utf8_path(dir / "." / "dinas.pokin")});
  CHECK(dialog.opd == std::vector<std::string>{utf8_path(dir / "dinas.pokin")});
  REQUIRE(dialog.not_added.size() == 4);
  CHECK(dialog.not_added[0].en == "pemda.pokin: this is the Pemda document being updated.");
  CHECK(dialog.not_added[1].en == "rpjmd.pokin: already chosen as the RPJMD.");
  CHECK(dialog.not_added[2].en == "hilang.pokin: the file does not exist or cannot be read.");
  CHECK(dialog.not_added[3].en == "dinas.pokin: already in the list.");  // the same file by another path
}

TEST_CASE("Perbarui dari dokumen OPD that cannot write the file leaves it as it was, without a new version") {
  MergeDialogApp app("pokin_merge_dialog_unwritable");
  const Document before = app.merged_pemda();
  const std::filesystem::path revised = app.dir / "pendidikan-perubahan.pokin";
  store::DocumentFile::create(revised, pendidikan_opd("Meningkatnya kualitas pendidikan dasar dan menengah"));

  // SQLite writes its rollback journal beside the file: a link of that name to a path whose parent is a regular file
  // makes every write fail, even for root (whom a read-only folder does not stop), while reading still works.
  const std::filesystem::path journal = app.dir / "pemda.pokin-journal";
  std::ofstream(app.dir / "bukan-folder") << "x";
  std::filesystem::create_symlink(app.dir / "bukan-folder" / "jurnal", journal);
  app.update_from(revised);
  std::filesystem::remove(journal);
  REQUIRE(app.shell.shown_error().has_value());
  CHECK(app.shell.shown_error()->id.rfind("Pembaruan tidak ditulis: pemda.pokin tetap seperti sebelumnya, tanpa versi baru", 0) == 0);
  CHECK(app.shell.shown_error()->en.rfind("The update was not written: pemda.pokin is as it was, without a new version", 0) == 0);
  app.check_nothing_updated(before);
}
