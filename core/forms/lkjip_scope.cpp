#include "core/forms/lkjip_scope.h"

#include "core/forms/unit_selection.h"
#include "core/layout/view_tree.h"
#include "core/model/tree_index.h"
#include "core/text/bilingual.h"

namespace pokin {

LkjipScope lkjip_scope(const Document& document, const FormRequest& request) {
  LkjipScope scope;
  if (!request.unit.empty()) scope.unit = resolve_unit(document, request.unit);
  TreeIndex index(document);
  LayoutView view;
  view.granularity = Granularity::Sasaran;
  view.branch = request.branch;
  ViewTree tree = select_view(document, index, view);  // throws for a branch that names nothing
  for (const ViewNode& node : tree.nodes) {
    if (node.kind != BoxKind::Sasaran) continue;
    const Sasaran& sasaran = document.sasaran.at(node.id);
    if (sasaran.kind == StatementKind::Tujuan) continue;
    if (scope.unit != kNoId && sasaran.unit != scope.unit) continue;
    if (request.levels > 0 && sasaran.level >= request.levels) continue;
    scope.sasaran.push_back(node.id);
  }
  if (!scope.sasaran.empty()) return scope;

  if (scope.unit != kNoId) {
    const std::string& name = document.units.at(scope.unit).name;
    throw UserError("Unit " + name + " tidak memiliki sasaran" +
                        (request.levels > 0 ? " sampai level " + std::to_string(request.levels) : std::string()) +
                        (request.branch != kNoId ? " di cabang yang dipilih" : std::string()) +
                        ", jadi tidak ada yang diukur dalam tabel pengukuran kinerja.",
                    "Unit " + name + " owns no sasaran" +
                        (request.levels > 0 ? " down to level " + std::to_string(request.levels) : std::string()) +
                        (request.branch != kNoId ? " in the chosen branch" : std::string()) +
                        ", so the pengukuran kinerja table would measure nothing.");
  }
  throw UserError("Tidak ada sasaran untuk diukur" +
                      (request.levels > 0 ? " sampai level " + std::to_string(request.levels) : std::string()) +
                      (request.branch != kNoId ? " di cabang yang dipilih" : std::string()) +
                      ": tabel pengukuran kinerja akan kosong.",
                  "There is no sasaran to measure" +
                      (request.levels > 0 ? " down to level " + std::to_string(request.levels) : std::string()) +
                      (request.branch != kNoId ? " in the chosen branch" : std::string()) +
                      ": the pengukuran kinerja table would be empty.");
}

}  // namespace pokin
