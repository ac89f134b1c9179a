#pragma once
// The papers Indonesian offices print on, and which way round. F4 (215 x 330 mm, "folio") is the paper of most
// government forms; A4 and A3 are the others. Sizes in points are in core/export/page_setup.h.

namespace pokin {

enum class Paper { A4, A3, F4 };
enum class Orientation { Landscape, Portrait };

}  // namespace pokin
