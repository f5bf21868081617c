#pragma once
// Which number formats of a workbook show a date or a time: how a date cell is told from a number.
#include <string_view>

namespace rw {

// Whether Excel's built-in number format `id` (ids below 164 that the workbook does not define) is a
// date or time format: 14-22, 27-36, 45-47 and 50-58.
bool is_builtin_date_format(int id);

// Whether the custom number format code shows a date or a time: it has d, m, y, h or s (either case)
// outside "quoted text", [brackets] and escapes (\x, _x, *x). "[$-413]dd-mm-yyyy" is one; "0%" is not.
bool is_date_format_code(std::string_view code);

}  // namespace rw
