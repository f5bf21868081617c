#include "runtime/sheets/zip_parts.h"

#include <zip.h>

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/sheets/xlsx_messages.h"

namespace rw {
namespace {

bool same_ignoring_case(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

std::string zip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

}  // namespace

void ZipParts::Close::operator()(zip_t* archive) const { zip_discard(archive); }

Checked<ZipParts> ZipParts::open(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Checked<ZipParts>::fail(text);
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Checked<ZipParts>::fail(text);
  }
  zip_error_fini(&error);
  ZipParts parts;
  parts.archive_.reset(archive);
  zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    parts.names_.emplace_back(name ? name : "");
  }
  return Checked<ZipParts>::ok(std::move(parts));
}

std::optional<std::size_t> ZipParts::index_of(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == name) return i;
  }
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (same_ignoring_case(names_[i], name)) return i;
  }
  return std::nullopt;
}

std::optional<std::string> ZipParts::stream(std::string_view name, std::size_t limit,
                                            const std::function<bool(std::string_view)>& consume) const {
  std::optional<std::size_t> index = index_of(name);
  if (!index) return say("the part {} is missing: {}", name, tr(damaged_workbook_advice));
  zip_file_t* file = zip_fopen_index(archive_.get(), *index, 0);
  if (!file) {
    int code = zip_error_code_zip(zip_get_error(archive_.get()));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP) {
      return say("the part {} is encrypted: save the workbook as .xlsx (Excel Workbook) without a password", name);
    }
    return say("the part {} cannot be unpacked ({}): {}", name, zip_message(code), tr(damaged_workbook_advice));
  }
  std::array<char, 64 * 1024> buffer;
  std::size_t total = 0;
  std::optional<std::string> failure;
  while (!failure) {
    zip_int64_t got = zip_fread(file, buffer.data(), buffer.size());
    if (got < 0) {
      failure = say("the part {} cannot be unpacked ({}): {}", name, zip_file_strerror(file), tr(damaged_workbook_advice));
    } else if (got == 0) {
      break;
    } else if ((total += static_cast<std::size_t>(got)) > limit) {
      failure = say("the part {} unpacks to more than {} bytes, more than regelwerk reads: split the workbook into smaller ones", name,
                    limit);
    } else if (!consume(std::string_view(buffer.data(), static_cast<std::size_t>(got)))) {
      break;
    }
  }
  zip_fclose(file);
  return failure;
}

}  // namespace rw
