#pragma once
// What a merge of OPD documents (and the RPJMD) into a Pemda document did, for the Bappeda planner to read: each
// part added, replaced or left unchanged; each decision of Bappeda kept; each decision whose node could no longer
// be matched (named by its old code and statement, never dropped without a word); the RPJMD rows not taken into
// the Pemda levels and the lines of an RPJMD table the importer could not place; the links to sasaran RPJMD the merge suggested.
#include <string>
#include <vector>

#include "core/model/ids.h"
#include "core/model/sasaran.h"
#include "core/text/bilingual.h"

namespace pokin::pemda {

enum class PartOutcome { Added, Replaced, Unchanged };

struct MergedPartLine {
  std::string instansi;
  std::string source_file;
  PartOutcome outcome = PartOutcome::Added;
  bool rpjmd = false;
  int units = 0, sasaran = 0, indikator = 0;  // as merged (unchanged: as they were)
  int matched = 0;                            // replaced: nodes matched to the old part (they keep their ids)
};

// A decision of Bappeda about a node of the old part that matches no node of the new file.
struct LostDecision {
  std::string opd;        // the part the node was in
  std::string code;       // the node's old code
  std::string statement;  // its old statement
  Bilingual what;         // what was decided and what became of it
};

// A row of the RPJMD source below the sasaran RPJMD (program, kegiatan ...): not a Pemda level.
struct NotTakenRow {
  int level = 0;  // its level in the RPJMD source
  std::string code;
  std::string statement;
  int indikator = 0;
};

// A line of the RPJMD table the importer could not place (a row it did not understand): not taken, listed.
struct UnreadRpjmdLine {
  int line = 0;  // 1-based, in the RPJMD source
  std::string text;
  Bilingual reason;
};

// A link from an OPD's top statement to a sasaran RPJMD proposed by text similarity (LinkOrigin::Suggested).
struct SuggestedRpjmdLink {
  Id sasaran = kNoId;  // ids in the merged document
  Id rpjmd = kNoId;
  double score = 0;
  std::string opd, code, statement, rpjmd_code, rpjmd_statement;
};

struct MergeReport {
  std::vector<MergedPartLine> parts;
  std::vector<Bilingual> kept;  // decisions kept, one line each
  std::vector<LostDecision> lost;
  std::vector<NotTakenRow> rpjmd_not_taken;
  std::vector<UnreadRpjmdLine> rpjmd_unread;
  std::vector<SuggestedRpjmdLink> suggested;
  std::vector<Bilingual> crosscutting;  // partner links between merged OPDs resolved (or not), one line each
  std::vector<Bilingual> notes;  // level names chosen, periods joined, visi/misi, what reading a source said
};

// How the report names a statement: its code and its text in quotes ("SS1 \"Meningkatnya ...\"").
std::string quoted_statement(const std::string& code, const std::string& statement);
std::string quoted_statement(const Sasaran& sasaran);

// The report as plain text in `language`, one line per entry, sections in the order of the struct.
std::string render_merge_report(const MergeReport& report, Language language);

// How a part is named in the report: its instansi (else its file), an RPJMD's with "RPJMD" in front unless its
// name already starts with it ("RPJMD Kabupaten Contoh 2021-2026", rpjmd_part.h).
std::string part_display_name(const MergedPartLine& part);

}  // namespace pokin::pemda
