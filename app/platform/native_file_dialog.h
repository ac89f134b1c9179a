#pragma once
// The desktop's own file dialog through zenity or kdialog when one is installed (as tinyfiledialogs does);
// otherwise `available` is false and the app shows its in-app browser.
#include "app/ui/app_shell.h"

namespace pokin::platform {

ui::NativeDialogResult native_file_dialog(bool saving, const std::string& title, const std::string& extension);

}  // namespace pokin::platform
