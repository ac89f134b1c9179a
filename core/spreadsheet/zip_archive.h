#pragma once
// Reading the members of a ZIP archive held in memory (the container of .xlsx files). Stored and deflated
// members; no ZIP64, no encryption. Damaged archives and members that would inflate beyond `max_member_size`
// (a "zip bomb") throw UserError.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pokin::spreadsheet {

class ZipArchive {
 public:
  // `bytes` must outlive the archive.
  explicit ZipArchive(std::string_view bytes, std::size_t max_member_size = 256u << 20);

  std::vector<std::string> names() const;
  bool contains(std::string_view name) const;
  // The uncompressed content of member `name`, or nullopt when there is no such member.
  std::optional<std::string> read(std::string_view name) const;

 private:
  struct Member {
    std::string name;
    int method = 0;
    std::size_t compressed_size = 0;
    std::size_t size = 0;
    std::size_t local_header = 0;
  };
  std::string_view bytes_;
  std::size_t max_member_size_;
  std::vector<Member> members_;
};

}  // namespace pokin::spreadsheet
