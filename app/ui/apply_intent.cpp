#include "app/ui/apply_intent.h"

#include <imgui.h>

#include "app/ui/strings.h"
#include "core/commands/planning_commands.h"
#include "core/commands/review_unit_suggestions.h"

namespace pokin::ui {
namespace {

void select_created(Session& session, const Step& step) {
  if (step.created == kNoId) return;
  session.view.selected = step.created;
  session.view.canvas.center_pending = step.created;
  session.view.focus_inspector = true;
}

Sasaran new_child_of(const Document& document, const TreeIndex& index, const Sasaran& parent) {
  Sasaran child;
  child.parent = parent.id;
  if (parent.kind == StatementKind::Tujuan) {
    // Under a Tujuan: a Sasaran Strategis of the same unit (the head of agency holds both).
    child.level = 0;
    child.unit = parent.unit;
  } else {
    child.level = parent.level + 1;
    // The new sasaran belongs one unit level down when the parent's unit has sub-units; the planner reassigns it.
    const auto& sub_units = index.child_units(parent.unit);
    child.unit = sub_units.empty() ? parent.unit : sub_units.front();
  }
  child.statement = tr("new.sasaran_statement");
  child.order = static_cast<int>(index.child_sasaran(parent.id).size());
  return child;
}

void run(Session& session, Step step, const std::string& typing_key = {}) {
  Step copy = step;
  session.editor.run(std::move(step), typing_key);
  select_created(session, copy);
}

struct Applier {
  Session& session;
  const Document& document() { return session.document(); }

  bool operator()(const SelectNode& intent) {
    session.view.selected = intent.id;
    session.view.outline_reveal = true;
    if (intent.center) {
      // An indicator has no box of its own: centre its sasaran.
      const Indikator* indikator = document().find_indikator(intent.id);
      session.view.canvas.center_pending = indikator ? indikator->sasaran : intent.id;
    }
    session.editor.seal_typing();
    return true;
  }
  bool operator()(const ToggleCollapse& intent) {
    auto& collapsed = session.view.layout.collapsed;
    if (!collapsed.erase(intent.id)) collapsed.insert(intent.id);
    return true;
  }
  bool operator()(const EditInfo& intent) {
    run(session, commands::set_info(document(), intent.info), intent.typing_key);
    return true;
  }
  bool operator()(const EditUnit& intent) {
    run(session, commands::edit_unit(document(), intent.unit), intent.typing_key);
    return true;
  }
  bool operator()(const EditSasaran& intent) {
    run(session, commands::edit_sasaran(document(), intent.sasaran), intent.typing_key);
    return true;
  }
  bool operator()(const EditIndikator& intent) {
    run(session, commands::edit_indikator(document(), intent.indikator), intent.typing_key);
    return true;
  }
  bool operator()(const SetYearValue& intent) {
    std::string key = "year:" + std::to_string(intent.indikator) + ":" + std::to_string(intent.year) +
                      (intent.realisasi ? ":r" : ":t");
    Step step = intent.realisasi ? commands::set_realisasi(document(), intent.indikator, intent.year, intent.text)
                                 : commands::set_target(document(), intent.indikator, intent.year, intent.text);
    session.editor.run(std::move(step), key);
    return true;
  }
  bool operator()(const SetPaguValue& intent) {
    std::string key = "pagu:" + std::to_string(intent.sasaran) + ":" + std::to_string(intent.year) +
                      (intent.realisasi ? ":r" : ":p");
    Step step = intent.realisasi ? commands::set_realisasi_pagu(document(), intent.sasaran, intent.year, intent.text)
                                 : commands::set_pagu(document(), intent.sasaran, intent.year, intent.text);
    session.editor.run(std::move(step), key);
    return true;
  }
  bool operator()(const AssignSasaranToUnit& intent) {
    run(session, commands::assign_sasaran_to_unit(document(), intent.sasaran, intent.unit));
    session.view.multi_selected.clear();
    return true;
  }
  bool operator()(const AddChildSasaran& intent) {
    const Sasaran* parent = document().find_sasaran(intent.parent);
    if (!parent) return true;
    run(session, commands::add_sasaran(document(), new_child_of(document(), session.index(), *parent)));
    return true;
  }
  bool operator()(const AddUnitSasaran& intent) {
    if (!document().find_unit(intent.unit)) return true;
    Sasaran sasaran;
    sasaran.unit = intent.unit;
    sasaran.level = session.index().unit_depth(intent.unit);
    sasaran.statement = tr("new.sasaran_statement");
    sasaran.order = static_cast<int>(session.index().unit_sasaran(intent.unit).size());
    run(session, commands::add_sasaran(document(), sasaran));
    return true;
  }
  bool operator()(const AddIndikator& intent) {
    if (!document().find_sasaran(intent.sasaran)) return true;
    Indikator indikator;
    indikator.sasaran = intent.sasaran;
    indikator.name = tr("new.indikator_name");
    indikator.order = static_cast<int>(session.index().sasaran_indikator(intent.sasaran).size());
    run(session, commands::add_indikator(document(), indikator));
    return true;
  }
  bool operator()(const DeleteNode& intent) {
    Id next = kNoId;
    if (const Sasaran* sasaran = document().find_sasaran(intent.id)) {
      next = sasaran->parent;
      run(session, commands::delete_sasaran(document(), intent.id, intent.children));
    } else if (const Indikator* indikator = document().find_indikator(intent.id)) {
      next = indikator->sasaran;
      run(session, commands::delete_indikator(document(), intent.id));
    } else if (const Unit* unit = document().find_unit(intent.id)) {
      next = unit->parent;
      commands::UnitDeletion policy{intent.children, intent.owned, intent.move_to};
      run(session, commands::delete_unit(document(), intent.id, policy));
    } else if (document().find_link(intent.id)) {
      run(session, commands::delete_link(document(), intent.id));
    }
    if (session.view.selected == intent.id) session.view.selected = next;
    return true;
  }
  bool operator()(const MoveAmongSiblings& intent) {
    run(session, commands::move_among_siblings(document(), intent.id, intent.delta));
    return true;
  }
  bool operator()(const Reparent& intent) {
    run(session, commands::reparent_sasaran(document(), intent.sasaran, intent.new_parent));
    session.view.selected = intent.sasaran;
    return true;
  }
  bool operator()(const AcceptSuggestion& intent) {
    run(session, commands::accept_suggested_link(document(), intent.sasaran));
    return true;
  }
  bool operator()(const ReviewUnitSuggestions& intent) {
    run(session, commands::review_unit_suggestions(document(), intent.unit,
                                                   intent.accept ? commands::SuggestionVerdict::Accept
                                                                 : commands::SuggestionVerdict::Reject));
    return true;
  }
  bool operator()(const SetLinkStatus& intent) {
    const CrosscuttingLink* link = document().find_link(intent.link);
    if (!link) return true;
    CrosscuttingLink changed = *link;
    changed.status = intent.status;
    run(session, commands::edit_link(document(), changed));
    return true;
  }
  bool operator()(const AddLink& intent) {
    CrosscuttingLink link;
    link.from = intent.from;
    link.to = intent.to;
    link.partner_name = intent.partner_name;
    link.status = LinkStatus::Usulan;
    run(session, commands::add_link(document(), link));
    return true;
  }
  bool operator()(const DeleteLink& intent) {
    run(session, commands::delete_link(document(), intent.link));
    return true;
  }
  bool operator()(const Undo&) {
    if (session.editor.can_undo()) session.editor.undo();
    return true;
  }
  bool operator()(const Redo&) {
    if (session.editor.can_redo()) session.editor.redo();
    return true;
  }
  bool operator()(const HistoryJump& intent) {
    for (int i = 0; i < -intent.steps && session.editor.can_undo(); ++i) session.editor.undo();
    for (int i = 0; i < intent.steps && session.editor.can_redo(); ++i) session.editor.redo();
    return true;
  }
  bool operator()(const RequestAction&) { return false; }
  bool operator()(const OpenFile&) { return false; }
};

}  // namespace

void show_message(ViewState& view, Bilingual message, bool error) {
  view.message = std::move(message);
  view.message_is_error = error;
  view.message_time = ImGui::GetCurrentContext() ? ImGui::GetTime() : 0;
}

bool apply_intent(Session& session, const Intent& intent) {
  try {
    return std::visit(Applier{session}, intent);
  } catch (const UserError& error) {
    show_message(session.view, error.message(), true);
    return true;
  }
}

}  // namespace pokin::ui
