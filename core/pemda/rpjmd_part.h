#pragma once
// The RPJMD's levels in the Pemda document: its tujuan (StatementKind::Tujuan) and its sasaran at level 0 with
// their indikator, owned by the Pemda unit. Deeper rows (program, kegiatan ...) are not Pemda levels: each is
// listed in the report as not taken. The visi and misi, when the source's top unit holds them (tugas = visi,
// fungsi = misi, as a Pemda document keeps them), become the Pemda unit's.
//
// Replacing the RPJMD: the old statements are matched to the new (node_matcher.h) and keep their ids, so every
// OPD statement's link to them stays; a link to a sasaran RPJMD that matches nothing is undone (and, when Bappeda
// set it, listed as lost), so that the suggestion can propose another.
#include "core/model/document.h"
#include "core/pemda/merge_report.h"
#include "core/pemda/merge_source.h"
#include "core/pemda/opd_part.h"

namespace pokin::pemda {

void place_rpjmd_part(Document& pemda, Id pemda_unit, const MergeSource& source, const PartStamp& stamp, MergeReport& report);

}  // namespace pokin::pemda
