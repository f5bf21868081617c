#pragma once
// One data document: a JSON object whose keys are input names (see load_json_text in loader.h).
#include <string>
#include <vector>

#include "lang/model.h"
#include "runtime/data/loader.h"

namespace rw {

// Does what load_json_text does; returns false when the text is not a JSON object at all (so which
// inputs it meant to give is unknown), true otherwise, even if some values had errors.
bool load_document(const ModelTables& model, const std::string& file, const std::string& text, Dataset& out,
                   std::vector<bool>& seen, std::vector<DataError>& errors);

}  // namespace rw
