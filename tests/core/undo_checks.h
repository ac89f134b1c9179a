#pragma once
// Checks shared by the command tests: a step that undoes and redoes exactly, an edit that is refused in both
// languages and leaves the document untouched.
#include <doctest/doctest.h>

#include <string>

#include "core/commands/editor.h"

namespace pokin::test {

// Runs `step` and checks that undo gives back the exact previous document and redo the exact changed one.
inline void run_and_check_undo(Editor& editor, Step step) {
  Document before = editor.document();
  editor.run(std::move(step));
  Document after = editor.document();
  CHECK_FALSE(after.same_content(before));
  editor.undo();
  CHECK(editor.document().same_content(before));
  editor.redo();
  CHECK(editor.document().same_content(after));
}

// Checks that the edit `build` returns is refused with a UserError in both languages and leaves the document
// untouched; returns the Indonesian message.
template <class Build>
std::string refusal(Editor& editor, Build build) {
  Document before = editor.document();
  std::string message;
  try {
    editor.run(build());
    FAIL("the edit should have been refused");
  } catch (const UserError& error) {
    CHECK_FALSE(error.message().id.empty());
    CHECK_FALSE(error.message().en.empty());
    message = error.message().id;
  }
  CHECK(editor.document().same_content(before));
  return message;
}

template <class Build>
void check_refused(Editor& editor, Build build) {
  refusal(editor, build);
}

}  // namespace pokin::test
