// The XLSX reader on bytes that are not a workbook, or a damaged one: a message, never a crash.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "runtime/sheets/xlsx_reader.h"

namespace rw {
namespace {

std::string committed(const std::string& name) {
  std::ifstream in(std::string(REGELWERK_SOURCE_DIR) + "/tests/unit/sheets/workbooks/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string refusal(std::string_view bytes) {
  Checked<Workbook> workbook = read_xlsx(bytes);
  EXPECT_FALSE(workbook.value);
  return workbook.error;
}

TEST(XlsxRefusals, EncryptedWorkbookIsAnOleFile) {
  // Excel saves a workbook with a password as an OLE compound file: its 8-byte signature, then sectors.
  std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  std::string message = refusal(ole);
  EXPECT_NE(message.find("password-protected"), std::string::npos) << message;
  EXPECT_NE(message.find("save it as .xlsx (Excel Workbook) without a password"), std::string::npos) << message;
}

TEST(XlsxRefusals, GarbageAndEmpty) {
  for (std::string_view bytes : {std::string_view(""), std::string_view("id;naam\r\nc1;Jan\r\n"), std::string_view("PK")}) {
    std::string message = refusal(bytes);
    EXPECT_NE(message.find("save it as .xlsx (Excel Workbook)"), std::string::npos) << message;
  }
}

TEST(XlsxRefusals, TruncatedZip) {
  std::string whole = committed("openpyxl.xlsx");
  ASSERT_GT(whole.size(), 1000u);
  for (std::size_t keep : {whole.size() / 2, whole.size() - 10, std::size_t{100}}) {
    SCOPED_TRACE(keep);
    std::string message = refusal(std::string_view(whole).substr(0, keep));
    EXPECT_NE(message.find("damaged or incomplete zip"), std::string::npos) << message;
  }
}

TEST(XlsxRefusals, DamagedPartContent) {
  // A byte flipped in the middle of every stored part: libzip's CRC check or the XML reader must notice,
  // or the workbook still reads; either way no crash (run under the sanitizers).
  std::string whole = committed("libreoffice.xlsx");
  for (std::size_t at = 40; at < whole.size(); at += 97) {
    std::string damaged = whole;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    Checked<Workbook> workbook = read_xlsx(damaged);
    EXPECT_TRUE(workbook.value || !workbook.error.empty());
  }
}

}  // namespace
}  // namespace rw
