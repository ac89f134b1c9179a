// Berkas > Simpan versi… and Berkas > Versi…, driven as a planner does: type a name, press "Simpan versi"; a used
// name is refused inside the dialog, which stays open; a version opens read-only (title and status bar say so, an
// edit is refused, Save asks for a new file) and the file keeps its current state.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "app/ui/app_shell.h"
#include "app/ui/comparison.h"
#include "app/ui/strings.h"
#include "core/store/document_versions.h"
#include "tests/core/layout_test_documents.h"
#include "tests/ui/ui_harness.h"

using namespace pokin;
using namespace pokin::ui;

namespace {

struct VersionsApp {
  explicit VersionsApp(const char* name) : dir(test::scratch_dir(name)), shell(ShellPaths{dir / "config", {}}, nullptr) {
    set_language(Language::Indonesian);
    file = dir / "renstra.pokin";
    store::DocumentFile::create(file, test::small_tree(2));
    shell.start(file);
  }
  std::vector<int> frame() {
    return ui.frame([&] {
      shell.frame();
      return std::vector<int>{};
    });
  }
  bool click(const char* window, const std::string& label) {
    std::vector<int> ignored;
    return ui.click(window, label.c_str(), [&] { return frame(); }, ignored);
  }
  void save_version(const std::string& name) {
    shell.handle(RequestAction{AppAction::SaveVersion});
    for (int settle = 0; settle < 3; ++settle) frame();
    REQUIRE(click("###save_version", tr("version.name")));
    ui.type(name);
    frame();
    REQUIRE(click("###save_version", tr("version.save")));
    frame();
  }
  // Records "Renstra awal", then the planner rewords the first sasaran and saves; Berkas > Versi… is then opened.
  // Returns the document as the version recorded it.
  Document record_version_edit_and_list() {
    const Document original = shell.session().document();
    save_version("Renstra awal");
    Sasaran root = shell.session().document().sasaran.begin()->second;
    root.statement = "Pernyataan yang diubah";
    shell.handle(EditSasaran{root, {}});
    shell.handle(RequestAction{AppAction::Save});
    REQUIRE_FALSE(shell.session().editor.modified());
    shell.handle(RequestAction{AppAction::Versions});
    for (int settle = 0; settle < 3; ++settle) frame();
    REQUIRE(shell.version_dialogs().versions.size() == 1);
    return original;
  }
  std::vector<store::VersionInfo> versions_in_file() {
    Document ignored;
    auto opened = store::DocumentFile::open(file, ignored, store::OpenMode::ReadOnly);
    return store::list_versions(opened);
  }

  std::filesystem::path dir, file;
  test::UiHarness ui;
  AppShell shell;
};

}  // namespace

TEST_CASE("Simpan versi records the document in its file, and a used name is refused inside the dialog") {
  VersionsApp app("pokin_versions_dialog_save");
  app.save_version("Renstra awal");
  auto versions = app.versions_in_file();
  REQUIRE(versions.size() == 1);
  CHECK(versions[0].name == "Renstra awal");
  CHECK(versions[0].sasaran_count == 6);  // small_tree(2): SS1, SP1, SP2, SK1 and two staff sasaran
  CHECK_FALSE(app.shell.version_dialogs().save_open);
  CHECK(app.shell.session().view.message.id == "Versi \"Renstra awal\" disimpan di berkas.");

  app.save_version("Renstra awal");
  CHECK(app.shell.version_dialogs().save_open);  // stays open with the reason
  REQUIRE(app.shell.version_dialogs().save_error.has_value());
  CHECK(app.shell.version_dialogs().save_error->id ==
        "Versi bernama \"Renstra awal\" sudah ada di berkas ini; pilih nama lain.");
  CHECK(app.versions_in_file().size() == 1);
}

TEST_CASE("Versi… opens a saved version read-only while the file keeps its current state") {
  VersionsApp app("pokin_versions_dialog_open");
  const Document original = app.record_version_edit_and_list();
  const std::string open = std::string(tr("version.open")) + "###open" +
                           std::to_string(app.shell.version_dialogs().versions[0].id);
  REQUIRE(app.click("###versions", open));
  app.frame();

  Session& shown = app.shell.session();
  REQUIRE(shown.version_name() == std::optional<std::string>("Renstra awal"));
  CHECK(shown.document().same_content(original));
  CHECK(shown.read_only());
  CHECK(shown.title() == "renstra.pokin \xE2\x80\x94 Versi Renstra awal (hanya baca)");
  CHECK(app.shell.window_title().find("Versi Renstra awal (hanya baca)") != std::string::npos);

  // An edit is refused with a message; the version stays as recorded.
  Sasaran again = shown.document().sasaran.begin()->second;
  again.statement = "Tidak boleh";
  app.shell.handle(EditSasaran{again, {}});
  CHECK(shown.document().same_content(original));
  CHECK(shown.view.message_is_error);
  CHECK(shown.view.message.id.find("hanya baca") != std::string::npos);
  CHECK_THROWS_AS(shown.save(), UserError);  // never written back

  Document current;
  store::DocumentFile::open(app.file, current);
  CHECK(current.sasaran.begin()->second.statement == "Pernyataan yang diubah");
}

TEST_CASE("Versi… > Bandingkan opens the Compare view with the saved version as the old side") {
  VersionsApp app("pokin_versions_dialog_compare");
  const Document original = app.record_version_edit_and_list();
  const std::string compare = std::string(tr("version.compare")) + "###compare" +
                              std::to_string(app.shell.version_dialogs().versions[0].id);
  REQUIRE(app.click("###versions", compare));
  for (int i = 0; i < 600 && !app.shell.compare(); ++i) {
    app.frame();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(app.shell.compare() != nullptr);
  const auto& comparison = *app.shell.compare()->comparison;
  CHECK(comparison.old_name == "versi Renstra awal");
  CHECK(comparison.old_document->same_content(original));
  // The one change: the statement reworded, old and new text named.
  REQUIRE(comparison.diff.changes.size() == 1);
  CHECK(comparison.diff.changes[0].kind == ChangeKind::Reworded);
  CHECK(comparison.diff.changes[0].old_text == original.sasaran.begin()->second.statement);
  CHECK(comparison.diff.changes[0].new_text == "Pernyataan yang diubah");
  CHECK_FALSE(app.shell.session().read_only());  // the document itself stays editable
}
