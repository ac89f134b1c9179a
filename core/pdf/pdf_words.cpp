#include "core/pdf/pdf_words.h"

#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace pokin::pdf {
namespace {

// poppler prints its complaints about a damaged file to stderr; the planner reads our UserError instead.
void ignore_poppler_message(const std::string&, void*) {}

void silence_poppler() {
  static const bool silenced = [] {
    poppler::set_debug_error_function(ignore_poppler_message, nullptr);
    return true;
  }();
  (void)silenced;
}

std::string utf8_of(const poppler::ustring& text) {
  poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string quoted_sample(const std::string& text) {
  return "\"" + (text.size() > 60 ? text.substr(0, 60) + "..." : text) + "\"";
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) { return bytes.substr(0, 5) == "%PDF-"; }

PdfWords read_pdf_words(std::string_view bytes, const PdfLimits& limits) {
  silence_poppler();
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
    throw UserError("berkas PDF terlalu besar.", "the PDF file is too large.");
  // poppler reads from the caller's buffer without copying it: `bytes` outlives `document`.
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document)
    throw UserError("berkas PDF rusak atau tidak dapat dibaca; tidak ada yang diimpor.",
                    "the PDF file is damaged or cannot be read; nothing was imported.");
  // Many official PDFs are encrypted with an empty user password (only printing or copying restricted): those open
  // and are read. A file that needs a password to open is refused.
  if (document->is_locked())
    throw UserError("berkas PDF terkunci dengan kata sandi; buka kuncinya (simpan tanpa kata sandi) lalu impor lagi.",
                    "the PDF file is locked with a password; remove the protection (save it without a password) and import again.");
  PdfWords result;
  result.pages_in_file = document->pages();
  if (result.pages_in_file <= 0)
    throw UserError("berkas PDF tidak berisi halaman; tidak ada yang diimpor.",
                    "the PDF file has no pages; nothing was imported.");
  const int pages = std::min(result.pages_in_file, limits.max_pages);
  std::size_t text_bytes = 0, words_total = 0, turned = 0, crowded = 0;
  std::string turned_sample;
  int turned_page = 0;
  for (int index = 0; index < pages; ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) continue;
    PdfPage out;
    out.number = index + 1;
    poppler::rectf box = page->page_rect(poppler::media_box);
    out.width = box.width();
    out.height = box.height();
    for (const poppler::text_box& word : page->text_list()) {
      std::string text = utf8_of(word.text());
      if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      ++words_total;
      if (word.rotation() != 0 || word.get_wmode() == poppler::text_box::vertical_wmode) {
        if (turned++ == 0) turned_sample = text, turned_page = out.number;
        continue;
      }
      if (out.words.size() >= limits.max_words_per_page) {
        ++crowded;
        continue;
      }
      text_bytes += text.size();
      if (text_bytes > limits.max_text_bytes) break;
      poppler::rectf r = word.bbox();
      out.words.push_back({std::move(text), r.left(), r.top(), r.right(), r.bottom()});
    }
    result.pages.push_back(std::move(out));
    if (text_bytes > limits.max_text_bytes) {
      result.notes.push_back(
          {"Teks PDF melebihi " + std::to_string(limits.max_text_bytes / (1024 * 1024)) + " MB; dibaca sampai halaman " +
               std::to_string(index + 1) + ", sisanya tidak diimpor.",
           "The PDF's text exceeds " + std::to_string(limits.max_text_bytes / (1024 * 1024)) + " MB; read up to page " +
               std::to_string(index + 1) + ", the rest was not imported."});
      break;
    }
  }
  if (result.pages_in_file > pages)
    result.notes.push_back({"PDF berisi " + std::to_string(result.pages_in_file) + " halaman; hanya " + std::to_string(pages) +
                                " halaman pertama yang dibaca.",
                            "The PDF has " + std::to_string(result.pages_in_file) + " pages; only the first " +
                                std::to_string(pages) + " were read."});
  if (crowded > 0)
    result.notes.push_back({std::to_string(crowded) + " kata tidak dibaca: halaman dengan lebih dari " +
                                std::to_string(limits.max_words_per_page) + " kata hanya dibaca sampai batas itu.",
                            std::to_string(crowded) + " words were not read: pages with more than " +
                                std::to_string(limits.max_words_per_page) + " words are read up to that limit."});
  if (turned > 0)
    result.notes.push_back({std::to_string(turned) + " kata dengan teks diputar/vertikal tidak dapat ditempatkan dalam tabel "
                                "(mis. " + quoted_sample(turned_sample) + " di halaman " + std::to_string(turned_page) + ").",
                            std::to_string(turned) + " words of rotated/vertical text could not be placed in the table "
                                "(e.g. " + quoted_sample(turned_sample) + " on page " + std::to_string(turned_page) + ")."});
  if (words_total == 0)
    throw UserError("berkas PDF tidak berisi teks yang dapat diambil (hasil pindaian/gambar); Pokin tidak melakukan OCR. "
                    "Gunakan PDF asli dari Word/Excel, atau ketik tabelnya.",
                    "the PDF has no extractable text (a scan or images); Pokin does not do OCR. Use the original PDF "
                    "from Word/Excel, or type the table.");
  return result;
}

}  // namespace pokin::pdf
