#pragma once
// Test utility: a .docx opened with the readers of core/spreadsheet (libzip and expat), never with the writer's
// own code, and each XML part turned into a small element tree to look things up in.
#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/spreadsheet/xml_parser.h"
#include "core/spreadsheet/zip_reader.h"

namespace pokin::test {

struct XmlTreeElement {
  std::string name;                               // local name: "svgBlip" for asvg:svgBlip
  std::map<std::string, std::string> attributes;  // local names, only those in kInterestingAttributes
  std::vector<std::unique_ptr<XmlTreeElement>> children;
  std::string text;                               // the element's own character data
  XmlTreeElement* parent = nullptr;

  // Every descendant (not itself) called `wanted`, in document order.
  std::vector<const XmlTreeElement*> all(std::string_view wanted) const {
    std::vector<const XmlTreeElement*> found;
    for (const auto& child : children) {
      if (child->name == wanted) found.push_back(child.get());
      for (const XmlTreeElement* below : child->all(wanted)) found.push_back(below);
    }
    return found;
  }
  const XmlTreeElement* first(std::string_view wanted) const {
    auto found = all(wanted);
    return found.empty() ? nullptr : found.front();
  }
  std::string operator[](const std::string& attribute) const {
    auto it = attributes.find(attribute);
    return it == attributes.end() ? std::string("(absent)") : it->second;
  }
  bool has_child(std::string_view wanted) const {
    for (const auto& child : children)
      if (child->name == wanted) return true;
    return false;
  }
};

class XmlTreeBuilder : public spreadsheet::XmlHandler {
 public:
  XmlTreeBuilder() : current_(&root) {}
  void open(std::string_view name, const spreadsheet::XmlAttributes& attributes) override {
    auto element = std::make_unique<XmlTreeElement>();
    element->name = std::string(name);
    element->parent = current_;
    for (const char* attribute : {"embed", "cx", "cy", "w", "h", "orient", "uri", "Extension", "ContentType", "Id",
                                  "Target", "Type", "PartName", "val", "top", "bottom", "left", "right", "type",
                                  "instr", "space", "fill", "pos", "hanging", "after", "hRule"}) {
      std::string_view value = attributes[attribute];
      if (!value.empty()) element->attributes[attribute] = std::string(value);
    }
    XmlTreeElement* raw = element.get();
    current_->children.push_back(std::move(element));
    current_ = raw;
  }
  void close(std::string_view) override { current_ = current_->parent; }
  void text(std::string_view text) override { current_->text += text; }

  XmlTreeElement root;

 private:
  XmlTreeElement* current_;
};

struct DocxPackage {
  std::string bytes;
  std::map<std::string, std::string> parts;  // name -> content of the parts read so far

  explicit DocxPackage(std::string docx) : bytes(std::move(docx)) {}

  bool contains(const std::string& name) const {
    spreadsheet::ZipReader zip(bytes, 64u << 20, 256u << 20, spreadsheet::kWordFile);
    return zip.contains(name);
  }
  std::string part(const std::string& name) {
    spreadsheet::ZipReader zip(bytes, 64u << 20, 256u << 20, spreadsheet::kWordFile);
    auto content = zip.read(name);
    REQUIRE_MESSAGE(content.has_value(), "no part " << name);
    return *content;
  }
  // The part parsed; the tree's root is a synthetic element whose child is the part's root element.
  std::unique_ptr<XmlTreeBuilder> xml(const std::string& name) {
    auto builder = std::make_unique<XmlTreeBuilder>();
    spreadsheet::parse_xml(name, part(name), *builder, spreadsheet::kWordFile);
    return builder;
  }
  // Relationship id -> target in word/_rels/document.xml.rels.
  std::map<std::string, std::string> document_relationships() {
    std::map<std::string, std::string> targets;
    auto rels = xml("word/_rels/document.xml.rels");
    for (const XmlTreeElement* relationship : rels->root.all("Relationship"))
      targets[(*relationship)["Id"]] = (*relationship)["Target"];
    return targets;
  }
};

}  // namespace pokin::test
