#pragma once
// The RPJMD's levels in the Pemda document: its tujuan (StatementKind::Tujuan) and its sasaran at level 0 with
// their indikator, owned by the Pemda unit. Deeper rows (program, kegiatan ...) are not Pemda levels: each is
// listed in the report as not taken, and so is each line of a table the importer could not place. The visi and
// misi become the Pemda unit's (tugas = visi, fungsi = "Misi N: ..." each, as a Pemda document keeps them): those a
// table writes (import/pemda_context.h: "VISI : ..." and "Misi 2 : ..." rows, a Misi column), else those of the
// source's top unit (a .pokin RPJMD). A tujuan the table writes under a misi notes it ("Misi 2"), the model having
// no misi node.
//
// Replacing the RPJMD: the old statements are matched to the new (node_matcher.h) and keep their ids, so every
// OPD statement's link to them stays; a link to a sasaran RPJMD that matches nothing is undone (and, when Bappeda
// set it, listed as lost), so that the suggestion can propose another.
#include "core/model/document.h"
#include "core/pemda/merge_report.h"
#include "core/pemda/merge_source.h"
#include "core/pemda/opd_part.h"

namespace pokin::pemda {

// The RPJMD part is named after the Pemda, not after whatever instansi its table yields ("Kepala Dinas" from a
// Renstra page that quotes the RPJMD): "RPJMD Provinsi Sulawesi Tenggara 2018-2023", the period when the source
// gives one. Its file name stays the part's source file (MergedPart::source_file).
std::string rpjmd_part_name(const std::string& pemda, const DocumentInfo& rpjmd);

void place_rpjmd_part(Document& pemda, Id pemda_unit, const MergeSource& source, const std::string& part_name,
                      const PartStamp& stamp, MergeReport& report);

}  // namespace pokin::pemda
