#pragma once
// A sentence a planner reads, in Bahasa Indonesia (the default) and English. Core builds these; the app and
// the command line pick the language. Deep code never prints: it returns or throws a Bilingual.
#include <stdexcept>
#include <string>

namespace pokin {

enum class Language { Indonesian, English };

struct Bilingual {
  std::string id;  // Bahasa Indonesia
  std::string en;  // English

  const std::string& in(Language language) const { return language == Language::English ? en : id; }
  bool empty() const { return id.empty() && en.empty(); }
};

// The one exception type for errors a user can cause (bad file, impossible edit, bad input). When it is thrown
// the document is exactly as it was before the call. what() is the Indonesian text.
class UserError : public std::runtime_error {
 public:
  explicit UserError(Bilingual message) : std::runtime_error(message.id), message_(std::move(message)) {}
  UserError(std::string id, std::string en) : UserError(Bilingual{std::move(id), std::move(en)}) {}
  const Bilingual& message() const { return message_; }

 private:
  Bilingual message_;
};

}  // namespace pokin
