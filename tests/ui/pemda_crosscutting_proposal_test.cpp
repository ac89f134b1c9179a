// Bappeda proposes crosscutting between two OPD in the Pemda document with the inspector's link picker (AddLink,
// status Usulan), then records the decision (SetLinkStatus); `pokin split` carries it back to both OPD.
#include <doctest/doctest.h>

#include "app/ui/apply_intent.h"
#include "core/model/pemda_structure.h"
#include "core/pemda/split_document.h"
#include "tests/core/pemda_split_test_documents.h"

using namespace pokin;
using namespace pokin::ui;

TEST_CASE("Pemda document: a crosscutting link between sasaran of two OPD is proposed, accepted, and split back") {
  // Pemda unit 1; the Dinas Kesehatan's head 2 and its SS1 3; the Dinas Sosial's head 4 and its SS1 5.
  Session session(pemda_split_test::pemda_from_opds(
      {pemda_split_test::one_sasaran_opd("Dinas Kesehatan Kabupaten Balangan", "Dinas Kesehatan",
                                         "Meningkatnya derajat kesehatan masyarakat"),
       pemda_split_test::one_sasaran_opd("Dinas Sosial Kabupaten Balangan", "Dinas Sosial",
                                         "Meningkatnya perlindungan sosial bagi masyarakat")},
      {}));
  REQUIRE(opd_of_sasaran(session.document(), 3) == 2);
  REQUIRE(opd_of_sasaran(session.document(), 5) == 4);

  apply_intent(session, AddLink{3, 5, {}});
  REQUIRE(session.document().links.size() == 1);
  const CrosscuttingLink proposed = session.document().links.begin()->second;
  CHECK(proposed.from == 3);
  CHECK(proposed.to == 5);
  CHECK(proposed.status == LinkStatus::Usulan);
  apply_intent(session, SetLinkStatus{proposed.id, LinkStatus::Diterima});
  CHECK(session.document().links.at(proposed.id).status == LinkStatus::Diterima);

  Document sosial = pemda::split_opd(session.document(), 4).document;
  REQUIRE(sosial.links.size() == 1);
  CHECK(sosial.links.begin()->second.partner_name == "Dinas Kesehatan Kabupaten Balangan");
  CHECK(sosial.links.begin()->second.status == LinkStatus::Diterima);
  CHECK(sosial.links.begin()->second.note == "Membantu sasaran mitra: SS1 Meningkatnya derajat kesehatan masyarakat");

  session.editor.undo();
  CHECK(session.document().links.at(proposed.id).status == LinkStatus::Usulan);
}
