#pragma once
// Values as text for people, in explanations: amounts as €6,000.00, shares exactly where possible.
#include <string>

#include "lang/model.h"
#include "values/value.h"

namespace rw {

// "€6,000.00" (or "€1,491.803278688..." when not whole cents), "0.25", "2025-01-01", "Noordstad", "BW".
std::string describe_value(const Value& value, const Type& type, const ModelTables& model);
// An exact amount of money: "€648,000.00", or with more decimals when it is not whole cents.
std::string describe_money(const Rational& amount);

}  // namespace rw
